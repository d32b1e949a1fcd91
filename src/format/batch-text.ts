// What `assess` and `import` say as a batch runs and ends, in the language of the messages (the
// catalogue's `messages`): the run (cli/run/assess.ts) and its tally (cli/run/assess-tally.ts) decide what
// is said, these functions say it. Paths come in as the user gave them; every one is made safe for a
// terminal here.
import type { Words } from '../core/words/index.js';
import { terminalText } from './terminal-text.js';

type Messages = Words['messages'];

const shown = (path: string) => terminalText(path);

/** "wrote reports/northfield.md" */
export const wroteLine = (m: Messages, path: string) => `${m.wrote(shown(path))}\n`;

/** A failure of one file or organisation (an existing report, a disk that cannot be written). */
export const failureLine = (message: string) => `ce-plan: ${terminalText(message)}\n`;

/** A warning, such as what --anonymise left out of a combined report, said before it is written. */
export const warningLine = (m: Messages, note: string) => `ce-plan: ${m.warning}: ${terminalText(note)}\n`;

export const stoppingLine = (m: Messages) => `ce-plan: ${m.stopping}\n`;

/** "3 reports written (each listed above)" */
export const reportsWritten = (m: Messages, written: number, listed: boolean) => m.reportsWritten(written, listed);

export interface Stopped {
  /** Files handed out and done, and how many in all. */
  seen: number;
  total: number;
  reports: string;
  summary: boolean;
  force: boolean;
}

export function interruptedLine(m: Messages, { seen, total, reports, summary, force }: Stopped): string {
  return `ce-plan: ${m.interrupted(seen, total, reports, total - seen, summary, m.toFinish(force))}\n`;
}

export function interruptedCombiningLine(
  m: Messages,
  { written, left, summary, force }: { written: number; left: number; summary: boolean; force: boolean },
): string {
  return `ce-plan: ${m.interruptedCombining(written, left, summary, m.toFinish(force))}\n`;
}

/** A disk that cannot be written stopped the batch (its first failure, above, says why). */
export function unwritableLine(m: Messages, outDir: string, done: string, left: number, what: 'file' | 'organisation'): string {
  const rest = what === 'file' ? m.filesNotAssessed(left) : m.organisationsWithout(left);
  return `ce-plan: ${m.unwritable(shown(outDir), done, rest)}\n`;
}

/** On a terminal, how the batch went: "assessed 9 of 10 files; 1 failed; reports in reports". */
export function assessedLine(m: Messages, { total, failed, kept, outDir }: { total: number; failed: number; kept: number; outDir: string }): string {
  return `${m.assessed(total - failed, total, failed, kept, shown(outDir))}\n`;
}

export const summaryLeavesOutLine = (m: Messages, left: number, total: number) => `ce-plan: ${m.summaryLeavesOut(left, total)}\n`;

export const noSummaryLine = (m: Messages) => `ce-plan: ${m.noSummary}\n`;

/**
 * "2 scored under --fail-under 40: reports/a.md (31.5), reports/b.md (12)": `count` in all, the first of
 * them named (a batch of thousands names a few, then says how many more).
 */
export function underFloorLine(m: Messages, floor: number, count: number, first: readonly { name: string; score: number }[]): string {
  const listed = first.map(({ name, score }) => `${shown(name)} (${Math.round(score * 10) / 10})`).join(', ');
  return `ce-plan: ${m.underFloor(count, floor, listed, count - first.length)}\n`;
}

/** What a form export's reading decided (the order of its dates), once per export. */
export const noteLine = (file: string, note: string) => `${shown(file)}: ${terminalText(note)}\n`;

/** On a terminal, how an import went: "imported 9 of 10 responses; 1 failed; answer files in groups". */
export const importedLine = (m: Messages, written: number, total: number, failed: number, outDir: string) =>
  `${m.imported(written, total, failed, shown(outDir))}\n`;
