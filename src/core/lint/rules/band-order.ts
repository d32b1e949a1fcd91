import { bankRule } from '../rule.js';

export const bandOrder = bankRule({ id: 'band-order', severity: 'error', description: 'band minimums rise strictly' }, ({ bank, report }) => {
  bank.bands.forEach((band, i) => {
    const previous = bank.bands[i - 1];
    if (previous && band.min <= previous.min) {
      report(
        ['bands', i, 'min'],
        `band "${band.id}" starts at ${band.min}, but must start above "${previous.id}" (${previous.min}); list bands with rising minimums`,
      );
    }
  });
});
