// The cohort summary as one Markdown page (docs/summary.md), narrow enough for a 1,200 px screen: one
// row per organisation with its overall score, gaps and weakest areas, linked to its report. Every piece
// of text from a bank or an answer file goes through escapeMarkdown, so no name can break a table or
// inject HTML; link targets are percent-encoded paths.
import type { CohortSummary } from '../../core/cohort.js';
import { headingText } from '../headings.js';
import { escapeMarkdown as esc } from '../markdown-escape.js';
import { markdownTable } from '../markdown-table.js';
import { scoreText } from '../score-text.js';
import { reportHref, reportName, type ReportLinks } from './links.js';
import { belowText, facts, gapsText, key, organisationText, RANKING_TEXT, rankedRows, sharedGapsText, sharedGapText, overallText, weakestOf } from './words.js';

export function render(summary: CohortSummary, links: ReportLinks): string {
  const { bank, sharedGaps, spread, gapLine, overallSpread } = summary;
  const out: string[] = [
    '<!-- markdownlint-disable-file MD013 -->',
    '',
    `# Cohort summary: ${esc(headingText(bank.title))}`,
    '',
    `- Question bank: ${esc(bank.title)} (${esc(bank.id)} ${esc(bank.version)})`,
    ...facts(summary).map((fact) => `- ${esc(fact)}`),
    '',
    '## Organisations',
    '',
    esc(RANKING_TEXT),
    '',
    ...markdownTable(
      ['Rank', 'Organisation', 'Overall', 'Gaps', 'Weakest areas', 'Report'],
      rankedRows(summary).map((row) => {
        const weakest = weakestOf(summary, row);
        return [
          row.rank === null ? '—' : String(row.rank),
          esc(organisationText(row)),
          esc(overallText(row.overall)),
          gapsText(row),
          weakest === null ? (row.overall.score === null ? '—' : 'none') : weakest.map((w) => `${esc(w.title)} (${w.score})`).join('; '),
          `[${esc(reportName(row.report, links))}](${reportHref(row.report, links)})`,
        ];
      }),
    ),
    'Key:',
    '',
    ...key(summary).map(({ term, meaning }) => `- **${esc(term)}:** ${esc(meaning)}`),
    '',
    '## Shared gaps',
    '',
    esc(sharedGapsText(summary)),
    '',
  ];
  if (sharedGaps.length === 0) out.push('No recommendation is a gap for at least half of the organisations.', '');
  sharedGaps.forEach((gap, i) => {
    const { lead, names } = sharedGapText(summary, gap);
    out.push(
      `### ${i + 1}. ${esc(headingText(gap.title))}`,
      '',
      `${esc(lead)} ${names.map(esc).join(', ')}.`,
      '',
      'Suggested actions:',
      '',
      ...gap.actions.map((action) => `- ${esc(action)}`),
      '',
    );
  });
  const spreadCells = (s: (typeof spread)[number] | typeof overallSpread) => [belowText(s), scoreText(s.min), scoreText(s.median), scoreText(s.max)];
  out.push(
    '## By recommendation',
    '',
    `How many organisations are below ${esc(gapLine.label)} on each recommendation, of those assessed on it, and the lowest, median and highest scores.`,
    '',
    ...markdownTable(
      ['Recommendation', `Below ${esc(gapLine.label)}`, 'Lowest', 'Median', 'Highest'],
      [...spread.map((s) => [esc(s.title), ...spreadCells(s)]), ['Overall score', ...spreadCells(overallSpread)]],
    ),
  );
  return out.join('\n').replace(/\s*$/, '\n');
}
