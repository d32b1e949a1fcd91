import { optionsOf } from '../../bank.js';
import { kindOf } from '../../kinds/index.js';
import { questionRule } from '../rule.js';

export const optionNa = questionRule(
  { id: 'option-na', severity: 'error', description: 'a not-applicable option has no score, and in a multi choice it is exclusive' },
  ({ question, path }, { report, say }) => {
    optionsOf(question).forEach((option, i) => {
      if (!option.na) return;
      const at = [...path, 'options', i];
      if (option.score !== undefined) report([...at, 'score'], say.scored(option.value));
      else if (kindOf(question).multipleChoice && !option.exclusive) report([...at, 'na'], say.notExclusive(option.value));
    });
  },
);
