// What `assess` says as a batch runs and ends, worded in one place: the run (cli/run/assess.ts) and its
// tally (cli/run/assess-tally.ts) decide what is said, these functions say it. Paths come in as the user
// gave them; every one is made safe for a terminal here.
import { counted } from './counted.js';
import { terminalText } from './terminal-text.js';

const shown = (path: string) => terminalText(path);

/** "wrote reports/northfield.md" */
export const wroteLine = (path: string) => `wrote ${shown(path)}\n`;

/** A failure of one file or organisation (an existing report, a disk that cannot be written). */
export const failureLine = (message: string) => `ce-plan: ${terminalText(message)}\n`;

/** What --anonymise left out of a combined report, said before it is written. */
export const anonymityNote = (note: string) => `ce-plan: warning: ${terminalText(note)}\n`;

export const stoppingLine = 'ce-plan: stopping once the files under way are done (interrupt again to stop at once)\n';

/** "3 reports written (each listed above)" */
export const reportsWritten = (written: number, listed: boolean) =>
  `${counted(written, 'report')} written${written > 0 && listed ? ' (each listed above)' : ''}`;

/** How to finish a run a signal stopped. */
const toFinish = (force: boolean) => `To finish, run the same command again with --skip-existing${force ? ' in place of --force' : ''}`;

export interface Stopped {
  /** Files handed out and done, and how many in all. */
  seen: number;
  total: number;
  reports: string;
  summary: boolean;
  force: boolean;
}

export function interruptedLine({ seen, total, reports, summary, force }: Stopped): string {
  const rest = total - seen;
  return (
    `ce-plan: interrupted after ${seen} of ${total} files: ${reports}, every one whole; ${counted(rest, 'file')} not assessed` +
    `${summary ? ', and no summary written' : ''}. ${toFinish(force)}: it keeps the reports written and writes the rest\n`
  );
}

export function interruptedCombiningLine({ written, left, summary, force }: { written: number; left: number; summary: boolean; force: boolean }): string {
  return (
    `ce-plan: interrupted while writing the combined reports: ${written} written, every one whole; ${counted(left, 'organisation')} without a report` +
    `${summary ? ', and no summary written' : ''}. ${toFinish(force)}\n`
  );
}

/** A disk that cannot be written stopped the batch (its first failure, above, says why). */
export function unwritableLine(outDir: string, done: string, left: number, what: 'file' | 'organisation'): string {
  const rest = what === 'file' ? `${counted(left, 'file')} not assessed` : `${counted(left, 'organisation')} without a report`;
  return `ce-plan: stopped: no report can be written to ${shown(outDir)} (above); ${done}, ${rest}\n`;
}

/** On a terminal, how the batch went: "assessed 9 of 10 files; 1 failed; reports in reports". */
export function assessedLine({ total, failed, kept, outDir }: { total: number; failed: number; kept: number; outDir: string }): string {
  const keptText = kept > 0 ? `; ${counted(kept, 'existing report')} kept` : '';
  return `assessed ${total - failed} of ${total} files${failed ? `; ${failed} failed` : ''}${keptText}; reports in ${shown(outDir)}\n`;
}

export const summaryLeavesOutLine = (left: number, total: number) =>
  `ce-plan: the summary leaves out ${left} of ${total} answer files, which failed (above); it names them under "Not included"\n`;

export const noSummaryLine = 'ce-plan: no summary written: no answer file was assessed\n';

/**
 * "2 scored under --fail-under 40: reports/a.md (31.5), reports/b.md (12)": `count` in all, the first of
 * them named (a batch of thousands names a few, then says how many more).
 */
export function underFloorLine(floor: number, count: number, first: readonly { name: string; score: number }[]): string {
  const listed = first.map(({ name, score }) => `${shown(name)} (${Math.round(score * 10) / 10})`).join(', ');
  return `ce-plan: ${count} scored under --fail-under ${floor}: ${listed}${count > first.length ? `, and ${count - first.length} more` : ''}\n`;
}

/** A template that called process.exit() (or ran out of memory) ended its thread. */
export const templateEnded = (template: string, exitCode: number) =>
  `the report template ${template} ended its worker thread (exit code ${exitCode}), as process.exit() does; a template is code (see the README), and no report was written for the files it was working on`;

/** What a form export's reading decided (the order of its dates), once per export. */
export const noteLine = (file: string, note: string) => `${shown(file)}: ${terminalText(note)}\n`;

/** On a terminal, how an import went: "imported 9 of 10 responses; 1 failed; answer files in groups". */
export const importedLine = (written: number, total: number, failed: number, outDir: string) =>
  `imported ${written} of ${total} responses${failed ? `; ${failed} failed` : ''}; answer files in ${shown(outDir)}\n`;
