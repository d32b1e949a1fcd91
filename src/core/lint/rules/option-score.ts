import { isScored, optionsOf } from '../../bank.js';
import type { BankRule } from '../rule.js';

export const optionScore: BankRule<'option-score'> = {
  id: 'option-score',
  severity: 'error',
  description: 'a scored question gives every option a score in [0, 1] or marks it not applicable',
  check({ placed, report }) {
    for (const { question, path } of placed) {
      if (!isScored(question)) continue;
      optionsOf(question).forEach((option, i) => {
        if (!option.na && option.score === undefined)
          report([...path, 'options', i], `option "${option.value}" needs a score between 0 and 1, or "na: true" if it means not applicable`);
      });
    }
  },
};
