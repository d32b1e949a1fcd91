// `ce-plan assess FILES…`: one report per answer file. A bad file gets its findings and no report, and
// every other file is still assessed. Large batches run on worker threads, results in input order.
import { join, resolve } from 'node:path';
import { isCalendarDate } from '../../core/calendar-date.js';
import { InterruptedError, UsageError } from '../../core/errors.js';
import { checkReportTemplate } from '../../format/report-md.js';
import type { ReportFormat } from '../../format/reports.js';
import { expandInputs } from '../../io/inputs.js';
import type { BankCache } from '../../io/load-assessment.js';
import { reportStem } from '../../io/paths.js';
import type { AnswerSource } from '../../io/read-answers.js';
import { readFileSource } from '../../io/read-source.js';
import { readReportTemplate } from '../../io/report-template.js';
import { exists, removeStagingFolder, writeFileAtomic } from '../../io/write-file.js';
import type { AssessSettings, FileOutcome } from '../assess-file.js';
import { runInOrder } from '../batch.js';
import { displayPath, styleFor, type Io } from '../io.js';
import { progressBar } from '../progress.js';

export interface AssessOptions {
  outDir: string;
  format: ReportFormat[];
  force?: boolean;
  bank?: string;
  template?: string;
  date?: string;
  summary?: string;
  failUnder?: number;
}

/** What stops a batch early: Ctrl-C, and the TERM a CI job gets at its time limit. Either exits 130. */
const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

/** Below this many files, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 64;

export async function run(io: Io, inputs: string[], options: AssessOptions): Promise<number> {
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new UsageError(`--date must be a date like 2026-11-20, not "${options.date}"`);
  const files = await expandInputs(inputs);
  await checkOutputs(files, options);
  const template = await readReportTemplate(options.template);
  checkReportTemplate(template, options.template ?? 'the built-in report template');
  // Named per run, so no other run's folder (or a stale memory of one) is ever reused.
  const stagingRoot = join(options.outDir, `.ce-plan-${process.pid}-${Math.random().toString(36).slice(2)}.staging`);
  const settings: AssessSettings = {
    outDir: options.outDir,
    formats: options.format,
    template,
    force: options.force === true,
    bank: options.bank,
    date: options.date,
    cohort: options.summary !== undefined,
    stagingRoot,
  };

  const style = await styleFor(io.stderr, io.env);
  const { formatStylish } = await import('../../format/lint-stylish.js');
  const progress = progressBar(io.stderr, files.length, 'assessing');
  // Large batches run on two worker threads, one parsing (this thread reads each file), one doing the
  // rest. Even on one core: this thread then stays free to take Ctrl-C, which a batch running here
  // would not see until its end.
  const pipeline = files.length >= WORKER_THRESHOLD && !files.includes('-');
  // Worker threads load the assessing code themselves: this thread needs it only to assess on its own,
  // and loading it first would hold back the workers' start.
  const runHere = pipeline ? inWorkersOnly : await assessHere(settings, io.stdin);
  // Ctrl-C (or a CI job's timeout) stops the batch between files, so the staging folder is removed and
  // every report already written is whole.
  const interrupt = new AbortController();
  const onSignal = () => interrupt.abort();
  for (const signal of INTERRUPTS) process.on(signal, onSignal);
  const outcomes = runInOrder<FileOutcome>(files, runHere, {
    stages: pipeline ? [new URL('../parse-worker.js', import.meta.url), new URL('../assess-worker.js', import.meta.url)] : [],
    settings,
    // This thread reads each file as it hands it out, so the parsing worker, the pipeline's busiest, only parses.
    prepare: (file): AnswerSource => ({ file, text: readFileSource(file) }),
    signal: interrupt.signal,
  });

  let seen = 0;
  let failed = 0;
  let exitCode = 0;
  const underFloor: string[] = [];
  const cohort: NonNullable<FileOutcome['cohort']>[] = [];
  try {
    for await (const outcome of outcomes) {
      seen++;
      if (outcome.diagnostics.length > 0 || outcome.failure) progress.clear();
      if (outcome.diagnostics.length > 0) {
        const shown = outcome.diagnostics.map((d) => ({ ...d, file: displayPath(d.file) }));
        io.stderr.write(formatStylish(shown, style, 1));
      }
      if (outcome.failure) io.stderr.write(`ce-plan: ${outcome.failure.message}\n`);
      progress.tick();
      if (outcome.written.length === 0) {
        failed++;
        exitCode = Math.max(exitCode, outcome.failure?.exitCode ?? 1);
        continue;
      }
      // Under a progress bar on the same terminal, a line per report would bury it: the total comes at the end.
      if (!(progress.visible && io.stdout.isTTY)) for (const path of outcome.written) io.stdout.write(`wrote ${displayPath(path)}\n`);
      if (outcome.cohort) cohort.push(outcome.cohort);
      if (options.failUnder !== undefined && outcome.overall !== null && outcome.overall < options.failUnder) {
        underFloor.push(`${displayPath(outcome.file)} (${Math.round(outcome.overall * 10) / 10})`);
      }
    }
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    progress.clear();
    io.stderr.write(`ce-plan: interrupted after ${seen} of ${files.length} files; the reports written are complete\n`);
    return 130;
  } finally {
    for (const signal of INTERRUPTS) process.off(signal, onSignal);
    removeStagingFolder(stagingRoot);
  }
  progress.clear();

  // On a terminal, say how the batch went; piped output stays quiet.
  if (progress.visible) io.stderr.write(`assessed ${files.length - failed} of ${files.length} files${failed ? `; ${failed} failed` : ''}; reports in ${displayPath(options.outDir)}\n`);
  if (options.summary !== undefined) {
    if (await writeSummary(options.summary, cohort, options.force === true)) io.stdout.write(`wrote ${displayPath(options.summary)}\n`);
    else io.stderr.write('ce-plan: no summary written: no answer file was assessed\n');
  }
  if (underFloor.length > 0) {
    io.stderr.write(`ce-plan: ${underFloor.length} scored under --fail-under ${options.failUnder}: ${underFloor.join(', ')}\n`);
    exitCode = Math.max(exitCode, 1);
  }
  return exitCode;
}

/** With worker threads, every file goes to them: runInOrder never calls this. */
const inWorkersOnly = (): Promise<FileOutcome> => Promise.reject(new Error('a file was assessed outside the worker threads'));

