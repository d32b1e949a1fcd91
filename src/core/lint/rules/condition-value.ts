import { closest } from '../../did-you-mean.js';
import { kindOf } from '../../kinds/index.js';
import { bankRule } from '../rule.js';
import { conditionTargets } from '../shared.js';

export const conditionValue = bankRule(
  { id: 'condition-value', severity: 'error', description: 'a condition tests only values its question can take' },
  ({ bank, placed, report, say, words }) => {
    for (const { condition, leaf, target } of conditionTargets(bank, placed)) {
      // A condition on a missing or later question is condition-order's finding.
      if (!target || target.order >= condition.order) continue;
      const { question } = target;
      const takes = kindOf(question).conditionValues(question);
      for (const { value, path } of leaf.values) {
        if (takes.kind === 'numbers' && typeof value !== 'number') {
          report(path, say.neverMatches(question.id, question.type, JSON.stringify(value)));
        } else if (takes.kind === 'set' && !takes.values.has(value)) {
          const choices = [...takes.values].map(String);
          const hint = closest(String(value), choices);
          report(path, `${say.notTaken(question.id, takes.noun, JSON.stringify(value))}${hint ? words.findings.didYouMean(hint) : say.takes(choices)}`);
        }
      }
    }
  },
);
