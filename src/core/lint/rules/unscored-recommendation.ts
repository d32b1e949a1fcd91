import { bankRule } from '../rule.js';
import { scoredQuestions } from '../shared.js';

export const unscoredRecommendation = bankRule(
  { id: 'unscored-recommendation', severity: 'error', description: 'every recommendation is scored by at least one question' },
  ({ bank, placed, report, say }) => {
    const scored = new Set(scoredQuestions(placed).flatMap(({ ids }) => ids));
    bank.recommendations.forEach((r, i) => {
      if (!scored.has(r.id)) report(['recommendations', i, 'id'], say.unscored(r.id));
    });
  },
);
