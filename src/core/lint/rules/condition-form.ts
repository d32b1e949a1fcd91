import { conditionForm } from '../../conditions.js';
import { questionRule } from '../rule.js';
import { everyCondition } from '../shared.js';

export const conditionFormRule = questionRule(
  { id: 'condition-form', severity: 'error', description: 'a condition is { question, in | equals | not_in }, { all }, { any } or { not }' },
  ({ question, path }, { report }) => {
    if (!question.when) return;
    for (const { condition, path: at } of everyCondition(question.when, [...path, 'when'])) {
      const form = conditionForm(condition);
      if ('problem' in form) report(at, form.problem);
    }
  },
);
