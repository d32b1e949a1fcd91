import { conditionForm } from '../../conditions.js';
import { bankRule } from '../rule.js';
import { everyCondition, everyWhen } from '../shared.js';

export const conditionFormRule = bankRule(
  { id: 'condition-form', severity: 'error', description: 'a condition is { question, in | equals | not_in }, { all }, { any } or { not }' },
  ({ bank, placed, report, say }) => {
    for (const { when, path } of everyWhen(bank, placed)) {
      for (const { condition, path: at } of everyCondition(when, path)) {
        const form = conditionForm(condition, say);
        if ('problem' in form) report(at, form.problem);
      }
    }
  },
);
