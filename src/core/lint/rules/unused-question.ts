import { isScored } from '../../bank.js';
import { conditionLeaves } from '../../conditions.js';
import { bankRule } from '../rule.js';

export const unusedQuestion = bankRule(
  { id: 'unused-question', severity: 'warning', description: 'every question feeds a score, a condition or a report section (warning)' },
  ({ placed, report }) => {
    const referenced = new Set(placed.flatMap(({ question, path }) => (question.when ? conditionLeaves(question.when, path).map((l) => l.question) : [])));
    for (const { question, path } of placed) {
      if (isScored(question) || question.report || referenced.has(question.id)) continue;
      report(
        [...path, 'id'],
        `question "${question.id}" feeds no score, no condition and no report section; add scores, "report: expectations" or "report: context", or remove it`,
      );
    }
  },
);
