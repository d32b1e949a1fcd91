// The comparison's words that the Markdown and HTML pages share, as plain text for each to escape: the
// change of a score, the tracker's line, and each action's status, in the comparison's language (the
// catalogue's `compare` words). docs/compare.md and docs/tracker.md describe what they say.
import type { ScoreCell } from '../../core/cohort.js';
import type { SideFacts } from '../../core/compare.js';
import type { ActionProgress, TrackerProgress } from '../../core/progress.js';
import type { Words } from '../../core/words/index.js';
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
export const cellWords = (cell: ScoreCell, words: Words): string =>
  cell.score === null ? words.compare.notAssessed : `${Math.round(cell.score)} (${cell.band!.label})`;

/** What the tracker records, in a sentence that follows its file's name ("The action tracker FILE …"). */
export function trackerLine(progress: TrackerProgress, words: Words): string {
  const { origin, counts } = progress;
  const total = counts.done + counts.underWay + counts.notStarted + counts.dropped + counts.unreadable;
  const from =
    origin === null
      ? ''
      : words.compare.trackerOrigin(
          origin.organisation.name,
          origin.date === null ? null : words.date(origin.date),
          `${origin.bank.id} ${origin.bank.version}`,
        );
  return `${from}${words.compare.trackerCounts(total, counts.done, counts.underWay, counts.notStarted, counts.dropped, counts.unreadable)}`;
}

/** An action's status as a reader sees it: one of the four, or why there is none. */
export const statusWords = (action: ActionProgress, words: Words): string =>
  action.row === null ? words.compare.deleted : action.status === null ? words.compare.unreadable(action.row) : words.tracker.statuses[action.status];

/** A side of the comparison in a line: its file (as the format shows it), organisation, date, bank and how much was answered; `escape` is the format's. */
export function sideWords(side: SideFacts, file: string, words: Words, escape: (text: string) => string): string {
  const date = side.date === null ? null : escape(words.date(side.date));
  const { answered, shown } = side.completeness;
  return words.compare.side(file, escape(side.organisation), date, escape(`${side.bank.id} ${side.bank.version}`), answered, shown);
}

/** A reason or warning as a sentence: capital first letter, full stop last. */
export const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
