import { isScored, recommendationIds } from '../../bank.js';
import { kindOf } from '../../kinds/index.js';
import { bankRule } from '../rule.js';

export const questionRecommendation = bankRule(
  { id: 'question-recommendation', severity: 'error', description: 'every scored question names its recommendations; unscored ones name none' },
  ({ bank, placed, report }) => {
    const known = bank.recommendations.map((r) => r.id);
    for (const { question, path } of placed) {
      if (question.recommendation !== undefined && question.recommendations !== undefined) {
        report([...path, 'recommendations'], 'use "recommendation" or "recommendations", not both');
      }
      const ids = recommendationIds(question);
      const key = question.recommendations ? 'recommendations' : 'recommendation';
      if (!isScored(question)) {
        if (ids.length > 0) {
          const why = kindOf(question).scorable ? 'none of its options has a score' : `${question.type} questions are not scored`;
          report([...path, key], `question "${question.id}" names a recommendation, but ${why}; remove "${key}" or add scores`);
        }
      } else if (ids.length === 0) {
        report(
          path,
          `scored question "${question.id}" names no recommendation; add "recommendation: <id>"${known.length ? ` (one of ${known.join(', ')})` : ''}`,
        );
      }
    }
  },
);
