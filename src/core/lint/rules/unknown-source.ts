import { didYouMean } from '../../did-you-mean.js';
import { bankRule } from '../rule.js';
import { citations } from '../shared.js';

export const unknownSource = bankRule(
  { id: 'unknown-source', severity: 'error', description: 'every question, recommendation, flag and the plan cite a source the bank declares' },
  ({ bank, placed, report, say, words }) => {
    const declared = bank.sources.map((s) => s.id);
    for (const { id, path } of citations(bank, placed)) {
      if (!declared.includes(id)) report([...path, 'id'], `${say.undeclared(id)}${didYouMean(id, declared, words)}`);
    }
  },
);
