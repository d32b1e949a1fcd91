// Progress between two assessments as a printable page (`compare --format html`): the same facts and
// words as the Markdown comparison (words.ts), in the page every HTML output of ce-plan shares
// (format/html/page.ts: self-contained, A4, a running header), for the meeting. With a tracker, what was
// done for each gap comes first, then the scores, largest change first. Every text is escaped here.
import type { ScoreCell } from '../../core/cohort.js';
import type { Comparison, GapChange, SideFacts } from '../../core/compare.js';
import type { ActionProgress, TrackerProgress } from '../../core/progress.js';
import { escapeHtml as esc } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import { headingText } from '../headings.js';
import { NOT_ASSESSED_MARK } from '../score-text.js';
import { cellWords, GAPS_TEXT, GONE_TEXT, OTHER_TEXT, signedChange, statusWords, trackerLine } from './words.js';

const COMPARE_CSS = `
.notice { border-left: 4px solid #b2182b; padding: 0.2rem 0 0.2rem 0.8rem; margin: 0 0 0.8rem; }
.verdict { font-weight: bold; }
.gap { break-inside: avoid; page-break-inside: avoid; }
.gap h3 { margin-bottom: 0.2rem; }
td.status { white-space: nowrap; }
.actions td:first-child { width: 42%; }
.answers td:first-child { width: 46%; }
`;

const bandWords = (cell: ScoreCell) => (cell.band === null ? 'not assessed' : cell.band.label);
const bandChange = (before: ScoreCell, after: ScoreCell) => (before.band?.id === after.band?.id ? 'same' : `${bandWords(before)} → ${bandWords(after)}`);
const percent = (side: SideFacts) => Math.round(side.completeness.ratio * 100);
const scoreWords = (score: number | null) => (score === null ? NOT_ASSESSED_MARK : String(Math.round(score)));

function table(className: string, header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const th = header.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="number"' : ''}>${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric.includes(i) ? ' class="number"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${className}">\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function sideItem(label: string, side: SideFacts): string {
  const { answered, shown } = side.completeness;
  return `<li><strong>${label}:</strong> <code>${esc(side.file)}</code>: ${esc(side.organisation)}, ${side.date === null ? 'no date given' : esc(side.date)}, bank ${esc(side.bank.id)} ${esc(side.bank.version)}, ${answered} of ${shown} questions answered</li>`;
}

const actionCells = (a: ActionProgress) => [esc(a.text), esc(statusWords(a)), esc(a.owner ?? ''), esc(a.targetDate ?? ''), esc(a.notes ?? '')];
const ACTION_HEADER = ['Action', 'Status', 'Owner', 'Target date', 'Notes'];

function progressSection(progress: TrackerProgress): string {
  const out = [
    '<section aria-labelledby="actions">',
    '<h2 id="actions">Agreed actions</h2>',
    `<p>The action tracker <code>${esc(progress.file)}</code> ${esc(trackerLine(progress))}</p>`,
  ];
  if (progress.gaps.length === 0) out.push('<p>The first assessment had no gaps.</p>');
  else
    out.push(
      `<p>${esc(GAPS_TEXT)}</p>`,
      table(
        'verdicts',
        ['Gap', 'Before', 'After', 'What was done, and how the score moved'],
        progress.gaps.map((g) => [
          `<a href="#gap-${g.rank}">${esc(`Gap ${g.rank}: ${g.title}`)}</a>`,
          esc(cellWords(g.before)),
          esc(cellWords(g.after)),
          `<span class="verdict">${esc(g.verdict)}</span>`,
        ]),
      ),
    );
  for (const gap of progress.gaps) {
    out.push(
      `<div class="gap">\n<h3 id="gap-${gap.rank}">${esc(headingText(`Gap ${gap.rank}: ${gap.title}`))}</h3>`,
      `<p><span class="verdict">${esc(gap.verdict)}:</span> ${esc(cellWords(gap.before))} → ${esc(cellWords(gap.after))}.</p>`,
      gap.actions.length === 0 ? '<p>The tracker has no row for any of its actions.</p>' : table('actions', ACTION_HEADER, gap.actions.map(actionCells)),
      '</div>',
    );
  }
  if (progress.other.length > 0)
    out.push(
      '<div class="gap">\n<h3>Other actions and tasks</h3>',
      `<p>${esc(OTHER_TEXT)}</p>`,
      table('actions', ACTION_HEADER, progress.other.map(actionCells)),
      '</div>',
    );
  if (progress.gone.length > 0)
    out.push(
      '<div class="gap">\n<h3>Not in the bank now</h3>',
      `<p>${esc(GONE_TEXT)}</p>`,
      table(
        'actions',
        ['Row', 'ID', ...ACTION_HEADER],
        progress.gone.map((a) => [String(a.row), esc(a.id), ...actionCells(a)]),
        [0],
      ),
      '</div>',
    );
  out.push('</section>');
  return out.join('\n');
}

