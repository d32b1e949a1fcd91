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
  ({ question, path }, { report, say }) => {
    const best = kindOf(question).bestScore(question);
    optionsOf(question).forEach((option, i) => {
      if (option.flag === undefined) return;
      const at = [...path, 'options', i, 'flag'];
      if (option.na) report(at, say.notApplicable(option.value));
      else if (option.dont_know) report(at, say.dontKnow(option.value));
      else if (option.score === undefined) report(at, say.noScore(option.value));
      else if (option.score >= best - TOLERANCE) report(at, say.best(option.value, option.score));
    });
  },
);
