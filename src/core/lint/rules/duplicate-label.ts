import { optionsOf } from '../../bank.js';
import { questionRule } from '../rule.js';

/** Labels as a respondent reads them: case, and spaces at the ends or in runs, make no difference. */
const asRead = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

export const duplicateLabel = questionRule(
  { id: 'duplicate-label', severity: 'warning', description: 'the options of a question have different labels, so a respondent can tell them apart (warning)' },
  ({ question, path }, { report, locator, say }) => {
    const seen = new Map<string, number>();
    optionsOf(question).forEach((option, i) => {
      const label = asRead(option.label);
      const first = seen.get(label);
      if (first === undefined) {
        seen.set(label, i);
        return;
      }
      const line = locator.at([...path, 'options', first, 'label']).line;
      report([...path, 'options', i, 'label'], say.sameLabel(optionsOf(question)[first]!.value, line, option.value, question.id, option.label.trim()));
    });
  },
);