async function assessHere(settings: AssessSettings, stdin: NodeJS.ReadableStream): Promise<(file: string) => Promise<FileOutcome>> {
  const { assessFile } = await import('../assess-file.js');
  const cache: BankCache = new Map();
  return (file) => assessFile(file, cache, settings, stdin);
}

/** The cohort summary of every file assessed; one bank per summary, so the columns mean the same. */
async function writeSummary(file: string, cohort: NonNullable<FileOutcome['cohort']>[], force: boolean): Promise<boolean> {
  const banks = [...new Set(cohort.map((c) => c.bankFile))];
  if (banks.length > 1) throw new UsageError(`--summary needs every answer file to use one bank, but these use ${banks.map((b) => displayPath(b)).join(' and ')}; use --bank, or assess them separately`);
  if (banks[0] === undefined) return false;
  const { loadBank } = await import('../../io/load-bank.js');
  const { renderSummary, summaryFormatFor } = await import('../../format/summary.js');
  const { bank } = await loadBank(banks[0]);
  await writeFileAtomic(file, renderSummary(bank, cohort.map((c) => c.entry), summaryFormatFor(file)), { overwrite: force });
  return true;
}

/**
 * Before anything is written: two inputs that would write the same report are an error, and so is a
 * summary that would land on a report or, without --force, on a file that exists.
 */
async function checkOutputs(files: readonly string[], options: AssessOptions): Promise<void> {
  const seen = new Map<string, string>();
  for (const file of files) {
    const stem = reportStem(file);
    const other = seen.get(stem);
    if (other !== undefined) {
      throw new UsageError(`${displayPath(other)} and ${displayPath(file)} would both write ${join(options.outDir, stem)}.*; rename one or assess them separately`);
    }
    seen.set(stem, file);
  }
  if (options.summary === undefined) return;
  const summary = resolve(options.summary);
  const clash = [...seen.keys()].flatMap((stem) => options.format.map((format) => join(options.outDir, `${stem}.${format}`))).find((path) => resolve(path) === summary);
  if (clash !== undefined) throw new UsageError(`--summary ${options.summary} would overwrite the report ${clash}; choose another name`);
  if (!options.force && (await exists(options.summary))) throw new UsageError(`${options.summary} already exists; use --force to overwrite it`);
}
