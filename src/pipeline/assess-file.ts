// One answer file (or one response of a form export) for `assess`, start to finish: the pipeline (check,
// score, render), then its reports written, all or none; or with --combine, checked and staged for its
// organisation's report (stage-checked.ts). The main thread runs it for small batches; a large batch, or
// any run with a --template, splits it across worker threads at the parse (src/batch/), so both behave
// alike, for answer files and form rows alike.
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { cohortEntry, type CohortEntry } from '../core/cohort.js';
import { isAgreementData } from '../core/agreement.js';
import { capFindings, START, type Diagnostic } from '../core/diagnostics.js';
import { CePlanError } from '../core/errors.js';
import { mapped } from '../core/lists.js';
import type { Language } from '../core/languages.js';
import type { Result } from '../core/result.js';
import { wordsFor } from '../core/words/index.js';
import { reportFileName, type ReportFormat } from '../format/report/index.js';
import { reportStem } from '../io/paths.js';
import { readSource } from '../io/read-source.js';
import { exists, WriteError, writeFilesAtomic, type FileToWrite } from '../io/write-file.js';
import { assessParsed, checkParsed, reportsOf, type ReportSettings } from './assess.js';
import type { ParsedAgreement } from './agreements.js';
import type { BankCache } from './load-bank.js';
import type { ParsedAnswers } from './parse-answers.js';
import { readAnswers } from './read-answers.js';
import { stageChecked, type CheckedFile } from './stage-checked.js';

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
  /** With --combine, the key the staged answers are sealed with: in the run's memory only (src/io/staging.ts). */
  stagingKey?: string;
  /** `--combine`: check each file against its bank and stage it, for reports by organisation. */
  combine?: boolean;
  /** `--template FILE`, so that a worker's messages about the template name it. */
  templateName?: string;
  /** The language of the findings: the first of `--lang`, else English (messageLanguage); one for the whole batch, which one person reads. */
  messages: Language;
}

/** What the batch keeps of each file: small and plain, so it crosses threads and memory stays flat. */
interface Found {
  /** The input as the run names it: an answer file, or a form export's response ("responses.csv:3"). */
  file: string;
  /** Its findings, at most MAX_FINDINGS_PER_FILE of them: errors when it failed, warnings otherwise. */
  diagnostics: Diagnostic[];
}

/** The file failed: its findings say why, or `failure` does (an existing report, a disk that cannot be written). */
interface FailedFile extends Found {
  kind: 'failed';
  /** `stopsBatch` when the out dir cannot be written at all (read-only, full, no permission), so every later file would fail alike. */
  failure?: { message: string; exitCode: 1 | 2; stopsBatch?: true };
}

/** Assessed, and its reports are in place (written now, or kept with --skip-existing). */
interface ReportedFile extends Found {
  kind: 'reported';
  written: string[];
  /** With --skip-existing: the reports that were there already, kept as they are. */
  kept: string[];
  /** Unrounded overall score; null when nothing was assessed. */
  overall: number | null;
  /** With `settings.cohort`: the file's row of the cohort summary, and the bank it was scored on. */
  cohort?: { bankFile: string; entry: CohortEntry };
}

/** With --combine: checked, and its answers staged for its organisation's report. */
interface StagedFile extends Found {
  kind: 'staged';
  checked: CheckedFile;
}

/** An agreement file among the inputs: with --combine, parsed, for its organisation's report; without, left out with a note. */
interface AgreementInput extends Found {
  kind: 'agreement';
  agreement?: ParsedAgreement;
}

export type FileOutcome = FailedFile | ReportedFile | StagedFile | AgreementInput;

/** An answer file parsed, or why it could not be read or parsed, under the run's name for it. */
export interface ParsedFile {
  file: string;
  parsed: Result<ParsedAnswers>;
  /** The reports' name, where it is not the file's (a response of a form export). */
  stem?: string;
}

