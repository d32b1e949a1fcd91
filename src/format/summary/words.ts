// What the cohort summary says, in plain text for each format to escape and lay out (md.ts, html.ts),
// so the Markdown and HTML pages say the same things in the same words.
import type { CohortSummary, ScoreCell } from '../../core/cohort.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import { NOT_ASSESSED_MARK, scoreText } from '../score-text.js';

/** The summary's words, in its language. */
export const summaryWords = (summary: CohortSummary): Words['summary'] => wordsFor(summary.lang).summary;

type Row = CohortSummary['rows'][number];

/** "58, Emerging", or the not-assessed mark. */
export const overallText = (cell: ScoreCell): string => (cell.score === null ? NOT_ASSESSED_MARK : `${scoreText(cell.score)}, ${cell.band!.label}`);

/** "10 of 14": gaps of the recommendations assessed. */
export function gapsText(row: Row, w: Words['summary']): string {
  const assessed = row.recommendations.filter((r) => r.score !== null).length;
  return assessed === 0 ? NOT_ASSESSED_MARK : w.ofAssessed(row.gaps, assessed);
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
export const organisationText = (row: { organisation: string; area: string | null; respondents: number }, w: Words['summary']) =>
  (row.area === null ? row.organisation : `${row.organisation} (${row.area})`) + (row.respondents > 1 ? w.respondents(row.respondents) : '');

/** The rows in ranking order: highest overall score first. */
export function rankedRows(summary: CohortSummary): (Row & { rank: number | null })[] {
  const byReport = new Map(summary.rows.map((row) => [row.report, row]));
  return summary.ranking.map((r) => ({ ...byReport.get(r.report)!, rank: r.rank }));
}

export function facts(summary: CohortSummary): string[] {
  const { organisations, assessed, overallSpread: s } = summary;
  const w = summaryWords(summary);
  return [
    w.organisations(organisations, assessed),
    ...notIncludedFact(summary.notIncluded, w),
    w.overallScores(scoreText(s.min), scoreText(s.median), scoreText(s.max)),
  ];
}

/** The answer files named under "Not included", at most. */
const NAMED_AT_MOST = 10;

/** The run's answer files that failed, and so are not summarised: none, or one fact naming the first few. */
function notIncludedFact(files: readonly string[], w: Words['summary']): string[] {
  if (files.length === 0) return [];
  return [w.notIncluded(files.length, files.slice(0, NAMED_AT_MOST).join(', '), Math.max(0, files.length - NAMED_AT_MOST))];
}

/** The key to the main table, one sentence per column that needs one. */
export function key(summary: CohortSummary): { term: string; meaning: string }[] {
  const { label, min } = summary.gapLine;
  const w = summaryWords(summary);
  return [
    { term: w.overall, meaning: w.keyOverall },
    { term: w.gaps, meaning: w.keyGaps(label, min) },
    { term: w.weakest, meaning: w.keyWeakest },
    { term: NOT_ASSESSED_MARK, meaning: w.keyNotAssessed },
  ];
}

export const sharedGapsText = (summary: CohortSummary): string => summaryWords(summary).sharedGapsText(summary.gapLine.label, summary.gapLine.min);

export function sharedGapText(summary: CohortSummary, gap: CohortSummary['sharedGaps'][number]): { lead: string; names: string[] } {
  const nameOf = new Map(summary.rows.map((row) => [row.report, row.organisation]));
  return {
    lead: summaryWords(summary).sharedGap(summary.gapLine.label, gap.below, gap.assessed, scoreText(gap.mean)),
    names: gap.reports.map((report) => nameOf.get(report)!),
  };
}

/** "3 of 3": organisations below the gap line, of those assessed. */
export const belowText = (s: { assessed: number; below: number }, w: Words['summary']) =>
  s.assessed === 0 ? NOT_ASSESSED_MARK : w.ofAssessed(s.below, s.assessed);
