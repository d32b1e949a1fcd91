import { optionsOf } from '../../bank.js';
import { kindOf } from '../../kinds/index.js';
import type { BankRule } from '../rule.js';

export const optionNa: BankRule<'option-na'> = {
  id: 'option-na',
  severity: 'error',
  description: 'a not-applicable option has no score, and in a multi choice it is exclusive',
  check({ placed, report }) {
    for (const { question, path } of placed) {
      optionsOf(question).forEach((option, i) => {
        if (!option.na) return;
        const at = [...path, 'options', i];
        if (option.score !== undefined) report([...at, 'score'], `option "${option.value}" is not applicable, so it takes no score; remove "score"`);
        else if (kindOf(question).multipleChoice && !option.exclusive)
          report([...at, 'na'], `not-applicable option "${option.value}" must also be "exclusive: true" in a multi choice`);
      });
    }
  },
};
