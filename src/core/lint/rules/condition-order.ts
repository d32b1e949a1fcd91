import { didYouMean } from '../../did-you-mean.js';
import { bankRule } from '../rule.js';
import { conditionTargets } from '../shared.js';

export const conditionOrder = bankRule(
  { id: 'condition-order', severity: 'error', description: "a condition refers only to questions of the bank, and a question's only to earlier ones" },
  ({ bank, placed, report, say, words }) => {
    for (const { condition, leaf, target } of conditionTargets(bank, placed)) {
      if (!target) {
        const earlier = placed.filter((p) => p.order < condition.order).map((p) => p.question.id);
        report([...leaf.path, 'question'], `${say.noQuestion(leaf.question)}${didYouMean(leaf.question, earlier, words)}`);
      } else if (target.order >= condition.order) {
        report([...leaf.path, 'question'], say.notEarlier(leaf.question, target.order === condition.order));
      }
    }
  },
);
