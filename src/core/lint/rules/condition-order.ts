import { conditionLeaves } from '../../conditions.js';
import { didYouMean } from '../../did-you-mean.js';
import type { BankRule } from '../rule.js';

export const conditionOrder: BankRule<'condition-order'> = {
  id: 'condition-order',
  severity: 'error',
  description: 'a condition refers only to questions that come earlier',
  check({ placed, report }) {
    const byId = new Map(placed.map((p) => [p.question.id, p]));
    for (const entry of placed) {
      if (!entry.question.when) continue;
      for (const leaf of conditionLeaves(entry.question.when, [...entry.path, 'when'])) {
        const target = byId.get(leaf.question);
        if (!target) {
          const earlier = placed.filter((p) => p.order < entry.order).map((p) => p.question.id);
          report([...leaf.path, 'question'], `no question "${leaf.question}" in this bank${didYouMean(leaf.question, earlier)}`);
        } else if (target.order >= entry.order) {
          const where = target.order === entry.order ? 'is this question itself' : 'comes later';
          report([...leaf.path, 'question'], `"${leaf.question}" ${where}; a condition may only refer to earlier questions`);
        }
      }
    }
  },
};
