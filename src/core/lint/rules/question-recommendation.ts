import { isScored, recommendationIds } from '../../bank.js';
import { kindOf } from '../../kinds/index.js';
import { bankRule } from '../rule.js';

export const questionRecommendation = bankRule(
  { id: 'question-recommendation', severity: 'error', description: 'every scored question names its recommendations; unscored ones name none' },
  ({ bank, placed, report, say }) => {
    const known = bank.recommendations.map((r) => r.id);
    for (const { question, path } of placed) {
      if (question.recommendation !== undefined && question.recommendations !== undefined) {
        report([...path, 'recommendations'], say.both);
      }
      const ids = recommendationIds(question);
      const key = question.recommendations ? 'recommendations' : 'recommendation';
      if (!isScored(question)) {
        if (ids.length > 0) {
          report([...path, key], say.notScored(question.id, key, kindOf(question).scorable ? undefined : question.type));
        }
      } else if (ids.length === 0) {
        report(path, say.noRecommendation(question.id, known));
      }
    }
  },
);
