import { kindOf } from '../../kinds/index.js';
import { bankRule } from '../rule.js';
import { scoredQuestions, twoDecimals } from '../shared.js';

export const unreachableRecommendation = bankRule(
  { id: 'unreachable-recommendation', severity: 'error', description: 'every recommendation can reach 100' },
  ({ bank, placed, report, say }) => {
    const known = new Set(bank.recommendations.map((r) => r.id));
    for (const { question, path, ids } of scoredQuestions(placed)) {
      const best = kindOf(question).bestScore(question);
      if (best >= 1) continue;
      for (const id of ids) {
        if (known.has(id)) report(path, say.cannotReach(question.id, twoDecimals(best), id));
      }
    }
  },
);
