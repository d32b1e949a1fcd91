import { conditionForm } from '../../conditions.js';
import type { BankRule } from '../rule.js';
import { everyCondition } from '../shared.js';

export const conditionFormRule: BankRule<'condition-form'> = {
  id: 'condition-form',
  severity: 'error',
  description: 'a condition is { question, in | equals | not_in }, { all }, { any } or { not }',
  check({ placed, report }) {
    for (const { question, path } of placed) {
      if (!question.when) continue;
      for (const { condition, path: at } of everyCondition(question.when, [...path, 'when'])) {
        const form = conditionForm(condition);
        if ('problem' in form) report(at, form.problem);
      }
    }
  },
};
