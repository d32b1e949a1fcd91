import { bankRule } from '../rule.js';

export const bandTimescale = bankRule(
  { id: 'band-timescale', severity: 'warning', description: "bands carry no `timescale`: the plan's horizons set the timescales (warning)" },
  ({ bank, report, say }) => {
    bank.bands.forEach((band, i) => {
      if (band.timescale === undefined) return;
      report(['bands', i, 'timescale'], say.unused, 'key');
    });
  },
);
