// How the summary and the comparison show a 0–100 score: rounded, with its band, and a mark when there
// is none, so the two pages read alike.
import type { ScoreCell } from '../core/cohort.js';
import { escapeMarkdown } from './markdown-escape.js';

export const NOT_ASSESSED_MARK = '—';

export const scoreText = (score: number | null): string => (score === null ? NOT_ASSESSED_MARK : String(Math.round(score)));

/** "63 (Developing)", or `none` when the cell was not assessed. */
export const scoreCellText = (cell: ScoreCell, none: string): string =>
  cell.score === null ? none : `${scoreText(cell.score)} (${escapeMarkdown(cell.band!.label)})`;

/** The cell's band as a reader sees it, or `none` when the cell was not assessed. */
export const bandText = (cell: ScoreCell, none: string): string => (cell.band === null ? none : escapeMarkdown(cell.band.label));
