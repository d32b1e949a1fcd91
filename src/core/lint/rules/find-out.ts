import { optionsOf } from '../../bank.js';
import { questionRule } from '../rule.js';

export const findOut = questionRule(
  { id: 'find-out', severity: 'warning', description: 'a question with `find_out` offers a "don\'t know" answer, the only one that shows it (warning)' },
  ({ question, path }, { report, say }) => {
    if (question.find_out === undefined || optionsOf(question).some((option) => option.dont_know)) return;
    report([...path, 'find_out'], say.noDontKnow(question.id));
  },
);
