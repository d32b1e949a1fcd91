import { isScored, optionsOf } from '../../bank.js';
import { questionRule } from '../rule.js';

export const optionScore = questionRule(
  { id: 'option-score', severity: 'error', description: 'a scored question gives every option a score in [0, 1] or marks it not applicable' },
  ({ question, path }, { report, say }) => {
    if (!isScored(question)) return;
    optionsOf(question).forEach((option, i) => {
      if (!option.na && option.score === undefined) {
        report([...path, 'options', i], say.noScore(option.value));
      }
    });
  },
);
