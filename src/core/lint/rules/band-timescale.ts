import { bankRule } from '../rule.js';

export const bandTimescale = bankRule(
  { id: 'band-timescale', severity: 'warning', description: "bands carry no `timescale`: the plan's horizons set the timescales (warning)" },
  ({ bank, report }) => {
    bank.bands.forEach((band, i) => {
      if (band.timescale === undefined) return;
      report(
        ['bands', i, 'timescale'],
        `"timescale" is no longer used: the plan puts each action in a horizon (this quarter, within six months, within the year); remove it`,
        'key',
      );
    });
  },
);