function gapList(gaps: readonly GapChange[]): string {
  if (gaps.length === 0) return '<p>None.</p>';
  return `<ul>\n${gaps.map((g) => `<li><strong>${esc(g.title)}:</strong> ${esc(cellWords(g.before))} → ${esc(cellWords(g.after))}</li>`).join('\n')}\n</ul>`;
}

/** A reason or warning as a sentence: capital first letter, full stop last. */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

export function render(comparison: Comparison): string {
  const { before, after, overall } = comparison;
  const title = headingText(`Progress: ${after.organisation}`);
  const notices = [
    ...(comparison.comparable
      ? []
      : [`<strong>The method changed; numbers may not be comparable.</strong> ${comparison.reasons.map((r) => esc(sentence(r))).join(' ')}`]),
    ...comparison.warnings.map((w) => `<strong>Check:</strong> ${esc(sentence(w))}`),
  ];
  const body = [
    `<header>\n<h1>${esc(title)}</h1>\n<ul>\n${sideItem('Before', before)}\n${sideItem('After', after)}\n</ul>\n</header>`,
    ...notices.map((n) => `<p class="notice" role="note">${n}</p>`),
    '<section aria-labelledby="overall">\n<h2 id="overall">Overall</h2>',
    table(
      'overall',
      ['Measure', 'Before', 'After', 'Change'],
      [
        ['Score', scoreWords(overall.before.score), scoreWords(overall.after.score), esc(signedChange(overall.before.score, overall.after.score))],
        ['Band', esc(bandWords(overall.before)), esc(bandWords(overall.after)), esc(bandChange(overall.before, overall.after))],
        ['Completeness', `${percent(before)}%`, `${percent(after)}%`, `${esc(signedChange(percent(before), percent(after)))} points`],
      ],
    ),
    '</section>',
    ...(comparison.progress === null ? [] : [progressSection(comparison.progress)]),
    '<section aria-labelledby="by-recommendation">\n<h2 id="by-recommendation">By recommendation</h2>\n<p>Largest change first.</p>',
    table(
      'changes',
      ['Recommendation', 'Before', 'After', 'Change', 'Band'],
      comparison.recommendations.map((r) => [
        esc(r.title),
        esc(cellWords(r.before)),
        esc(cellWords(r.after)),
        esc(signedChange(r.before.score, r.after.score)),
        esc(bandChange(r.before, r.after)),
      ]),
      [3],
    ),
    '</section>',
    '<section aria-labelledby="closed">\n<h2 id="closed">Gaps closed</h2>\n<p>Recommendations that have reached the top band since the first assessment.</p>',
    gapList(comparison.gapsClosed),
    '</section>',
    '<section aria-labelledby="opened">\n<h2 id="opened">Gaps opened</h2>\n<p>Recommendations that were in the top band and have fallen below it.</p>',
    gapList(comparison.gapsOpened),
    '</section>',
    '<section aria-labelledby="answers">\n<h2 id="answers">Answers that changed</h2>',
    comparison.answersChanged.length === 0
      ? '<p>No answer changed.</p>'
      : table(
          'answers',
          ['Question', 'Before', 'After'],
          comparison.answersChanged.map((a) => [esc(a.prompt), esc(a.before), esc(a.after)]),
        ),
    '</section>',
  ];
  return htmlPage({ title, body: body.join('\n'), css: COMPARE_CSS });
}
