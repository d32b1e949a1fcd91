// Progress between two assessments as one Markdown page (docs/compare.md), in the comparison's language.
// Text from the banks and the answer files goes through escapeMarkdown; numbers are shown rounded, and
// each change is the difference of the rounded numbers beside it, so a row always adds up for the reader.
import type { ScoreCell } from '../../core/cohort.js';
import type { Comparison, GapChange, SideFacts } from '../../core/compare.js';
import type { ActionProgress, TrackerProgress } from '../../core/progress.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import { headingText } from '../headings.js';
import { codeSpan, escapeMarkdown as esc } from '../markdown-escape.js';
import { markdownTable } from '../markdown-table.js';
import { bandText, scoreCellText, scoreText } from '../score-text.js';
import { sentence, sideWords, signedChange as signed, statusWords, trackerLine } from './words.js';

export function render(comparison: Comparison): string {
  const words = wordsFor(comparison.lang);
  const w = words.compare;
  const cellText = (cell: ScoreCell) => scoreCellText(cell, w.notAssessed);
  const scoreChangeText = (before: ScoreCell, after: ScoreCell) => signed(before.score, after.score);
  const bandChangeText = (before: ScoreCell, after: ScoreCell) =>
    before.band?.id === after.band?.id ? w.same : `${bandText(before, w.notAssessed)} → ${bandText(after, w.notAssessed)}`;
  const sideLine = (label: string, side: SideFacts) => `- **${label}:** ${sideWords(side, codeSpan(side.file), words, esc)}`;
  const gapList = (gaps: GapChange[]) =>
    gaps.length === 0 ? [w.none, ''] : [...gaps.map((g) => `- **${esc(g.title)}:** ${cellText(g.before)} → ${cellText(g.after)}`), ''];

  const { before, after, overall } = comparison;
  const percent = (side: SideFacts) => Math.round(side.completeness.ratio * 100);
  const asSentence = (text: string) => sentence(esc(text));
  const notices = [
    ...(comparison.comparable ? [] : [`**${w.methodChanged}** ${comparison.reasons.map(asSentence).join(' ')}`]),
    ...comparison.warnings.map((warning) => `**${w.check}** ${asSentence(warning)}`),
  ];
  const out: string[] = [
    '<!-- markdownlint-disable-file MD013 -->',
    '',
    `# ${esc(headingText(w.title(after.organisation)))}`,
    '',
    ...(notices.length === 0 ? [] : [notices.map((n) => `> ${n}`).join('\n>\n'), '']),
    sideLine(w.before, before),
    sideLine(w.after, after),
    '',
    `## ${w.overall}`,
    '',
    ...markdownTable(
      [w.measure, w.before, w.after, w.change],
      [
        [w.score, scoreText(overall.before.score), scoreText(overall.after.score), scoreChangeText(overall.before, overall.after)],
        [w.band, bandText(overall.before, w.notAssessed), bandText(overall.after, w.notAssessed), bandChangeText(overall.before, overall.after)],
        [w.completeness, `${percent(before)}%`, `${percent(after)}%`, w.points(signed(percent(before), percent(after)))],
      ],
    ),
    ...progressLines(comparison.progress, words, cellText),
    `## ${w.byRecommendation}`,
    '',
    w.largestFirst,
    '',
    ...markdownTable(
      [w.recommendation, w.before, w.after, w.change, w.band],
      comparison.recommendations.map((r) => [
        esc(r.title),
        cellText(r.before),
        cellText(r.after),
        scoreChangeText(r.before, r.after),
        bandChangeText(r.before, r.after),
      ]),
    ),
    `## ${w.gapsClosed}`,
    '',
    w.gapsClosedText,
    '',
    ...gapList(comparison.gapsClosed),
    `## ${w.gapsOpened}`,
    '',
    w.gapsOpenedText,
    '',
    ...gapList(comparison.gapsOpened),
    `## ${w.answersChanged}`,
    '',
  ];
  if (comparison.answersChanged.length === 0) out.push(w.noAnswerChanged, '');
  else
    out.push(
      ...markdownTable(
        [w.question, w.before, w.after],
        comparison.answersChanged.map((a) => [esc(a.prompt), esc(a.before), esc(a.after)]),
      ),
    );
  return out.join('\n').replace(/\s*$/, '\n');
}

/** "## Agreed actions": the tracker's line, each gap's verdict in a table, then each gap's actions. */
function progressLines(progress: TrackerProgress | null, words: Words, cellText: (cell: ScoreCell) => string): string[] {
  if (progress === null) return [];
  const w = words.compare;
  const columns = words.tracker.columns;
  /** An action's row: what it is, its status, and what the group wrote beside it. */
  const actionRow = (a: ActionProgress) => [esc(a.text), esc(statusWords(a, words)), esc(a.owner ?? ''), esc(a.targetDate ?? ''), esc(a.notes ?? '')];
  const actionHeader = [columns.Action, columns.Status, columns.Owner, columns['Target date'], columns.Notes];
  const out = [`## ${w.agreedActions}`, '', w.trackerLine(codeSpan(progress.file), esc(trackerLine(progress, words))), ''];
  if (progress.gaps.length === 0) out.push(w.noGaps, '');
  else {
    out.push(
      esc(w.gapsText),
      '',
      ...markdownTable(
        [columns.Gap, w.before, w.after, w.verdictColumn],
        progress.gaps.map((g) => [esc(w.gap(g.rank, g.title)), cellText(g.before), cellText(g.after), `**${esc(g.verdict)}**`]),
      ),
    );
  }
  for (const gap of progress.gaps) {
    out.push(`### ${esc(headingText(w.gap(gap.rank, gap.title)))}`, '', `**${esc(gap.verdict)}:** ${cellText(gap.before)} → ${cellText(gap.after)}.`, '');
    if (gap.actions.length === 0) out.push(w.noRow, '');
    else out.push(...markdownTable(actionHeader, gap.actions.map(actionRow)));
  }
  if (progress.other.length > 0) out.push(`### ${w.other}`, '', esc(w.otherText), '', ...markdownTable(actionHeader, progress.other.map(actionRow)));
  if (progress.gone.length > 0)
    out.push(
      `### ${w.gone}`,
      '',
      esc(w.goneText),
      '',
      ...markdownTable(
        [w.row, columns.ID, ...actionHeader],
        progress.gone.map((a) => [String(a.row), esc(a.id), ...actionRow(a)]),
      ),
    );
  return out;
}
