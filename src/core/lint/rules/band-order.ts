import { bankRule } from '../rule.js';

export const bandOrder = bankRule({ id: 'band-order', severity: 'error', description: 'band minimums rise strictly' }, ({ bank, report, say }) => {
  bank.bands.forEach((band, i) => {
    const previous = bank.bands[i - 1];
    if (previous && band.min <= previous.min) {
      report(['bands', i, 'min'], say.notRising(band.id, band.min, previous.id, previous.min));
    }
  });
});
