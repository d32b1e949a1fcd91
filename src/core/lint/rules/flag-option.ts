import { kindOf } from '../../kinds/index.js';
import { optionsOf } from '../../bank.js';
import { TOLERANCE } from '../../tolerance.js';
import { questionRule } from '../rule.js';

export const flagOption = questionRule(
  {
    id: 'flag-option',
    severity: 'error',
    description: 'a flag marks an answer that falls short: a scored option below the best score, not "not applicable" nor "don\'t know"',
  },
  ({ question, path }, { report }) => {
    const best = kindOf(question).bestScore(question);
    optionsOf(question).forEach((option, i) => {
      if (option.flag === undefined) return;
      const at = [...path, 'options', i, 'flag'];
      if (option.na) report(at, `option "${option.value}" means not applicable, so it cannot be a risk to flag`);
      else if (option.dont_know)
        report(at, `option "${option.value}" is "don't know": the plan already asks the group to find it out; flag the answers that are risks`);
      else if (option.score === undefined) report(at, `option "${option.value}" has no score, so nothing shows it falls short; flag only scored options`);
      else if (option.score >= best - TOLERANCE)
        report(at, `option "${option.value}" is the best answer (${option.score}); a flag marks an answer that falls short`);
    });
  },
);
