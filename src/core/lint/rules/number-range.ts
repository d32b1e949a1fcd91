import { ofKind } from '../../kinds/index.js';
import { questionRule } from '../rule.js';

export const numberRange = questionRule(
  { id: 'number-range', severity: 'error', description: 'a number question has min < max' },
  ({ question, path }, { report, say }) => {
    const range = ofKind('number', question)?.number;
    if (range?.min !== undefined && range.max !== undefined && range.min >= range.max) {
      report([...path, 'number', 'max'], say.maxNotAbove(range.min, range.max));
    }
  },
);
