// The cohort summary as a self-contained, printable HTML page: the same facts and words as the Markdown
// one (words.ts), with a bar chart of the overall scores, in the shared page (format/html/). Every piece
// of text is escaped here with escapeHtml; link targets are percent-encoded paths.
import type { CohortSummary } from '../../core/cohort.js';
import { barChart } from '../html/chart.js';
import { escapeHtml as esc } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import { headingText } from '../headings.js';
import { scoreText } from '../score-text.js';
import { reportHref, reportName, type ReportLinks } from './links.js';
import { belowText, facts, gapsText, key, organisationText, rankedRows, sharedGapsText, sharedGapText, overallText, weakestOf } from './words.js';
import { wordsFor } from '../../core/words/index.js';

const SUMMARY_CSS = `
.key { margin: 0 0 1rem; }
.key dt { font-weight: bold; float: left; clear: left; margin-right: 0.4rem; }
.key dt::after { content: ":"; }
.key dd { margin: 0 0 0.2rem; }
.weakest { margin: 0; padding-left: 1.1rem; }
td.count { white-space: nowrap; }
.gap { break-inside: avoid; page-break-inside: avoid; }
`;

export function render(summary: CohortSummary, links: ReportLinks): string {
  const { bank, sharedGaps, spread, gapLine, overallSpread } = summary;
  const words = wordsFor(summary.lang);
  const w = words.summary;
  const t = words.report;
  const ranked = rankedRows(summary);
  const bandIndex = new Map(summary.bands.map((band, i) => [band.id, i]));
  const scored = ranked.filter((row) => row.overall.score !== null);
  const title = w.title(headingText(bank.title));
  const out: string[] = [
    `<header>\n<h1>${esc(title)}</h1>`,
    `<ul>\n<li>${esc(t.questionBank)}: ${esc(bank.title)} (${esc(bank.id)} ${esc(bank.version)})</li>\n${facts(summary)
      .map((fact) => `<li>${esc(fact)}</li>`)
      .join('\n')}\n</ul>\n</header>`,
    '',
    `<section aria-labelledby="organisations">\n<h2 id="organisations">${esc(w.organisationsHeading)}</h2>`,
    `<p>${esc(w.ranking)}</p>`,
  ];
  if (scored.length > 0)
    out.push(
      barChart({
        id: 'overall',
        title: w.chartTitle,
        bars: scored.map((row) => ({ label: row.organisation, value: Math.round(row.overall.score!), band: bandIndex.get(row.overall.band!.id)! })),
        bands: summary.bands,
        line: { value: gapLine.min, label: t.chartLine(gapLine.label, gapLine.min) },
        key: { name: t.chartKey, from: t.chartFrom },
      }),
    );
  out.push(
    '<table>',
    `<thead><tr><th scope="col" class="number">${esc(w.rank)}</th><th scope="col">${esc(w.organisation)}</th><th scope="col">${esc(w.overall)}</th><th scope="col">${esc(w.gaps)}</th><th scope="col">${esc(w.weakest)}</th><th scope="col">${esc(w.report)}</th></tr></thead>`,
    '<tbody>',
  );
  for (const row of ranked) {
    const weakest = weakestOf(summary, row);
    const areas =
      weakest === null
        ? row.overall.score === null
          ? '—'
          : esc(w.none)
        : `<ul class="weakest">${weakest.map((w) => `<li>${esc(w.title)} (${w.score})</li>`).join('')}</ul>`;
    out.push(
      `<tr><td class="number">${row.rank === null ? '—' : row.rank}</td><td>${esc(organisationText(row, w))}</td><td class="short">${esc(overallText(row.overall))}</td>` +
        `<td class="short count">${esc(gapsText(row, w))}</td><td>${areas}</td><td class="short"><a href="${esc(reportHref(row.report, links))}">${esc(reportName(row.report, links))}</a></td></tr>`,
    );
  }
  out.push(
    '</tbody>',
    '</table>',
    `<dl class="key">\n${key(summary)
      .map(({ term, meaning }) => `<dt>${esc(term)}</dt><dd>${esc(meaning)}</dd>`)
      .join('\n')}\n</dl>`,
    '</section>',
    '',
    `<section aria-labelledby="shared-gaps">\n<h2 id="shared-gaps">${esc(w.sharedGaps)}</h2>`,
    `<p>${esc(sharedGapsText(summary))}</p>`,
  );
  if (sharedGaps.length === 0) out.push(`<p>${esc(w.noSharedGaps)}</p>`);
  sharedGaps.forEach((gap, i) => {
    const { lead, names } = sharedGapText(summary, gap);
    out.push(
      `<div class="gap">\n<h3>${i + 1}. ${esc(headingText(gap.title))}</h3>`,
      `<p>${esc(lead)} ${names.map(esc).join(', ')}.</p>`,
      `<p>${esc(w.suggestedActions)}</p>`,
      `<ul>\n${gap.actions.map((action) => `<li>${esc(action)}</li>`).join('\n')}\n</ul>\n</div>`,
    );
  });
  const cells = (s: (typeof spread)[number] | typeof overallSpread) =>
    [belowText(s, w), scoreText(s.min), scoreText(s.median), scoreText(s.max)].map((c) => `<td class="number">${esc(c)}</td>`).join('');
  out.push(
    '</section>',
    '',
    `<section aria-labelledby="by-recommendation">\n<h2 id="by-recommendation">${esc(w.byRecommendation)}</h2>`,
    `<p>${esc(w.byRecommendationText(gapLine.label))}</p>`,
    '<table>',
    `<thead><tr><th scope="col">${esc(w.recommendation)}</th><th scope="col" class="number">${esc(w.below(gapLine.label))}</th><th scope="col" class="number">${esc(w.lowest)}</th><th scope="col" class="number">${esc(w.median)}</th><th scope="col" class="number">${esc(w.highest)}</th></tr></thead>`,
    '<tbody>',
    ...spread.map((s) => `<tr><td>${esc(s.title)}</td>${cells(s)}</tr>`),
    `<tr><td>${esc(w.overallScore)}</td>${cells(overallSpread)}</tr>`,
    '</tbody>',
    '</table>',
    '</section>',
  );
  return htmlPage({ title, body: out.join('\n'), css: SUMMARY_CSS, lang: words.htmlLang, page: t.page });
}
