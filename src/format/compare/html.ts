// Progress between two assessments as a printable page (`compare --format html`): the same facts and
// words as the Markdown comparison (words.ts), in its language, in the page every HTML output of ce-plan shares
// (format/html/page.ts: self-contained, A4, a running header), for the meeting. With a tracker, what was
// done for each gap comes first, then the scores, largest change first. Every text is escaped here.
import type { ScoreCell } from '../../core/cohort.js';
import type { Comparison, GapChange, SideFacts } from '../../core/compare.js';
import type { ActionProgress, TrackerProgress } from '../../core/progress.js';
import { escapeHtml as esc } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import { headingText } from '../headings.js';
import { NOT_ASSESSED_MARK } from '../score-text.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import { cellWords, sentence, sideWords, signedChange, statusWords, trackerLine } from './words.js';

const COMPARE_CSS = `
.notice { border-left: 4px solid #b2182b; padding: 0.2rem 0 0.2rem 0.8rem; margin: 0 0 0.8rem; }
.verdict { font-weight: bold; }
.gap { break-inside: avoid; page-break-inside: avoid; }
.gap h3 { margin-bottom: 0.2rem; }
td.status { white-space: nowrap; }
.actions td:first-child { width: 42%; }
.answers td:first-child { width: 46%; }
`;

const percent = (side: SideFacts) => Math.round(side.completeness.ratio * 100);
const scoreWords = (score: number | null) => (score === null ? NOT_ASSESSED_MARK : String(Math.round(score)));

