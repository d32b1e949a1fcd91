// How many actions the plan's "Now" holds: the bank's `plan.capacity` (docs/scoring.md, "The action plan").
// It starts at `min` and grows by one for each `add` rule the answers meet, up to `max`: a group that
// says it puts more hours into engagement is given more to do this quarter, and one that says little
// is given no more than it can carry.
import type { Bank } from './schema.js';
import type { Answer } from './visibility.js';

export interface Capacity {
  /** How many of the bank's actions Now holds. */
  actions: number;
  min: number;
  max: number;
  /** The `because` of each rule the answers met, in bank order. */
  reasons: string[];
  /** The `because` of each rule they did not meet, or did not answer. */
  notMet: string[];
}

const DEFAULT = { min: 3, max: 6, add: [] } as const;

/** One respondent's answers, only to the questions they were shown. */
interface Answered {
  lookup(id: string): Answer | undefined;
}

/**
 * With several respondents, a rule is met when it is met by at least half of those who answered its
 * question: their answers are about one organisation, and one generous answer should not set the pace.
 */
export function capacityOf(bank: Bank, respondents: readonly Answered[]): Capacity {
  const { min, max, add } = bank.plan?.capacity ?? DEFAULT;
  const reasons: string[] = [];
  const notMet: string[] = [];
  for (const rule of add) {
    let answered = 0;
    let met = 0;
    for (const respondent of respondents) {
      const answer = respondent.lookup(rule.question);
      if (typeof answer !== 'number') continue;
      answered++;
      if (answer >= rule.at_least) met++;
    }
    (answered > 0 && met * 2 >= answered ? reasons : notMet).push(rule.because);
  }
  const low = Math.min(min, max);
  return { actions: Math.max(low, Math.min(max, low + reasons.length)), min: low, max, reasons, notMet };
}
