import { didYouMean } from '../../did-you-mean.js';
import { bankRule } from '../rule.js';
import { conditionTargets } from '../shared.js';

export const conditionOrder = bankRule(
  { id: 'condition-order', severity: 'error', description: "a condition refers only to questions of the bank, and a question's only to earlier ones" },
  ({ bank, placed, report }) => {
    for (const { condition, leaf, target } of conditionTargets(bank, placed)) {
      if (!target) {
        const earlier = placed.filter((p) => p.order < condition.order).map((p) => p.question.id);
        report([...leaf.path, 'question'], `no question "${leaf.question}" in this bank${didYouMean(leaf.question, earlier)}`);
      } else if (target.order >= condition.order) {
        const where = target.order === condition.order ? 'is this question itself' : 'comes later';
        report([...leaf.path, 'question'], `"${leaf.question}" ${where}; a condition may only refer to earlier questions`);
      }
    }
  },
);
