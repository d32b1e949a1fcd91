import { bankRule } from '../rule.js';

export const bandStart = bankRule({ id: 'band-start', severity: 'error', description: 'the first band starts at 0' }, ({ bank, report }) => {
  const first = bank.bands[0];
  if (first && first.min !== 0) report(['bands', 0, 'min'], `the first band must start at 0, not ${first.min}, so every score has a band`);
});
