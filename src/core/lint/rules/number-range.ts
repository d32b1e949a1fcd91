import { ofKind } from '../../kinds/index.js';
import type { BankRule } from '../rule.js';

export const numberRange: BankRule<'number-range'> = {
  id: 'number-range',
  severity: 'error',
  description: 'a number question has min < max',
  check({ placed, report }) {
    for (const { question, path } of placed) {
      const range = ofKind('number', question)?.number;
      if (range?.min !== undefined && range.max !== undefined && range.min >= range.max) {
        report([...path, 'number', 'max'], `max (${range.max}) must be greater than min (${range.min})`);
      }
    }
  },
};
