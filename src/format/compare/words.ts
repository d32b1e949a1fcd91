// The comparison's words that the Markdown and HTML pages share, as plain text for each to escape: the
// change of a score, the tracker's line, and each action's status. docs/compare.md and docs/tracker.md
// describe what they say.
import type { ScoreCell } from '../../core/cohort.js';
import type { ActionProgress, TrackerProgress } from '../../core/progress.js';
import { NOT_ASSESSED_MARK } from '../score-text.js';

const rounded = (score: number | null) => (score === null ? null : Math.round(score));

/** The change of the rounded scores, "+25", "−38", "0", so a row adds up for the reader. */
export function signedChange(before: number | null, after: number | null): string {
  const [was, is] = [rounded(before), rounded(after)];
  if (was === null || is === null) return NOT_ASSESSED_MARK;
  const change = is - was;
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0';
}

/** "63 (Emerging)", or "not assessed". */
export const cellWords = (cell: ScoreCell): string => (cell.score === null ? 'not assessed' : `${Math.round(cell.score)} (${cell.band!.label})`);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the tracker records, in a sentence that follows its file's name ("The action tracker FILE …"). */
export function trackerLine(progress: TrackerProgress): string {
  const { origin, counts } = progress;
  const total = counts.done + counts.underWay + counts.notStarted + counts.dropped + counts.unreadable;
  const from =
    origin === null
      ? ''
      : `was written for ${origin.organisation.name}'s assessment${origin.date === null ? '' : ` of ${origin.date}`} (${origin.bank.id} ${origin.bank.version}); it `;
  const unreadable = counts.unreadable === 0 ? '' : `, ${counts.unreadable} unreadable`;
  return `${from}records ${plural(total, 'action')}: ${counts.done} done, ${counts.underWay} under way, ${counts.notStarted} not started, ${counts.dropped} dropped${unreadable}.`;
}

/** An action's status as a reader sees it: one of the four, or why there is none. */
export const statusWords = (action: ActionProgress): string =>
  action.row === null ? 'No row in the tracker (deleted?)' : (action.status ?? `Unreadable (row ${action.row}: see the messages)`);

export const GAPS_TEXT =
  'The first assessment’s gaps, numbered as in its report and tracker: what the tracker says was done for each, beside how its score moved.';
export const GONE_TEXT = 'Rows whose action the later bank does not have (an older bank version’s, or a mistyped ID): read, but matched to no gap.';
export const OTHER_TEXT = 'Actions and tasks that serve none of the first assessment’s gaps.';
