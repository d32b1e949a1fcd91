import { bankRule } from '../rule.js';
import { citations } from '../shared.js';

export const unusedSource = bankRule(
  { id: 'unused-source', severity: 'warning', description: 'every declared source is cited (warning)' },
  ({ bank, placed, report, say }) => {
    const cited = new Set(citations(bank, placed).map((c) => c.id));
    bank.sources.forEach((s, i) => {
      if (!cited.has(s.id)) report(['sources', i, 'id'], say.uncited(s.id));
    });
  },
);
