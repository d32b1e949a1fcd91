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
}

/**
 * Places the chosen actions and the tasks. `actions` come in bank order, `gaps` in report order, and
 * `capacity` is how many actions Now holds. The actions are taken in one order: those a flagged answer
 * chose, then each gap's first action in gap order, then each gap's second, and so on, so every gap gets
 * a step before any gets a second. Now holds the first `capacity` of them, Next and Later as many again
 * each, and Later also the first action of any gap still without one; the rest are held back, for once
 * these are done. Every task (finding out a "don't know", agreeing a shared view) goes in Now: each is a question to
 * settle before the actions it bears on, not a piece of work of its own.
 */
export function placeInHorizons<O extends Placeable>(
  gaps: readonly Gap[],
  actions: readonly O[],
  tasks: readonly O[],
  capacity: number,
): { placed: O[]; heldBack: number } {
  const gapOrder = new Map(gaps.map((gap, i) => [gap, i]));
  const rank = (o: O) => (o.gap === null ? gaps.length : gapOrder.get(o.gap)!);
  const flagged = actions.filter((o) => o.flagged).sort((a, b) => rank(a) - rank(b));
  const byGap = gaps.map((gap) => actions.filter((o) => !o.flagged && o.gap === gap));
  const order: O[] = [...flagged];
  for (let pass = 0; byGap.some((list) => pass < list.length); pass++) for (const list of byGap) if (pass < list.length) order.push(list[pass]!);

  const now = order.slice(0, capacity);
  const next = order.slice(capacity, 2 * capacity);
  const later = order.slice(2 * capacity, 3 * capacity);
  const covered = new Set<Gap | null>([...now, ...next, ...later, ...tasks].map((o) => o.gap));
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
    ['now', [...agree, ...now, ...findOut]],
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
