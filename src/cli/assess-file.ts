// One answer file, start to finish: read and parse, then check, score, render and write. The same
// functions run in the main thread for small batches and, one step to a thread, in worker threads for
// large ones, so both behave alike.
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { cohortEntry, type CohortEntry } from '../core/cohort.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { CePlanError } from '../core/errors.js';
import { scoreAssessment, type Assessment } from '../core/scoring.js';
import { renderReports, type ReportFormat } from '../format/reports.js';
import { checkAssessment, type BankCache, type LoadedAssessment } from '../io/load-assessment.js';
import { reportStem } from '../io/paths.js';
import { readAnswerFile, type ParsedAnswerFile, type ReadAnswerFile } from '../io/read-answers.js';
import { exists, writeFileAtomic } from '../io/write-file.js';

export interface AssessSettings {
  outDir: string;
  formats: readonly ReportFormat[];
  /** The report template's text, read once per batch. */
  template: string;
  force: boolean;
  bank?: string | undefined;
  date?: string | undefined;
  /** Keep each file's cohort entry, for `--summary`. */
  cohort?: boolean;
  /** A folder in the out dir, made and removed by the batch, where each thread stages its temp files. */
  stagingRoot?: string;
}

/** What the batch keeps of each file: small and plain, so it crosses threads and memory stays flat. */
export interface FileOutcome {
  file: string;
  /** Findings for this file: errors when it failed, warnings otherwise. */
  diagnostics: Diagnostic[];
  /** Set when the file failed for a reason other than its findings (an existing report, say). */
  failure?: { message: string; exitCode: 1 | 2 };
  written: string[];
  /** Unrounded overall score; null when nothing was assessed or the file failed. */
  overall: number | null;
  /** With `settings.cohort`: the file's row of the cohort summary, and the bank it was scored on. */
  cohort?: { bankFile: string; entry: CohortEntry };
}

export type PreparedReports =
  | { ok: true; outputs: { path: string; text: string }[]; assessment: Assessment; loaded: LoadedAssessment }
  | { ok: false; diagnostics: Diagnostic[] };

/** Everything for one parsed answer file short of writing it: check, score, render. */
export async function prepareReports(parsed: ParsedAnswerFile, cache: BankCache, settings: Omit<AssessSettings, 'force'>): Promise<PreparedReports> {
  const loaded = await checkAssessment(parsed, cache, { bank: settings.bank });
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const { bank, content, answers } = loaded.value;
  const assessment = scoreAssessment(bank.bank, answers);
  const reports = renderReports({ bank: bank.bank, content, answers, assessment, date: settings.date }, settings.formats, settings.template);
  const outputs = reports.map((r) => ({ path: join(settings.outDir, `${reportStem(parsed.file)}.${r.format}`), text: r.text }));
  return { ok: true, outputs, assessment, loaded: loaded.value };
}

/** The rest of assessing a file once read: check, score, render and write. */
export async function assessRead({ file, read }: ReadAnswerFile, cache: BankCache, settings: AssessSettings): Promise<FileOutcome> {
  const failed = (rest: Partial<FileOutcome>): FileOutcome => ({ file, diagnostics: [], written: [], overall: null, ...rest });
  if (!read.ok) return failed({ diagnostics: read.diagnostics });
  let warnings: Diagnostic[] = [];
  try {
    const prepared = await prepareReports(read.value, cache, settings);
    if (!prepared.ok) return failed({ diagnostics: prepared.diagnostics });
    const { outputs, assessment, loaded } = prepared;
    warnings = loaded.warnings;
    await writeAll(outputs, settings);
    const written = outputs.map((o) => o.path);
    const cohort = settings.cohort ? { bankFile: loaded.bank.file, entry: cohortEntry(loaded.bank.bank, loaded.content, reportStem(file), assessment) } : undefined;
    return { file, diagnostics: warnings, written, overall: assessment.overall.score, ...(cohort ? { cohort } : {}) };
  } catch (error) {
    // A known error (a report that exists, a folder that cannot be written, a template that fails) fails
    // this file with its message; anything else is a bug and goes up.
    if (!(error instanceof CePlanError)) throw error;
    return failed({ diagnostics: warnings, failure: { message: error.message, exitCode: error.exitCode } });
  }
}

export async function assessFile(file: string, cache: BankCache, settings: AssessSettings, stdin?: NodeJS.ReadableStream): Promise<FileOutcome> {
  return assessRead(await readAnswerFile(file, stdin), cache, settings);
}

/** All of one file's reports or none: an existing report stops them all unless --force. */
async function writeAll(outputs: { path: string; text: string }[], { force, stagingRoot }: AssessSettings): Promise<void> {
  // With one report per file, the write's own link() refuses an existing file; with several, a check
  // first keeps an existing second report from leaving the first one written alone.
  if (!force && outputs.length > 1) {
    for (const { path } of outputs) {
      if (await exists(path)) throw new CePlanError(`${path} already exists; use --force to overwrite it`, 2);
    }
  }
  const stagingDir = stagingRoot === undefined ? undefined : join(stagingRoot, String(threadId));
  for (const { path, text } of outputs) await writeFileAtomic(path, text, { overwrite: force, stagingDir });
}
