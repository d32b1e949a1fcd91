import { didYouMean } from '../../did-you-mean.js';
import { kindOf } from '../../kinds/index.js';
import { bankRule } from '../rule.js';

export const capacityQuestion = bankRule(
  {
    id: 'capacity-question',
    severity: 'error',
    description: "the plan's capacity rules test number or scale questions of the bank, with an `at_least` some answer can reach, and `min` is at most `max`",
  },
  ({ bank, placed, report }) => {
    const capacity = bank.plan?.capacity;
    if (capacity === undefined) return;
    if (capacity.min > capacity.max) report(['plan', 'capacity', 'min'], `"min" (${capacity.min}) is more than "max" (${capacity.max})`);
    capacity.add.forEach((rule, i) => {
      const at = ['plan', 'capacity', 'add', i];
      const entry = placed.find((p) => p.question.id === rule.question);
      if (entry === undefined) {
        report(
          [...at, 'question'],
          `no question "${rule.question}" in this bank${didYouMean(
            rule.question,
            placed.map((p) => p.question.id),
          )}`,
        );
        return;
      }
      const numbers = kindOf(entry.question)
        .answersToTry(entry.question)
        .filter((answer): answer is number => typeof answer === 'number');
      const takes = kindOf(entry.question).conditionValues(entry.question);
      if (takes.kind !== 'numbers' && numbers.length === 0) {
        report([...at, 'question'], `"${rule.question}" is a ${entry.question.type} question; a capacity rule needs a number or a scale`);
      } else if (numbers.length > 0 && rule.at_least > Math.max(...numbers)) {
        report([...at, 'at_least'], `no answer to "${rule.question}" reaches ${rule.at_least} (its highest is ${Math.max(...numbers)})`);
      }
    });
  },
);
