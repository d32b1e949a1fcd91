import { kindOf } from '../../kinds/index.js';
import { bankRule } from '../rule.js';
import { scoredQuestions, twoDecimals } from '../shared.js';

export const unreachableRecommendation = bankRule(
  { id: 'unreachable-recommendation', severity: 'error', description: 'every recommendation can reach 100' },
  ({ bank, placed, report }) => {
    const known = new Set(bank.recommendations.map((r) => r.id));
    for (const { question, path, ids } of scoredQuestions(placed)) {
      const best = kindOf(question).bestScore(question);
      if (best >= 1) continue;
      for (const id of ids) {
        if (known.has(id))
          report(
            path,
            `question "${question.id}" can score at most ${twoDecimals(best)}, so recommendation "${id}" can never reach 100; give its best option a score of 1`,
          );
      }
    }
  },
);
