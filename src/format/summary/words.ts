// What the cohort summary says, in plain text for each format to escape and lay out (md.ts, html.ts),
// so the Markdown and HTML pages say the same things in the same words.
import type { CohortSummary, ScoreCell } from '../../core/cohort.js';
import { NOT_ASSESSED_MARK, scoreText } from '../score-text.js';

type Row = CohortSummary['rows'][number];

/** "58, Emerging", or the not-assessed mark. */
export const overallText = (cell: ScoreCell): string => (cell.score === null ? NOT_ASSESSED_MARK : `${scoreText(cell.score)}, ${cell.band!.label}`);

/** "10 of 14": gaps of the recommendations assessed. */
export function gapsText(row: Row): string {
  const assessed = row.recommendations.filter((r) => r.score !== null).length;
  return assessed === 0 ? NOT_ASSESSED_MARK : `${row.gaps} of ${assessed}`;
}

/** The row's weakest areas, each with its score; `null` when it has no gap. */
export function weakestOf(summary: CohortSummary, row: Row): { title: string; score: string }[] | null {
  if (row.weakest.length === 0) return null;
  return row.weakest.map((id) => {
    const index = summary.recommendations.findIndex((r) => r.id === id);
    return { title: summary.recommendations[index]!.title, score: scoreText(row.recommendations[index]!.score) };
  });
}

/** "Northfield CSG (Northfield)", with ", 4 respondents" when its scores combine more than one. */
export const organisationText = (row: { organisation: string; area: string | null; respondents: number }) =>
  (row.area === null ? row.organisation : `${row.organisation} (${row.area})`) + (row.respondents > 1 ? `, ${row.respondents} respondents` : '');

/** The rows in ranking order: highest overall score first. */
export function rankedRows(summary: CohortSummary): (Row & { rank: number | null })[] {
  const byReport = new Map(summary.rows.map((row) => [row.report, row]));
  return summary.ranking.map((r) => ({ ...byReport.get(r.report)!, rank: r.rank }));
}

export function facts(summary: CohortSummary): string[] {
  const { organisations, assessed, overallSpread: s } = summary;
  return [
    `${organisations} ${organisations === 1 ? 'organisation' : 'organisations'}, of which ${assessed} ${assessed === 1 ? 'has' : 'have'} an overall score`,
    ...notIncludedFact(summary.notIncluded),
    `Overall scores: lowest ${scoreText(s.min)}, median ${scoreText(s.median)}, highest ${scoreText(s.max)}`,
  ];
}

/** The answer files named under "Not included", at most. */
const NAMED_AT_MOST = 10;

/** The run's answer files that failed, and so are not summarised: none, or one fact naming the first few. */
function notIncludedFact(files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const named = files.slice(0, NAMED_AT_MOST).join(', ');
  const more = files.length > NAMED_AT_MOST ? ` and ${files.length - NAMED_AT_MOST} more` : '';
  const count = files.length === 1 ? 'one answer file' : `${files.length} answer files`;
  return [`Not included: ${count} of this run that could not be assessed (see the run's findings): ${named}${more}`];
}

/** The key to the main table, one sentence per column that needs one. */
export function key(summary: CohortSummary): { term: string; meaning: string }[] {
  const { label, min } = summary.gapLine;
  return [
    { term: 'Overall', meaning: 'the overall score out of 100, and its band.' },
    {
      term: 'Gaps',
      meaning: `how many of the recommendations assessed are below ${label}, the top band (from ${min}): a gap means the same here as in every report.`,
    },
    {
      term: 'Weakest areas',
      meaning:
        'the first two gaps in the order the organisation’s report gives them (the lowest band first, then the gap that would gain most), with their scores out of 100.',
    },
    { term: NOT_ASSESSED_MARK, meaning: 'not assessed.' },
  ];
}

export const RANKING_TEXT = 'Highest overall score first; equal scores share a rank and go by name. Each organisation’s report is linked.';

export const sharedGapsText = (summary: CohortSummary): string =>
  `A shared gap is a recommendation on which at least half of the organisations assessed on it score below ${summary.gapLine.label}, the top band (under ${summary.gapLine.min}). The most widely shared come first.`;

export function sharedGapText(summary: CohortSummary, gap: CohortSummary['sharedGaps'][number]): { lead: string; names: string[] } {
  const nameOf = new Map(summary.rows.map((row) => [row.report, row.organisation]));
  return {
    lead: `Below ${summary.gapLine.label} for ${gap.below} of the ${gap.assessed} organisations assessed on it (mean score ${scoreText(gap.mean)}):`,
    names: gap.reports.map((report) => nameOf.get(report)!),
  };
}

/** "3 of 3": organisations below the gap line, of those assessed. */
export const belowText = (s: { assessed: number; below: number }) => (s.assessed === 0 ? NOT_ASSESSED_MARK : `${s.below} of ${s.assessed}`);
