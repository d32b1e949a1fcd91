import { didYouMean } from '../../did-you-mean.js';
import { kindOf } from '../../kinds/index.js';
import { bankRule } from '../rule.js';

export const capacityQuestion = bankRule(
  {
    id: 'capacity-question',
    severity: 'error',
    description: "the plan's capacity rules test number or scale questions of the bank, with an `at_least` some answer can reach, and `min` is at most `max`",
  },
  ({ bank, placed, report, say, words }) => {
    const capacity = bank.plan?.capacity;
    if (capacity === undefined) return;
    if (capacity.min > capacity.max) report(['plan', 'capacity', 'min'], say.minAboveMax(capacity.min, capacity.max));
    capacity.add.forEach((rule, i) => {
      const at = ['plan', 'capacity', 'add', i];
      const entry = placed.find((p) => p.question.id === rule.question);
      if (entry === undefined) {
        const hint = didYouMean(
          rule.question,
          placed.map((p) => p.question.id),
          words,
        );
        report([...at, 'question'], `${say.noQuestion(rule.question)}${hint}`);
        return;
      }
      const numbers = kindOf(entry.question)
        .answersToTry(entry.question)
        .filter((answer): answer is number => typeof answer === 'number');
      const takes = kindOf(entry.question).conditionValues(entry.question);
      if (takes.kind !== 'numbers' && numbers.length === 0) {
        report([...at, 'question'], say.notNumber(rule.question, entry.question.type));
      } else if (numbers.length > 0 && rule.at_least > Math.max(...numbers)) {
        report([...at, 'at_least'], say.unreachable(rule.question, rule.at_least, Math.max(...numbers)));
      }
    });
  },
);
