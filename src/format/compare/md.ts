// Progress between two assessments as one Markdown page (docs/compare.md). Text from the banks and the
// answer files goes through escapeMarkdown; numbers are shown rounded, and each change is the difference
// of the rounded numbers beside it, so a row always adds up for the reader.
import type { ScoreCell } from '../../core/cohort.js';
import type { Comparison, GapChange, SideFacts } from '../../core/compare.js';
import { headingText } from '../headings.js';
import { escapeMarkdown as esc } from '../markdown-escape.js';
import { markdownTable } from '../markdown-table.js';
import { bandText, NOT_ASSESSED_MARK, scoreCellText, scoreText } from '../score-text.js';

const rounded = (score: number | null) => (score === null ? null : Math.round(score));
const cellText = (cell: ScoreCell) => scoreCellText(cell, 'not assessed');

function signed(before: number | null, after: number | null): string {
  if (before === null || after === null) return NOT_ASSESSED_MARK;
  const change = after - before;
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0';
}

const scoreChangeText = (before: ScoreCell, after: ScoreCell) => signed(rounded(before.score), rounded(after.score));
const bandChangeText = (before: ScoreCell, after: ScoreCell) => (before.band?.id === after.band?.id ? 'same' : `${bandText(before)} → ${bandText(after)}`);

function sideLine(label: string, side: SideFacts): string {
  const { answered, shown: asked } = side.completeness;
  return `- **${label}:** ${esc(side.file)}: ${esc(side.organisation)}, ${side.date === null ? 'no date given' : esc(side.date)}, bank ${esc(side.bank.id)} ${esc(side.bank.version)}, ${answered} of ${asked} questions answered`;
}

function gapList(gaps: GapChange[], none: string): string[] {
  if (gaps.length === 0) return [none, ''];
  return [...gaps.map((g) => `- **${esc(g.title)}:** ${cellText(g.before)} → ${cellText(g.after)}`), ''];
}

export function render(comparison: Comparison): string {
  const { before, after, overall } = comparison;
  const percent = (side: SideFacts) => Math.round(side.completeness.ratio * 100);
  const notices = [
    ...(comparison.comparable ? [] : [`**The method changed; numbers may not be comparable.** ${comparison.reasons.map(sentence).join(' ')}`]),
    ...comparison.warnings.map((w) => `**Check:** ${sentence(w)}`),
  ];
  const out: string[] = [
    '<!-- markdownlint-disable-file MD013 -->',
    '',
    `# ${esc(headingText(`Progress: ${after.organisation}`))}`,
    '',
    ...(notices.length === 0 ? [] : [notices.map((n) => `> ${n}`).join('\n>\n'), '']),
    sideLine('Before', before),
    sideLine('After', after),
    '',
    '## Overall',
    '',
    ...markdownTable(
      ['Measure', 'Before', 'After', 'Change'],
      [
        ['Score', scoreText(overall.before.score), scoreText(overall.after.score), scoreChangeText(overall.before, overall.after)],
        ['Band', bandText(overall.before), bandText(overall.after), bandChangeText(overall.before, overall.after)],
        ['Completeness', `${percent(before)}%`, `${percent(after)}%`, `${signed(percent(before), percent(after))} points`],
      ],
    ),
    '## By recommendation',
    '',
    ...markdownTable(
      ['Recommendation', 'Before', 'After', 'Change', 'Band'],
      comparison.recommendations.map((r) => [
        esc(r.title),
        cellText(r.before),
        cellText(r.after),
        scoreChangeText(r.before, r.after),
        bandChangeText(r.before, r.after),
      ]),
    ),
    '## Gaps closed',
    '',
    'Recommendations that have reached the top band since the first assessment.',
    '',
    ...gapList(comparison.gapsClosed, 'None.'),
    '## Gaps opened',
    '',
    'Recommendations that were in the top band and have fallen below it.',
    '',
    ...gapList(comparison.gapsOpened, 'None.'),
    '## Answers that changed',
    '',
  ];
  if (comparison.answersChanged.length === 0) out.push('No answer changed.', '');
  else
    out.push(
      ...markdownTable(
        ['Question', 'Before', 'After'],
        comparison.answersChanged.map((a) => [esc(a.prompt), esc(a.before), esc(a.after)]),
      ),
    );
  return out.join('\n').replace(/\s*$/, '\n');
}

/** A reason or warning as a sentence: capital first letter, full stop last. */
function sentence(text: string): string {
  const escaped = esc(text);
  return `${escaped.charAt(0).toUpperCase()}${escaped.slice(1)}${/[.!?]$/.test(escaped) ? '' : '.'}`;
}
