import { isScored } from '../../bank.js';
import { conditionLeaves } from '../../conditions.js';
import { bankRule } from '../rule.js';
import { everyWhen } from '../shared.js';

export const unusedQuestion = bankRule(
  { id: 'unused-question', severity: 'warning', description: "every question feeds a score, a condition, an action's choice or a report section (warning)" },
  ({ bank, placed, report, say }) => {
    const referenced = new Set(everyWhen(bank, placed).flatMap(({ when }) => conditionLeaves(when, []).map((l) => l.question)));
    for (const recommendation of bank.recommendations)
      for (const action of recommendation.actions) if (typeof action !== 'string') for (const id of action.for ?? []) referenced.add(id);
    for (const { question, path } of placed) {
      if (isScored(question) || question.report || referenced.has(question.id)) continue;
      report([...path, 'id'], say.unused(question.id));
    }
  },
);
