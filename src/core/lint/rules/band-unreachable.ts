import { bankRule } from '../rule.js';
import { bestOverall, twoDecimals } from '../shared.js';

export const bandUnreachable = bankRule(
  { id: 'band-unreachable', severity: 'error', description: 'every band can be reached by some set of answers' },
  ({ bank, placed, report, say }) => {
    const best = bestOverall(bank, placed);
    bank.bands.forEach((band, i) => {
      if (band.min > best + 1e-9) report(['bands', i, 'min'], say.unreachable(band.id, band.min, twoDecimals(best)));
    });
  },
);
