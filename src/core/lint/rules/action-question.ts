import { didYouMean } from '../../did-you-mean.js';
import { bankRule } from '../rule.js';

export const actionQuestion = bankRule(
  { id: 'action-question', severity: 'error', description: "an action's `for` names only questions of the bank" },
  ({ bank, placed, report, say, words }) => {
    const known = placed.map((p) => p.question.id);
    bank.recommendations.forEach((recommendation, r) =>
      recommendation.actions.forEach((action, a) => {
        if (typeof action === 'string') return;
        (action.for ?? []).forEach((id, i) => {
          if (!known.includes(id)) report(['recommendations', r, 'actions', a, 'for', i], `${say.noQuestion(id)}${didYouMean(id, known, words)}`);
        });
      }),
    );
  },
);
