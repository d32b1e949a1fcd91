// The action tracker's rows and what it records of its origin, worded once for both editions (the
// workbook and the CSV): the plan as the report words it (view.ts), one row per action, in plan order,
// with what the last tracker recorded of each (owner, date, status, notes) carried forward, and the last
// tracker's other rows after them, so nothing the group wrote is lost.
import type { ReportFacts } from '../../core/report-facts.js';
import type { TrackerColumn, TrackerOrigin } from '../../core/tracker.js';
import { reportView } from './view.js';

export type TrackerRow = Record<TrackerColumn, string>;

/** The tracker's rows, one per action of the plan. */
export function trackerRows(facts: ReportFacts): TrackerRow[] {
  const tracked = new Map(facts.plan.objectives.map((o) => [o.id, o.tracked]));
  const rows: TrackerRow[] = [];
  for (const horizon of reportView(facts).plan.horizons) {
    for (const objective of horizon.objectives) {
      const last = tracked.get(objective.id);
      rows.push({
        ID: objective.id,
        Gap: objective.area ?? '',
        Horizon: `${horizon.title} (${horizon.when})`,
        Action: objective.text,
        Owner: last?.owner ?? '',
        'Target date': last?.targetDate ?? '',
        Status: last?.status ?? 'Not started',
        Notes: last?.notes ?? '',
      });
    }
  }
  // Rows of the last tracker this plan no longer has (done, or their gap closed) stay, as the group left them.
  const planned = new Set(facts.plan.objectives.map((o) => o.id.toLowerCase()));
  for (const last of facts.previousTracker ?? []) {
    if (planned.has(last.id)) continue;
    rows.push({
      ID: last.id,
      Gap: '',
      Horizon: EARLIER,
      Action: last.text ?? '',
      Owner: last.owner ?? '',
      'Target date': last.targetDate ?? '',
      Status: last.status ?? '',
      Notes: last.notes ?? '',
    });
  }
  return rows;
}

/** The horizon of a row carried forward from the last tracker that this plan no longer has. */
const EARLIER = 'Earlier (from the last tracker)';

/** What the tracker records of the assessment it was written from, for reading it back. */
export function trackerOrigin(facts: ReportFacts): TrackerOrigin {
  return {
    bank: { id: facts.bank.id, version: facts.bank.version },
    organisation: { name: facts.organisation.name, area: facts.organisation.area ?? null },
    date: facts.date,
    actions: facts.plan.objectives.map((o) => o.id),
  };
}
