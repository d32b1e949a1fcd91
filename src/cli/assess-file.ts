// One answer file for `assess`, start to finish: the pipeline (parse, check, score, render), then its
// reports written, all or none. The main thread runs it for small batches; a large batch splits it
// across worker threads at the parse (src/batch/), so both behave alike.
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { cohortEntry, type CohortEntry } from '../core/cohort.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { CePlanError } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { reportFileName } from '../format/report/index.js';
import { reportStem } from '../io/paths.js';
import { readSource } from '../io/read-source.js';
import { exists, writeFileAtomic } from '../io/write-file.js';
import { parseAnswers, type ParsedAnswers } from '../pipeline/parse-answers.js';
import { assessParsed, reportsOf, type ReportSettings } from '../pipeline/assess.js';
import type { BankCache } from '../pipeline/load-bank.js';

export interface AssessSettings extends ReportSettings {
  outDir: string;
  force: boolean;
  bank?: string | undefined;
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

/** An answer file parsed, or why it could not be read or parsed, under its name. */
export interface ParsedFile {
  file: string;
  parsed: Result<ParsedAnswers>;
  /** The reports' name, where it is not the file's (a response of a form export). */
  stem?: string;
}

export async function assessFile(file: string, cache: BankCache, settings: AssessSettings, stdin?: NodeJS.ReadableStream): Promise<FileOutcome> {
  const text = await readSource(file, stdin);
  return assessParsedFile({ file, parsed: text.ok ? parseAnswers(file, text.value) : text }, cache, settings);
}

/** The rest of assessing a file once parsed: check, score, render and write. */
export async function assessParsedFile({ file, parsed, stem: given }: ParsedFile, cache: BankCache, settings: AssessSettings): Promise<FileOutcome> {
  const failed = (rest: Partial<FileOutcome>): FileOutcome => ({ file, diagnostics: [], written: [], overall: null, ...rest });
  if (!parsed.ok) return failed({ diagnostics: parsed.diagnostics });
  let warnings: Diagnostic[] = [];
  try {
    const assessed = await assessParsed(parsed.value, cache, { bank: settings.bank });
    if (!assessed.ok) return failed({ diagnostics: assessed.diagnostics });
    const { bank, content, assessment } = assessed.value;
    warnings = assessed.value.warnings;
    const stem = given ?? reportStem(file);
    const outputs = (await reportsOf({ ...assessed.value, bank: bank.bank }, settings)).map((r) => ({
      path: join(settings.outDir, reportFileName(stem, r.format)),
      text: r.text,
    }));
    await writeAll(outputs, settings);
    const cohort = settings.cohort ? { bankFile: bank.file, entry: cohortEntry(bank.bank, content, stem, assessment) } : undefined;
    return { file, diagnostics: warnings, written: outputs.map((o) => o.path), overall: assessment.overall.score, ...(cohort ? { cohort } : {}) };
  } catch (error) {
    // A known error (a report that exists, a folder that cannot be written, a template that fails) fails
    // this file with its message; anything else is a bug and goes up.
    if (!(error instanceof CePlanError)) throw error;
    return failed({ diagnostics: warnings, failure: { message: error.message, exitCode: error.exitCode } });
  }
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
