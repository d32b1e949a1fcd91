import type { BankSetRule } from '../rule.js';

export const duplicateBankId: BankSetRule<'duplicate-bank-id'> = {
  id: 'duplicate-bank-id',
  severity: 'error',
  description: 'bank ids are unique among the banks linted together',
  check(banks, report, words) {
    const seen = new Map<string, string>();
    for (const linted of banks) {
      const first = seen.get(linted.bank.id);
      if (first) report(linted, ['id'], words.lint.rules['duplicate-bank-id'].duplicate(linted.bank.id, first));
      else seen.set(linted.bank.id, linted.file);
    }
  },
};
