// What a batch of `assess` adds up to, kept apart from the run that prints and writes: each file's and
// each organisation's outcome counted, then the exit code and the lines that end the batch. Pure: it
// touches no stream or file, and words nothing itself (format/batch-text.ts does).
import type { CohortEntry } from '../../core/cohort.js';
import * as say from '../../format/batch-text.js';
import type { FileOutcome } from '../../pipeline/assess-file.js';
import type { OrganisationOutcome } from '../../pipeline/combine-reports.js';
import type { CheckedFile } from '../../pipeline/stage-checked.js';
import type { ParsedAgreement } from '../../pipeline/agreements.js';
import { en } from '../../core/words/en.js';
import type { Words } from '../../core/words/index.js';

/** Why a batch ended before its last file: a signal, a disk that cannot be written, or an output that closed. */
export type Ending = 'interrupted' | 'unwritable' | 'output';

export interface TallySettings {
  /** Inputs handed to the batch (answer files and form rows). */
  total: number;
  outDir: string;
  failUnder: number | undefined;
  summary: boolean;
  force: boolean;
  /** Whether a progress bar stood in for the "wrote" lines. */
  progressShown: boolean;
  /** An input's or a report's path as messages show it. */
  display: (path: string) => string;
  /** The words of the messages: the first language of --lang, else English. */
  messages?: Words['messages'];
}

/** The --fail-under line names this many files, then says how many more. */
const UNDER_FLOOR_NAMED = 20;

/**
 * Counts, and lists only where they are needed: what a summary holds (with --summary) and what
 * --combine groups. A batch of any size keeps no list of every file for the messages it ends with.
 */
export class AssessTally {
  seen = 0;
  failed = 0;
  kept = 0;
  written = 0;
  /** With --summary: inputs that failed, which the summary names as left out of it. */
  readonly notIncluded: string[] = [];
  /** With --combine: the files checked and staged, for their organisations' reports. */
  readonly staged: CheckedFile[] = [];
  /** With --combine: the agreement files among the inputs, parsed. */
  readonly agreements: ParsedAgreement[] = [];
  readonly cohort: { bankFile: string; entry: CohortEntry }[] = [];
  /** The first message that the out dir cannot be written, when one said so. */
  unwritable: string | undefined;
  private exitCode = 0;
  private underFloor = 0;
  /** The first few under --fail-under, for the line that names them. */
  private readonly underFloorNamed: { name: string; score: number }[] = [];

  private readonly m: Words['messages'];

  constructor(private readonly settings: TallySettings) {
    this.m = settings.messages ?? en.messages;
  }

  /** An exit code the run decided elsewhere (a form export with a column that matches nothing: 1). */
  atLeast(code: number): void {
    this.exitCode = Math.max(this.exitCode, code);
  }

  /** Counts a file. `showFailure` is false for a failure the first unwritable one already said; `stop` when the out dir proved unwritable. */
  file(outcome: FileOutcome): { showFailure: boolean; stop: boolean } {
    this.seen++;
    if (outcome.kind === 'staged') {
      this.staged.push(outcome.checked);
      return { showFailure: false, stop: false };
    }
    if (outcome.kind === 'agreement') {
      if (outcome.agreement !== undefined) this.agreements.push(outcome.agreement);
      return { showFailure: false, stop: false };
    }
    if (outcome.kind === 'reported') {
      this.written += outcome.written.length;
      this.kept += outcome.kept.length;
      if (outcome.cohort) this.cohort.push(outcome.cohort);
      this.scored(() => this.settings.display(outcome.file), outcome.overall);
      return { showFailure: false, stop: false };
    }
    this.failed++;
    if (this.settings.summary) this.notIncluded.push(this.settings.display(outcome.file));
    this.atLeast(outcome.failure?.exitCode ?? 1);
    const repeat = this.unwritable !== undefined && outcome.failure?.stopsBatch === true;
    const stop = outcome.failure?.stopsBatch === true && this.unwritable === undefined;
    if (stop) this.unwritable = outcome.failure!.message;
    return { showFailure: outcome.failure !== undefined && !repeat, stop };
  }

  /** Counts a combined organisation. */
  organisation(outcome: OrganisationOutcome): void {
    if (outcome.kind === 'failed') {
      this.failed += outcome.files.length;
      if (this.settings.summary) this.notIncluded.push(...outcome.files.map(this.settings.display));
      this.atLeast(outcome.exitCode);
      return;
    }
    this.written += outcome.written.length;
    this.kept += outcome.kept.length;
    this.cohort.push(outcome.cohort);
    this.scored(() => [...outcome.written, ...outcome.kept].map(this.settings.display).join(', '), outcome.overall);
  }

  private scored(name: () => string, overall: number | null): void {
    const floor = this.settings.failUnder;
    if (floor === undefined || overall === null || overall >= floor) return;
    if (this.underFloor++ < UNDER_FLOOR_NAMED) this.underFloorNamed.push({ name: name(), score: overall });
  }

  /**
   * How a batch that ended early ends: its closing line and exit code; undefined when it ran to its end.
   * `left` is the organisations without a report, once combined reports were being written.
   */
  endedEarly(ending: Ending | undefined, left = 0): { lines: string[]; exitCode: number } | undefined {
    const { total, outDir, summary, force } = this.settings;
    const reports = say.reportsWritten(this.m, this.written, !this.settings.progressShown);
    if (left > 0 && ending === undefined) {
      return { lines: [say.unwritableLine(this.m, outDir, this.m.written(this.written), left, 'organisation')], exitCode: Math.max(this.exitCode, 2) };
    }
    if (left > 0 && ending === 'interrupted') {
      return { lines: [say.interruptedCombiningLine(this.m, { written: this.written, left, summary, force })], exitCode: 130 };
    }
    // main turns a closed pipe into its own exit code, quietly.
    if (ending === 'output') return { lines: [], exitCode: 2 };
    if (ending === 'interrupted') return { lines: [say.interruptedLine(this.m, { seen: this.seen, total, reports, summary, force })], exitCode: 130 };
    if (ending === 'unwritable')
      return { lines: [say.unwritableLine(this.m, outDir, reports, total - this.seen, 'file')], exitCode: Math.max(this.exitCode, 2) };
    return undefined;
  }

  /** On a terminal, how the batch went. */
  assessedLine(): string | undefined {
    if (!this.settings.progressShown) return undefined;
    return say.assessedLine(this.m, { total: this.settings.total, failed: this.failed, kept: this.kept, outDir: this.settings.outDir });
  }

  /** What a summary written (or not) leaves to say. */
  summaryLines(written: boolean): string[] {
    if (!written) return [say.noSummaryLine(this.m)];
    return this.failed > 0 ? [say.summaryLeavesOutLine(this.m, this.failed, this.settings.total)] : [];
  }

  /** The last lines (scores under --fail-under) and the exit code of a batch that ran to its end. */
  finish(): { lines: string[]; exitCode: number } {
    if (this.underFloor === 0) return { lines: [], exitCode: this.exitCode };
    return { lines: [say.underFloorLine(this.m, this.settings.failUnder!, this.underFloor, this.underFloorNamed)], exitCode: Math.max(this.exitCode, 1) };
  }
}
