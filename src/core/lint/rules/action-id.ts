import { bankRule } from '../rule.js';

export const actionId = bankRule(
  {
    id: 'action-id',
    severity: 'warning',
    description: 'every action has an `id`, so the action tracker can follow it from one version of the bank to the next (warning)',
  },
  ({ bank, report }) => {
    bank.recommendations.forEach((recommendation, r) =>
      recommendation.actions.forEach((action, a) => {
        if (typeof action !== 'string' && action.id !== undefined) return;
        report(
          ['recommendations', r, 'actions', a],
          `this action has no "id"; the tracker follows it as "${recommendation.id}-${a + 1}", which changes if the actions are reordered: give it an id`,
        );
      }),
    );
  },
);
