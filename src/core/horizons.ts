// The plan's three horizons (docs/scoring.md, "The action plan"): which of the actions the answers
// chose go in Now (this quarter), Next (within six months) and Later (within the year), so the plan is
// the size the group can carry, takes the lowest band first, and gives every gap a step.
import type { Gap } from './scoring.js';
import { mapped } from './lists.js';

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
  const gapOrder = new Map(gaps.map((gap, i) => [gap, i]));
  const rank = (o: O) => (o.gap === null ? gaps.length : gapOrder.get(o.gap)!);
  // An action the group has done already is shown in Now, marked, but takes none of the room: the answers
  // still choose it, so its area is still short, and the group should see what it did.
  const done = actions.filter((o) => o.tracked?.status === 'Done');
  const open = actions.filter((o) => o.tracked?.status !== 'Done');
  const order: O[] = open.filter((o) => o.flagged).sort((a, b) => rank(a) - rank(b));
  for (const band of [...new Set(gaps.map((gap) => gap.band))]) {
    const byGap = mapped(
      gaps.filter((gap) => gap.band === band),
      (gap) => open.filter((o) => !o.flagged && o.gap === gap),
    );
    for (let pass = 0; byGap.some((list) => pass < list.length); pass++) for (const list of byGap) if (pass < list.length) order.push(list[pass]!);
  }

  const now = order.slice(0, capacity);
  const next = order.slice(capacity, 2 * capacity);
  const later = order.slice(2 * capacity, 3 * capacity);
  const covered = new Set<Gap | null>([...now, ...next, ...later, ...tasks, ...done].map((o) => o.gap));
  const rest = order.slice(3 * capacity);
  for (const o of rest) {
    if (covered.has(o.gap)) continue;
    later.push(o);
    covered.add(o.gap);
  }
  const agree = tasks.filter((t) => t.kind === 'agree');
  const findOut = tasks.filter((t) => t.kind !== 'agree');
  const placed: O[] = [];
  for (const [horizon, list] of [
    ['now', [...agree, ...now, ...done, ...findOut]],
    ['next', next],
    ['later', later],
  ] as const) {
    for (const o of list) {
      o.horizon = horizon;
      placed.push(o);
    }
  }
  return { placed, heldBack: order.length - now.length - next.length - later.length };
}
