// Progress between two assessments as one Markdown page (docs/compare.md). Text from the banks and the
// answer files goes through escapeMarkdown; numbers are shown rounded, and each change is the difference
// of the rounded numbers beside it, so a row always adds up for the reader.
import type { ScoreCell } from '../../core/cohort.js';
import type { Comparison, GapChange, SideFacts } from '../../core/compare.js';
import type { ActionProgress, TrackerProgress } from '../../core/progress.js';
import { headingText } from '../headings.js';
import { codeSpan, escapeMarkdown as esc } from '../markdown-escape.js';
import { markdownTable } from '../markdown-table.js';
import { bandText, scoreCellText, scoreText } from '../score-text.js';
import { GAPS_TEXT, GONE_TEXT, OTHER_TEXT, signedChange as signed, statusWords, trackerLine } from './words.js';

const cellText = (cell: ScoreCell) => scoreCellText(cell, 'not assessed');

const scoreChangeText = (before: ScoreCell, after: ScoreCell) => signed(before.score, after.score);
const bandChangeText = (before: ScoreCell, after: ScoreCell) => (before.band?.id === after.band?.id ? 'same' : `${bandText(before)} → ${bandText(after)}`);

function sideLine(label: string, side: SideFacts): string {
  const { answered, shown: asked } = side.completeness;
  return `- **${label}:** ${codeSpan(side.file)}: ${esc(side.organisation)}, ${side.date === null ? 'no date given' : esc(side.date)}, bank ${esc(side.bank.id)} ${esc(side.bank.version)}, ${answered} of ${asked} questions answered`;
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
    ...progressLines(comparison.progress),
    '## By recommendation',
    '',
    'Largest change first.',
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

/** An action's row: what it is, its status, and what the group wrote beside it. */
const actionRow = (a: ActionProgress) => [esc(a.text), esc(statusWords(a)), esc(a.owner ?? ''), esc(a.targetDate ?? ''), esc(a.notes ?? '')];
const ACTION_HEADER = ['Action', 'Status', 'Owner', 'Target date', 'Notes'];

/** "## Agreed actions": the tracker's line, each gap's verdict in a table, then each gap's actions. */
function progressLines(progress: TrackerProgress | null): string[] {
  if (progress === null) return [];
  const out = ['## Agreed actions', '', `The action tracker ${codeSpan(progress.file)} ${esc(trackerLine(progress))}`, ''];
  if (progress.gaps.length === 0) out.push('The first assessment had no gaps.', '');
  else {
    out.push(
      esc(GAPS_TEXT),
      '',
      ...markdownTable(
        ['Gap', 'Before', 'After', 'What was done, and how the score moved'],
        progress.gaps.map((g) => [esc(`Gap ${g.rank}: ${g.title}`), cellText(g.before), cellText(g.after), `**${esc(g.verdict)}**`]),
      ),
    );
  }
  for (const gap of progress.gaps) {
    out.push(`### ${esc(headingText(`Gap ${gap.rank}: ${gap.title}`))}`, '', `**${esc(gap.verdict)}:** ${cellText(gap.before)} → ${cellText(gap.after)}.`, '');
    if (gap.actions.length === 0) out.push('The tracker has no row for any of its actions.', '');
    else out.push(...markdownTable(ACTION_HEADER, gap.actions.map(actionRow)));
  }
  if (progress.other.length > 0)
    out.push('### Other actions and tasks', '', esc(OTHER_TEXT), '', ...markdownTable(ACTION_HEADER, progress.other.map(actionRow)));
  if (progress.gone.length > 0)
    out.push(
      '### Not in the bank now',
      '',
      esc(GONE_TEXT),
      '',
      ...markdownTable(
        ['Row', 'ID', ...ACTION_HEADER],
        progress.gone.map((a) => [String(a.row), esc(a.id), ...actionRow(a)]),
      ),
    );
  return out;
}

/** A reason or warning as a sentence: capital first letter, full stop last. */
function sentence(text: string): string {
  const escaped = esc(text);
  return `${escaped.charAt(0).toUpperCase()}${escaped.slice(1)}${/[.!?]$/.test(escaped) ? '' : '.'}`;
}
