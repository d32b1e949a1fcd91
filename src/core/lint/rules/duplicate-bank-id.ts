import type { BankSetRule } from '../rule.js';

export const duplicateBankId: BankSetRule<'duplicate-bank-id'> = {
  id: 'duplicate-bank-id',
  severity: 'error',
  description: 'bank ids are unique among the banks linted together',
  check(banks, report) {
    const seen = new Map<string, string>();
    for (const linted of banks) {
      const first = seen.get(linted.bank.id);
      if (first) report(linted, ['id'], `bank id "${linted.bank.id}" is already used by ${first}; bank ids must be unique`);
      else seen.set(linted.bank.id, linted.file);
    }
  },
};
