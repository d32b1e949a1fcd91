// The cohort summary as one Markdown page (docs/summary.md), narrow enough for a 1,200 px screen: one
// row per organisation with its overall score, gaps and weakest areas, linked to its report. Every piece
// of text from a bank or an answer file goes through escapeMarkdown, so no name can break a table or
// inject HTML; link targets are percent-encoded paths.
import type { CohortSummary } from '../../core/cohort.js';
import { headingText } from '../headings.js';
import { escapeMarkdown as esc } from '../markdown-escape.js';
import { markdownTable } from '../markdown-table.js';
import { wordsFor } from '../../core/words/index.js';
import { scoreText } from '../score-text.js';
import { reportHref, reportName, type ReportLinks } from './links.js';
import { belowText, facts, gapsText, key, organisationText, rankedRows, sharedGapsText, sharedGapText, overallText, summaryWords, weakestOf } from './words.js';

export function render(summary: CohortSummary, links: ReportLinks): string {
  const { bank, sharedGaps, spread, gapLine, overallSpread } = summary;
  const w = summaryWords(summary);
  const t = wordsFor(summary.lang).report;
  const out: string[] = [
    '<!-- markdownlint-disable-file MD013 -->',
    '',
    `# ${esc(w.title(headingText(bank.title)))}`,
    '',
    `- ${esc(t.questionBank)}: ${esc(bank.title)} (${esc(bank.id)} ${esc(bank.version)})`,
    ...facts(summary).map((fact) => `- ${esc(fact)}`),
    '',
    `## ${esc(w.organisationsHeading)}`,
    '',
    esc(w.ranking),
    '',
    ...markdownTable(
      [w.rank, w.organisation, w.overall, w.gaps, w.weakest, w.report].map(esc),
      rankedRows(summary).map((row) => {
        const weakest = weakestOf(summary, row);
        return [
          row.rank === null ? '—' : String(row.rank),
          esc(organisationText(row, w)),
          esc(overallText(row.overall)),
          esc(gapsText(row, w)),
          weakest === null ? (row.overall.score === null ? '—' : esc(w.none)) : weakest.map((w) => `${esc(w.title)} (${w.score})`).join('; '),
          `[${esc(reportName(row.report, links))}](${reportHref(row.report, links)})`,
        ];
      }),
    ),
    esc(w.key),
    '',
    ...key(summary).map(({ term, meaning }) => `- **${esc(term)}:** ${esc(meaning)}`),
    '',
    `## ${esc(w.sharedGaps)}`,
    '',
    esc(sharedGapsText(summary)),
    '',
  ];
  if (sharedGaps.length === 0) out.push(esc(w.noSharedGaps), '');
  sharedGaps.forEach((gap, i) => {
    const { lead, names } = sharedGapText(summary, gap);
    out.push(
      `### ${i + 1}. ${esc(headingText(gap.title))}`,
      '',
      `${esc(lead)} ${names.map(esc).join(', ')}.`,
      '',
      esc(w.suggestedActions),
      '',
      ...gap.actions.map((action) => `- ${esc(action)}`),
      '',
    );
  });
  const spreadCells = (s: (typeof spread)[number] | typeof overallSpread) => [esc(belowText(s, w)), scoreText(s.min), scoreText(s.median), scoreText(s.max)];
  out.push(
    `## ${esc(w.byRecommendation)}`,
    '',
    esc(w.byRecommendationText(gapLine.label)),
    '',
    ...markdownTable([w.recommendation, w.below(gapLine.label), w.lowest, w.median, w.highest].map(esc), [
      ...spread.map((s) => [esc(s.title), ...spreadCells(s)]),
      [esc(w.overallScore), ...spreadCells(overallSpread)],
    ]),
  );
  return out.join('\n').replace(/\s*$/, '\n');
}
