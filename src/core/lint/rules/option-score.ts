import { isScored, optionsOf } from '../../bank.js';
import { questionRule } from '../rule.js';

export const optionScore = questionRule(
  { id: 'option-score', severity: 'error', description: 'a scored question gives every option a score in [0, 1] or marks it not applicable' },
  ({ question, path }, { report }) => {
    if (!isScored(question)) return;
    optionsOf(question).forEach((option, i) => {
      if (!option.na && option.score === undefined) {
        report([...path, 'options', i], `option "${option.value}" needs a score between 0 and 1, or "na: true" if it means not applicable`);
      }
    });
  },
);
