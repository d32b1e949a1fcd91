import { closest } from '../../did-you-mean.js';
import { kindOf } from '../../kinds/index.js';
import { bankRule } from '../rule.js';
import { conditionTargets } from '../shared.js';

export const conditionValue = bankRule(
  { id: 'condition-value', severity: 'error', description: 'a condition tests only values its question can take' },
  ({ bank, placed, report }) => {
    for (const { condition, leaf, target } of conditionTargets(bank, placed)) {
      // A condition on a missing or later question is condition-order's finding.
      if (!target || target.order >= condition.order) continue;
      const { question } = target;
      const takes = kindOf(question).conditionValues(question);
      for (const { value, path } of leaf.values) {
        if (takes.kind === 'numbers' && typeof value !== 'number') {
          report(path, `"${question.id}" is a ${question.type} question, so ${JSON.stringify(value)} can never match`);
        } else if (takes.kind === 'set' && !takes.values.has(value)) {
          const choices = [...takes.values].map(String);
          const hint = closest(String(value), choices);
          report(
            path,
            `"${question.id}" has no ${takes.noun} ${JSON.stringify(value)}${hint ? `; did you mean "${hint}"?` : ` (it takes ${choices.join(', ')})`}`,
          );
        }
      }
    }
  },
);
