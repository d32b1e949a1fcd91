// The cohort summary as one Markdown page (docs/summary.md). Every piece of text from a bank or an answer
// file goes through escapeMarkdown, so no organisation name can break a table or inject HTML.
import type { CohortSummary, ScoreCell, Spread } from '../../core/cohort.js';
import { headingText } from '../headings.js';
import { escapeMarkdown as esc } from '../markdown-escape.js';
import { markdownTable } from '../markdown-table.js';
import { bandText, NOT_ASSESSED_MARK, scoreCellText, scoreText } from '../score-text.js';

const cellText = (cell: ScoreCell) => scoreCellText(cell, NOT_ASSESSED_MARK);
/** Short column headers for the wide table: R1, R2, … with a key below it. */
const columnKey = (i: number) => `R${i + 1}`;

const spreadCells = (s: Omit<Spread, 'id' | 'title'>) => [String(s.assessed), scoreText(s.min), scoreText(s.median), scoreText(s.max)];

export function render(summary: CohortSummary): string {
  const { bank, recommendations, rows, ranking, sharedGaps, spread, gapLine, overallSpread } = summary;
  const out: string[] = [
    '<!-- markdownlint-disable-file MD013 -->',
    '',
    `# Cohort summary: ${esc(headingText(bank.title))}`,
    '',
    `- **Bank:** ${esc(bank.id)} ${esc(bank.version)}`,
    `- **Organisations:** ${summary.organisations}, of which ${summary.assessed} have an overall score`,
    ...notIncludedLine(summary.notIncluded),
    `- **Overall scores:** lowest ${scoreText(overallSpread.min)}, median ${scoreText(overallSpread.median)}, highest ${scoreText(overallSpread.max)}`,
    '',
    '## Scores by organisation',
    '',
    `Scores out of 100, with their band; ${NOT_ASSESSED_MARK} means not assessed. The key to the columns is below the table.`,
    '',
    ...markdownTable(
      ['Organisation', 'Report', 'Overall', ...recommendations.map((_, i) => columnKey(i))],
      rows.map((row) => [esc(row.organisation), esc(row.report), cellText(row.overall), ...row.recommendations.map(cellText)]),
    ),
    'Key:',
    '',
    ...recommendations.map((r, i) => `- **${columnKey(i)}:** ${esc(r.title)}`),
    '',
    '## Ranking',
    '',
    'By overall score, highest first; equal scores share a rank and go by name.',
    '',
    ...markdownTable(
      ['Rank', 'Organisation', 'Area', 'Overall', 'Band'],
      ranking.map((r) => [
        r.rank === null ? NOT_ASSESSED_MARK : String(r.rank),
        esc(r.organisation),
        r.area === null ? '' : esc(r.area),
        scoreText(r.overall.score),
        bandText(r.overall),
      ]),
    ),
    '## Shared gaps',
    '',
    `A shared gap is a recommendation on which at least half of the organisations assessed on it score below ${esc(gapLine.label)} (under ${gapLine.min}). The most widely shared come first.`,
    '',
  ];
  if (sharedGaps.length === 0) out.push('No recommendation is a gap for at least half of the organisations.', '');
  const nameOf = new Map(rows.map((row) => [row.report, row.organisation]));
  sharedGaps.forEach((gap, i) => {
    const names = gap.reports.map((report) => nameOf.get(report)!);
    out.push(
      `### ${i + 1}. ${esc(headingText(gap.title))}`,
      '',
      `Below ${esc(gapLine.label)} for ${gap.below} of the ${gap.assessed} organisations assessed on it (mean score ${scoreText(gap.mean)}): ${names.map(esc).join(', ')}.`,
      '',
      'Suggested actions:',
      '',
      ...gap.actions.map((action) => `- ${esc(action)}`),
      '',
    );
  });
  out.push(
    '## Spread by recommendation',
    '',
    ...markdownTable(
      ['Column', 'Recommendation', 'Assessed', 'Lowest', 'Median', 'Highest'],
      [...spread.map((s, i) => [columnKey(i), esc(s.title), ...spreadCells(s)]), ['Overall', 'Overall score', ...spreadCells(overallSpread)]],
    ),
  );
  return out.join('\n').replace(/\s*$/, '\n');
}

/** How many answer files failed and so are missing, naming the first few. */
const NAMED_AT_MOST = 10;
function notIncludedLine(files: readonly string[]): string[] {
  if (files.length === 0) return [];
  const named = files.slice(0, NAMED_AT_MOST).map(esc).join(', ');
  const more = files.length > NAMED_AT_MOST ? ` and ${files.length - NAMED_AT_MOST} more` : '';
  const count = files.length === 1 ? 'one answer file' : `${files.length} answer files`;
  return [`- **Not included:** ${count} of this run that could not be assessed (see the run's findings): ${named}${more}`];
}
