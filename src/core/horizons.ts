// The plan's three horizons (docs/scoring.md, "The action plan"): which of the actions the answers
// chose go in Now (this quarter), Next (within six months) and Later (within the year), so the plan is
// the size the group can carry, takes the lowest band first, and gives every gap a step.
import type { Gap } from './scoring.js';

/** Now (this quarter), Next (within six months), Later (within the year). */
export type Horizon = 'now' | 'next' | 'later';

/** What placing needs of an objective: whether a flagged answer chose it, the gap it serves, and where it goes. */
interface Placeable {
  kind: 'action' | 'find-out' | 'agree';
  gap: Gap | null;
  flagged: boolean;
  horizon: Horizon;
  /** What the last action tracker records of it: one it records as done takes no room. */
  tracked?: { status: string | null };
}

/**
 * Places the chosen actions and the tasks. `actions` come in bank order, `gaps` in report order, and
 * `capacity` is how many actions Now holds. The actions are taken in one order: those a flagged answer
 * chose, in gap order; then band by band, the lowest first, each gap's first action in gap order, then
 * each one's second, and so on, so that every gap of a band gets a step before any gets a second, and a
 * band's steps all come before the next band's. Now holds the first `capacity` of them, Next and Later
 * as many again each, and Later also the first action of any gap still without one; the rest are held
 * back, for once these are done. Every task (finding out a "don't know", agreeing a shared view) goes in
 * Now: each is a question to settle before the actions it bears on, not a piece of work of its own.
 */
export function placeInHorizons<O extends Placeable>(
  gaps: readonly Gap[],
  actions: readonly O[],
  tasks: readonly O[],
  capacity: number,
): { placed: O[]; heldBack: number } {
  // Loops rather than chains and spreads: TurboFan compiles this once per worker, and its escape analysis
  // of the chains' closures and throwaway arrays took three times as long as that of the loops.
  const gapOrder = new Map<Gap, number>();
  for (let i = 0; i < gaps.length; i++) gapOrder.set(gaps[i]!, i);
  const rank = (o: O) => (o.gap === null ? gaps.length : gapOrder.get(o.gap)!);
  // An action the group has done already is shown in Now, marked, but takes none of the room: the answers
  // still choose it, so its area is still short, and the group should see what it did.
  const done: O[] = [];
  const open: O[] = [];
  for (const o of actions) (o.tracked?.status === 'Done' ? done : open).push(o);
  const order: O[] = open.filter((o) => o.flagged).sort((a, b) => rank(a) - rank(b));
  const bands: Gap['band'][] = [];
  for (const gap of gaps) if (!bands.includes(gap.band)) bands.push(gap.band);
  for (const band of bands) {
    const byGap: O[][] = [];
    let longest = 0;
    for (const gap of gaps) {
      if (gap.band !== band) continue;
      const list = open.filter((o) => !o.flagged && o.gap === gap);
      byGap.push(list);
      longest = Math.max(longest, list.length);
    }
    for (let pass = 0; pass < longest; pass++) for (const list of byGap) if (pass < list.length) order.push(list[pass]!);
  }

  const now = order.slice(0, capacity);
  const next = order.slice(capacity, 2 * capacity);
  const later = order.slice(2 * capacity, 3 * capacity);
  const covered = new Set<Gap | null>();
  for (const list of [now, next, later, tasks, done]) for (const o of list) covered.add(o.gap);
  for (let i = 3 * capacity; i < order.length; i++) {
    const o = order[i]!;
    if (covered.has(o.gap)) continue;
    later.push(o);
    covered.add(o.gap);
  }
  // Now: the tasks to agree a shared view, the first actions, those done, then the tasks to find out.
  const placed: O[] = [];
  const place = (horizon: Horizon, list: readonly O[], keep: (o: O) => boolean = () => true) => {
    for (const o of list) {
      if (!keep(o)) continue;
      o.horizon = horizon;
      placed.push(o);
    }
  };
  place('now', tasks, (t) => t.kind === 'agree');
  place('now', now);
  place('now', done);
  place('now', tasks, (t) => t.kind !== 'agree');
  place('next', next);
  place('later', later);
  return { placed, heldBack: order.length - now.length - next.length - later.length };
}