export async function assessFile(file: string, cache: BankCache, settings: AssessSettings, stdin?: NodeJS.ReadableStream): Promise<FileOutcome> {
  const words = wordsFor(settings.messages);
  const text = await readSource(file, words, stdin);
  return assessParsedFile({ file, parsed: text.ok ? await readAnswers(file, text.value, words) : text }, cache, settings);
}

/** The rest of assessing a file once parsed: check, score, render and write (or stage, with --combine). */
export async function assessParsedFile({ file, parsed, stem: given }: ParsedFile, cache: BankCache, settings: AssessSettings): Promise<FileOutcome> {
  const words = wordsFor(settings.messages);
  const failed = (diagnostics: Diagnostic[], failure?: FailedFile['failure']): FailedFile => ({
    kind: 'failed',
    file,
    diagnostics: capFindings(diagnostics, words),
    ...(failure === undefined ? {} : { failure }),
  });
  if (!parsed.ok) return failed(parsed.diagnostics);
  const { data, positions, source } = parsed.value;
  if (isAgreementData(data)) {
    // An agreement among the inputs (docs/agreement-files.md): with --combine, applied to its organisation's report.
    if (settings.combine && !('cells' in positions)) {
      // Read the quick way, it is read again by yaml: its findings, made later, need their places.
      const placed =
        'text' in positions ? (await import('./parse-yaml.js')).parseYaml(file, positions.text, words) : { ok: true as const, value: { positions } };
      if (!placed.ok) return failed(placed.diagnostics);
      return { kind: 'agreement', file, diagnostics: [], agreement: { file, data, positions: placed.value.positions, sha256: source.sha256 } };
    }
    const message = words.findings.agreementInBatch;
    return { kind: 'agreement', file, diagnostics: [{ file, ...START, severity: 'warning', rule: 'agreement-file', message }] };
  }
  let warnings: Diagnostic[] = [];
  try {
    const stem = given ?? reportStem(file);
    if (settings.combine) {
      // Every answer that fits is staged, hidden ones too: an agreed answer to a gate may open their question.
      const checked = await checkParsed(parsed.value, cache, { bank: settings.bank, words });
      if (!checked.ok) return failed(checked.diagnostics);
      const { bank, content, fitting, source } = checked.value;
      const staged = await stageChecked({ content, answers: [...fitting], source }, settings.stagingRoot, settings.stagingKey);
      const organisation = { name: content.organisation.name, area: content.organisation.area };
      return {
        kind: 'staged',
        file,
        diagnostics: capFindings(checked.value.warnings, words),
        checked: { file, bankFile: bank.file, organisation, stem, staged },
      };
    }
    const assessed = await assessParsed(parsed.value, cache, { bank: settings.bank, words });
    if (!assessed.ok) return failed(assessed.diagnostics);
    const { bank, content, assessment } = assessed.value;
    warnings = assessed.value.warnings;
    const diagnostics = capFindings(warnings, words);
    const pathOf = (format: ReportFormat) => join(settings.outDir, reportFileName(stem, format));
    const { kept, formats } = await formatsToWrite(settings, pathOf);
    const outputs =
      formats.length === 0
        ? []
        : mapped(await reportsOf({ ...assessed.value, sources: [assessed.value.source] }, { ...settings, formats }), (r) => ({
            path: pathOf(r.format),
            content: r.content,
          }));
    await writeAll(outputs, settings);
    const cohort = settings.cohort ? { bankFile: bank.file, entry: cohortEntry(bank.bank, content, stem, assessment) } : undefined;
    return {
      kind: 'reported',
      file,
      diagnostics,
      written: mapped(outputs, (o) => o.path),
      kept,
      overall: assessment.overall.score,
      ...(cohort ? { cohort } : {}),
    };
  } catch (error) {
    // A known error (a report that exists, a folder that cannot be written, a template that fails) fails
    // this file with its message; anything else is a bug and goes up.
    if (!(error instanceof CePlanError)) throw error;
    const stopsBatch = error instanceof WriteError && error.stopsBatch;
    return failed(warnings, { message: error.wording(words.messages), exitCode: error.exitCode, ...(stopsBatch ? { stopsBatch } : {}) });
  }
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
