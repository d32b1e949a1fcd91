import { bankRule } from '../rule.js';

export const bandStart = bankRule({ id: 'band-start', severity: 'error', description: 'the first band starts at 0' }, ({ bank, report, say }) => {
  const first = bank.bands[0];
  if (first && first.min !== 0) report(['bands', 0, 'min'], say.notZero(first.min));
});
