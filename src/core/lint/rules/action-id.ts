import { bankRule } from '../rule.js';

export const actionId = bankRule(
  {
    id: 'action-id',
    severity: 'warning',
    description: 'every action has an `id`, so the action tracker can follow it from one version of the bank to the next (warning)',
  },
  ({ bank, report, say }) => {
    bank.recommendations.forEach((recommendation, r) =>
      recommendation.actions.forEach((action, a) => {
        if (typeof action !== 'string' && action.id !== undefined) return;
        report(['recommendations', r, 'actions', a], say.noId(recommendation.id, a + 1));
      }),
    );
  },
);