function table(className: string, header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const th = header.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="number"' : ''}>${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric.includes(i) ? ' class="number"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${className}">\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const sideItem = (label: string, side: SideFacts, words: Words) =>
  `<li><strong>${esc(label)}:</strong> ${sideWords(side, `<code>${esc(side.file)}</code>`, words, esc)}</li>`;

function progressSection(progress: TrackerProgress, words: Words): string {
  const w = words.compare;
  const columns = words.tracker.columns;
  const cell = (c: ScoreCell) => esc(cellWords(c, words));
  const actionCells = (a: ActionProgress) => [esc(a.text), esc(statusWords(a, words)), esc(a.owner ?? ''), esc(a.targetDate ?? ''), esc(a.notes ?? '')];
  const actionHeader = [columns.Action, columns.Status, columns.Owner, columns['Target date'], columns.Notes];
  const out = [
    '<section aria-labelledby="actions">',
    `<h2 id="actions">${esc(w.agreedActions)}</h2>`,
    `<p>${w.trackerLine(`<code>${esc(progress.file)}</code>`, esc(trackerLine(progress, words)))}</p>`,
  ];
  if (progress.gaps.length === 0) out.push(`<p>${esc(w.noGaps)}</p>`);
  else
    out.push(
      `<p>${esc(w.gapsText)}</p>`,
      table(
        'verdicts',
        [columns.Gap, w.before, w.after, w.verdictColumn],
        progress.gaps.map((g) => [
          `<a href="#gap-${g.rank}">${esc(w.gap(g.rank, g.title))}</a>`,
          cell(g.before),
          cell(g.after),
          `<span class="verdict">${esc(g.verdict)}</span>`,
        ]),
      ),
    );
  for (const gap of progress.gaps) {
    out.push(
      `<div class="gap">\n<h3 id="gap-${gap.rank}">${esc(headingText(w.gap(gap.rank, gap.title)))}</h3>`,
      `<p><span class="verdict">${esc(gap.verdict)}:</span> ${cell(gap.before)} → ${cell(gap.after)}.</p>`,
      gap.actions.length === 0 ? `<p>${esc(w.noRow)}</p>` : table('actions', actionHeader, gap.actions.map(actionCells)),
      '</div>',
    );
  }
  if (progress.other.length > 0)
    out.push(
      `<div class="gap">\n<h3>${esc(w.other)}</h3>`,
      `<p>${esc(w.otherText)}</p>`,
      table('actions', actionHeader, progress.other.map(actionCells)),
      '</div>',
    );
  if (progress.gone.length > 0)
    out.push(
      `<div class="gap">\n<h3>${esc(w.gone)}</h3>`,
      `<p>${esc(w.goneText)}</p>`,
      table(
        'actions',
        [w.row, columns.ID, ...actionHeader],
        progress.gone.map((a) => [String(a.row), esc(a.id), ...actionCells(a)]),
        [0],
      ),
      '</div>',
    );
  out.push('</section>');
  return out.join('\n');
}

export function render(comparison: Comparison): string {
  const words = wordsFor(comparison.lang);
  const w = words.compare;
  const cell = (c: ScoreCell) => esc(cellWords(c, words));
  const bandWords = (c: ScoreCell) => (c.band === null ? w.notAssessed : c.band.label);
  const bandChange = (before: ScoreCell, after: ScoreCell) => (before.band?.id === after.band?.id ? w.same : `${bandWords(before)} → ${bandWords(after)}`);
  const gapList = (gaps: readonly GapChange[]) =>
    gaps.length === 0
      ? `<p>${esc(w.none)}</p>`
      : `<ul>\n${gaps.map((g) => `<li><strong>${esc(g.title)}:</strong> ${cell(g.before)} → ${cell(g.after)}</li>`).join('\n')}\n</ul>`;
  const { before, after, overall } = comparison;
  const title = headingText(w.title(after.organisation));
  const notices = [
    ...(comparison.comparable ? [] : [`<strong>${esc(w.methodChanged)}</strong> ${comparison.reasons.map((r) => esc(sentence(r))).join(' ')}`]),
    ...comparison.warnings.map((warning) => `<strong>${esc(w.check)}</strong> ${esc(sentence(warning))}`),
  ];
  const body = [
    `<header>\n<h1>${esc(title)}</h1>\n<ul>\n${sideItem(w.before, before, words)}\n${sideItem(w.after, after, words)}\n</ul>\n</header>`,
    ...notices.map((n) => `<p class="notice" role="note">${n}</p>`),
    `<section aria-labelledby="overall">\n<h2 id="overall">${esc(w.overall)}</h2>`,
    table(
      'overall',
      [w.measure, w.before, w.after, w.change],
      [
        [esc(w.score), scoreWords(overall.before.score), scoreWords(overall.after.score), esc(signedChange(overall.before.score, overall.after.score))],
        [esc(w.band), esc(bandWords(overall.before)), esc(bandWords(overall.after)), esc(bandChange(overall.before, overall.after))],
        [esc(w.completeness), `${percent(before)}%`, `${percent(after)}%`, esc(w.points(signedChange(percent(before), percent(after))))],
      ],
    ),
    '</section>',
    ...(comparison.progress === null ? [] : [progressSection(comparison.progress, words)]),
    `<section aria-labelledby="by-recommendation">\n<h2 id="by-recommendation">${esc(w.byRecommendation)}</h2>\n<p>${esc(w.largestFirst)}</p>`,
    table(
      'changes',
      [w.recommendation, w.before, w.after, w.change, w.band],
      comparison.recommendations.map((r) => [
        esc(r.title),
        cell(r.before),
        cell(r.after),
        esc(signedChange(r.before.score, r.after.score)),
        esc(bandChange(r.before, r.after)),
      ]),
      [3],
    ),
    '</section>',
    `<section aria-labelledby="closed">\n<h2 id="closed">${esc(w.gapsClosed)}</h2>\n<p>${esc(w.gapsClosedText)}</p>`,
    gapList(comparison.gapsClosed),
    '</section>',
    `<section aria-labelledby="opened">\n<h2 id="opened">${esc(w.gapsOpened)}</h2>\n<p>${esc(w.gapsOpenedText)}</p>`,
    gapList(comparison.gapsOpened),
    '</section>',
    `<section aria-labelledby="answers">\n<h2 id="answers">${esc(w.answersChanged)}</h2>`,
    comparison.answersChanged.length === 0
      ? `<p>${esc(w.noAnswerChanged)}</p>`
      : table(
          'answers',
          [w.question, w.before, w.after],
          comparison.answersChanged.map((a) => [esc(a.prompt), esc(a.before), esc(a.after)]),
        ),
    '</section>',
  ];
  return htmlPage({ title, body: body.join('\n'), css: COMPARE_CSS, lang: words.htmlLang, page: words.report.page });
}
