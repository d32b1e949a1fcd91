import { didYouMean } from '../../did-you-mean.js';
import { bankRule } from '../rule.js';
import { scoredQuestions } from '../shared.js';

export const unknownRecommendation = bankRule(
  { id: 'unknown-recommendation', severity: 'error', description: 'a question names only recommendations that exist' },
  ({ bank, placed, report, say, words }) => {
    const known = bank.recommendations.map((r) => r.id);
    for (const { question, path, ids } of scoredQuestions(placed)) {
      ids.forEach((id, i) => {
        if (known.includes(id)) return;
        const at = question.recommendations ? [...path, 'recommendations', i] : [...path, 'recommendation'];
        report(at, `${say.noRecommendation(id)}${didYouMean(id, known, words)}`);
      });
    }
  },
);
