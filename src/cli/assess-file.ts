// One answer file for `assess`, start to finish: the pipeline (parse, check, score, render), then its
// reports written, all or none. The main thread runs it for small batches; a large batch splits it
// across worker threads at the parse (src/batch/), so both behave alike.
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { cohortEntry, type CohortEntry } from '../core/cohort.js';
import { capFindings, type Diagnostic } from '../core/diagnostics.js';
import { CePlanError } from '../core/errors.js';
import type { Result } from '../core/result.js';
import type { AnswerFile } from '../core/schema.js';
import type { Answer } from '../core/visibility.js';
import { reportFileName, type ReportFormat } from '../format/report/index.js';
import { reportStem } from '../io/paths.js';
import { readSource } from '../io/read-source.js';
import { exists, WriteError, writeFileAtomic, writeFilesAtomic, type FileToWrite } from '../io/write-file.js';
import { parseAnswers, type ParsedAnswers } from '../pipeline/parse-answers.js';
import { assessParsed, reportsOf, type ReportSettings } from '../pipeline/assess.js';
import type { BankCache } from '../pipeline/load-bank.js';

export interface AssessSettings extends ReportSettings {
  outDir: string;
  force: boolean;
  /** `--skip-existing`: a report that exists is kept as it is, and the file still assessed (for --summary and --fail-under). */
  skipExisting?: boolean;
  bank?: string | undefined;
  /** Keep each file's cohort entry, for `--summary`. */
  cohort?: boolean;
  /** A folder in the out dir, made and removed by the batch, where each thread stages its temp files. */
  stagingRoot?: string;
  /** `--combine`: check each file against its bank and hand it back, for reports by organisation. */
  combine?: boolean;
  /** `--template FILE`, so that a worker's messages about the template name it. */
  templateName?: string;
}

/** What the batch keeps of each file: small and plain, so it crosses threads and memory stays flat. */
export interface FileOutcome {
  file: string;
  /** Whether the file was assessed and its reports are in place (written now, or kept with --skip-existing). */
  ok: boolean;
  /** Findings for this file, at most MAX_FINDINGS_PER_FILE of them: errors when it failed, warnings otherwise. */
  diagnostics: Diagnostic[];
  /**
   * Set when the file failed for a reason other than its findings (an existing report, say); `stopsBatch`
   * when the out dir cannot be written at all (read-only, full, no permission), so every later file would fail alike.
   */
  failure?: { message: string; exitCode: 1 | 2; stopsBatch?: true };
  written: string[];
  /** With --skip-existing: the reports that were there already, kept as they are. */
  kept: string[];
  /** Unrounded overall score; null when nothing was assessed or the file failed. */
  overall: number | null;
  /** With `settings.cohort`: the file's row of the cohort summary, and the bank it was scored on. */
  cohort?: { bankFile: string; entry: CohortEntry };
  /** With `settings.combine`: the file checked, its answers as plain data, and the bank it names. */
  checked?: CheckedFile;
}

/**
 * An answer file checked against its bank, for `--combine` to group with its organisation's other
 * respondents. Its content and answers wait on disk, in the batch's staging folder, until their group is
 * reported: an organisation's files may come anywhere in a batch, and memory stays flat however many.
 */
export interface CheckedFile {
  file: string;
  bankFile: string;
  /** The organisation, as the answer file names it. */
  organisation: { name: string; area?: string | undefined };
  /** The name of the reports the file would get on its own (an organisation it alone answers for keeps it). */
  stem: string;
  /** The staged JSON of {@link CheckedAnswers}. */
  staged: string;
}

/** What a {@link CheckedFile} holds, once parsed. */
export interface CheckedAnswers {
  content: AnswerFile;
  answers: [string, Answer][];
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
  const failed = (rest: Partial<FileOutcome>): FileOutcome => ({
    file,
    ok: false,
    written: [],
    kept: [],
    overall: null,
    ...rest,
    diagnostics: capFindings(rest.diagnostics ?? []),
  });
  if (!parsed.ok) return failed({ diagnostics: parsed.diagnostics });
  let warnings: Diagnostic[] = [];
  try {
    const assessed = await assessParsed(parsed.value, cache, { bank: settings.bank });
    if (!assessed.ok) return failed({ diagnostics: assessed.diagnostics });
    const { bank, content, assessment } = assessed.value;
    warnings = assessed.value.warnings;
    if (settings.combine)
      return {
        file,
        ok: true,
        diagnostics: capFindings(warnings),
        written: [],
        kept: [],
        overall: null,
        checked: {
          file,
          bankFile: bank.file,
          organisation: { name: content.organisation.name, area: content.organisation.area },
          stem: given ?? reportStem(file),
          staged: await stageChecked({ content, answers: [...assessed.value.answers] }, settings),
        },
      };
    const stem = given ?? reportStem(file);
    const pathOf = (format: ReportFormat) => join(settings.outDir, reportFileName(stem, format));
    const { kept, formats } = await formatsToWrite(settings, pathOf);
    const outputs =
      formats.length === 0
        ? []
        : (await reportsOf({ ...assessed.value, bank: bank.bank }, { ...settings, formats })).map((r) => ({ path: pathOf(r.format), content: r.content }));
    await writeAll(outputs, settings);
    const cohort = settings.cohort ? { bankFile: bank.file, entry: cohortEntry(bank.bank, content, stem, assessment) } : undefined;
    return {
      file,
      ok: true,
      diagnostics: capFindings(warnings),
      written: outputs.map((o) => o.path),
      kept,
      overall: assessment.overall.score,
      ...(cohort ? { cohort } : {}),
    };
  } catch (error) {
    // A known error (a report that exists, a folder that cannot be written, a template that fails) fails
    // this file with its message; anything else is a bug and goes up.
    if (!(error instanceof CePlanError)) throw error;
    const stopsBatch = error instanceof WriteError && error.stopsBatch;
    return failed({ diagnostics: warnings, failure: { message: error.message, exitCode: error.exitCode, ...(stopsBatch ? { stopsBatch } : {}) } });
  }
}

let checkedCount = 0;

/** Writes a checked file's answers to the staging folder, whole, under a name no other thread uses. */
async function stageChecked(checked: CheckedAnswers, { stagingRoot }: AssessSettings): Promise<string> {
  if (stagingRoot === undefined) throw new Error('--combine stages checked answers, so it needs a staging folder');
  const path = join(stagingRoot, 'checked', `${threadId}-${++checkedCount}.json`);
  await writeFileAtomic(path, JSON.stringify(checked), { stagingDir: join(stagingRoot, String(threadId)) });
  return path;
}

/** All of one file's reports or none: an existing report stops them all unless --force, and so does one that cannot be written. */
export async function writeAll(outputs: FileToWrite[], { force, stagingRoot }: AssessSettings): Promise<void> {
  const stagingDir = stagingRoot === undefined ? undefined : join(stagingRoot, String(threadId));
  await writeFilesAtomic(outputs, { overwrite: force, stagingDir });
}

/** The formats to write, and the reports `--skip-existing` keeps because they are there already. */
export async function formatsToWrite(
  settings: Pick<AssessSettings, 'formats' | 'skipExisting'>,
  pathOf: (format: ReportFormat) => string,
): Promise<{ kept: string[]; formats: ReportFormat[] }> {
  const kept: string[] = [];
  const formats: ReportFormat[] = [];
  for (const format of settings.formats) {
    if (settings.skipExisting && (await exists(pathOf(format)))) kept.push(pathOf(format));
    else formats.push(format);
  }
  return { kept, formats };
}
