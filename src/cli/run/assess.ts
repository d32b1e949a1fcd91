// `ce-plan assess FILES…`: one report per answer file. A bad file gets its findings and no report, and
// every other file is still assessed. Large batches run on worker threads, results in input order.
import type { AssessOptions } from '../commands/assess.js';
import { join, resolve } from 'node:path';
import { isCalendarDate } from '../../core/calendar-date.js';
import { InterruptedError, UsageError } from '../../core/errors.js';
import { reportFileName } from '../../format/report/index.js';
import { isFormExport } from '../../io/form-files.js';
import { expandInputs } from '../../io/inputs.js';
import { reportStem } from '../../io/paths.js';
import { readFileSource } from '../../io/read-source.js';
import { readReportTemplates } from '../../io/report-template.js';
import { exists, removeStagingFolder, writeFileAtomic } from '../../io/write-file.js';
import type { AnswerSource } from '../../batch/parse-worker.js';
import { runInOrder, type BatchPlan } from '../../batch/run-in-order.js';
import type { BankCache } from '../../pipeline/load-bank.js';
import type { AssessSettings, FileOutcome } from '../assess-file.js';
import { displayPath, type Io } from '../host.js';
import { progressBar } from '../progress.js';
import { styleFor } from '../style.js';

/** What stops a batch early: Ctrl-C, and the TERM a CI job gets at its time limit. Either exits 130. */
const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

/** Below this many files, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 64;

export async function run(io: Io, inputs: string[], options: AssessOptions): Promise<number> {
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new UsageError(`--date must be a date like 2026-11-20, not "${options.date}"`);
  const expanded = await expandInputs(inputs);
  // Form exports (a spreadsheet, SurveyJS results) stand for one answer file per response.
  const forms = expanded.some(isFormExport) ? await (await import('./assess-forms.js')).formInputs(io, expanded, options) : undefined;
  const files = forms?.entries ?? expanded;
  await checkOutputs(io, files, options, forms?.stemOf);
  // Named per run, so no other run's folder (or a stale memory of one) is ever reused.
  const stagingRoot = join(options.outDir, `.ce-plan-${io.pid}-${Math.random().toString(36).slice(2)}.staging`);
  const settings: AssessSettings = {
    outDir: options.outDir,
    formats: options.format,
    templates: await readReportTemplates(options.format, options.template),
    force: options.force === true,
    bank: options.bank,
    date: options.date,
    cohort: options.summary !== undefined,
    stagingRoot,
  };

  const style = await styleFor(io.stderr, io.env);
  const { formatStylish } = await import('../../format/lint/stylish.js');
  const progress = progressBar(io.stderr, files.length, 'assessing');
  // Ctrl-C (or a CI job's timeout) stops the batch between files, so the staging folder is removed and
  // every report already written is whole.
  const interrupt = new AbortController();
  const stopListening = io.onSignals(INTERRUPTS, () => interrupt.abort());
  const outcomes = runInOrder<FileOutcome>(files, forms ? forms.plan(settings) : await planFor(io, files, settings), interrupt.signal);

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
        const shown = outcome.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
        io.stderr.write(formatStylish(shown, { style, filesChecked: 1 }));
      }
      if (outcome.failure) io.stderr.write(`ce-plan: ${outcome.failure.message}\n`);
      progress.tick();
      if (outcome.written.length === 0) {
        failed++;
        exitCode = Math.max(exitCode, outcome.failure?.exitCode ?? 1);
        continue;
      }
      // Under a progress bar on the same terminal, a line per report would bury it: the total comes at the end.
      if (!(progress.visible && io.stdout.isTTY)) for (const path of outcome.written) io.stdout.write(`wrote ${displayPath(path, io.cwd)}\n`);
      if (outcome.cohort) cohort.push(outcome.cohort);
      if (options.failUnder !== undefined && outcome.overall !== null && outcome.overall < options.failUnder) {
        underFloor.push(`${displayPath(outcome.file, io.cwd)} (${Math.round(outcome.overall * 10) / 10})`);
      }
    }
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    progress.clear();
    io.stderr.write(`ce-plan: interrupted after ${seen} of ${files.length} files; the reports written are complete\n`);
    return 130;
  } finally {
    stopListening();
    removeStagingFolder(stagingRoot);
  }
  progress.clear();

  // On a terminal, say how the batch went; piped output stays quiet.
  if (progress.visible)
    io.stderr.write(
      `assessed ${files.length - failed} of ${files.length} files${failed ? `; ${failed} failed` : ''}; reports in ${displayPath(options.outDir, io.cwd)}\n`,
    );
  if (options.summary !== undefined) {
    if (await writeSummary(io, options.summary, cohort, options.force === true)) io.stdout.write(`wrote ${displayPath(options.summary, io.cwd)}\n`);
    else io.stderr.write('ce-plan: no summary written: no answer file was assessed\n');
  }
  if (underFloor.length > 0) {
    io.stderr.write(`ce-plan: ${underFloor.length} scored under --fail-under ${options.failUnder}: ${underFloor.join(', ')}\n`);
    exitCode = Math.max(exitCode, 1);
  }
  return Math.max(exitCode, forms?.exitCode ?? 0);
}

/**
 * Large batches run on two worker threads, one parsing (this thread reads each file as it hands it out),
 * one doing the rest. Even on one core: this thread then stays free to take Ctrl-C, which a batch running
 * here would not see until its end. Worker threads load the assessing code themselves: this thread loads
 * it only to assess on its own, as loading it first would hold back the workers' start.
 */
async function planFor(io: Io, files: readonly string[], settings: AssessSettings): Promise<BatchPlan<FileOutcome>> {
  if (files.length >= WORKER_THRESHOLD && !files.includes('-')) {
    return {
      stages: [new URL('../../batch/parse-worker.js', import.meta.url), new URL('../../batch/assess-worker.js', import.meta.url)],
      settings,
      prepare: (file): AnswerSource => ({ file, text: readFileSource(file) }),
    };
  }
  const { assessFile } = await import('../assess-file.js');
  const cache: BankCache = new Map();
  return { here: (file) => assessFile(file, cache, settings, io.stdin) };
}

/** The cohort summary of every file assessed; one bank per summary, so the columns mean the same. */
async function writeSummary(io: Io, file: string, cohort: NonNullable<FileOutcome['cohort']>[], force: boolean): Promise<boolean> {
  const banks = [...new Set(cohort.map((c) => c.bankFile))];
  if (banks.length > 1)
    throw new UsageError(
      `--summary needs every answer file to use one bank, but these use ${banks.map((b) => displayPath(b, io.cwd)).join(' and ')}; use --bank, or assess them separately`,
    );
  if (banks[0] === undefined) return false;
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { summariseCohort } = await import('../../core/cohort.js');
  const { renderSummary, summaryFormatFor } = await import('../../format/summary/index.js');
  const { bank } = await loadBank(banks[0]);
  const summary = summariseCohort(
    bank,
    cohort.map((c) => c.entry),
  );
  await writeFileAtomic(file, await renderSummary(summary, summaryFormatFor(file)), { overwrite: force });
  return true;
}

/**
 * Before anything is written: two inputs that would write the same report are an error, and so is a
 * summary that would land on a report or, without --force, on a file that exists.
 */
async function checkOutputs(io: Io, files: readonly string[], options: AssessOptions, stemOf = reportStem): Promise<void> {
  const seen = new Map<string, string>();
  for (const file of files) {
    const stem = stemOf(file);
    const other = seen.get(stem);
    if (other !== undefined) {
      throw new UsageError(
        `${displayPath(other, io.cwd)} and ${displayPath(file, io.cwd)} would both write ${join(options.outDir, stem)}.*; rename one or assess them separately`,
      );
    }
    seen.set(stem, file);
  }
  if (options.summary === undefined) return;
  const summary = resolve(io.cwd, options.summary);
  const clash = [...seen.keys()]
    .flatMap((stem) => options.format.map((format) => join(options.outDir, reportFileName(stem, format))))
    .find((path) => resolve(io.cwd, path) === summary);
  if (clash !== undefined) throw new UsageError(`--summary ${options.summary} would overwrite the report ${clash}; choose another name`);
  if (!options.force && (await exists(options.summary))) throw new UsageError(`${options.summary} already exists; use --force to overwrite it`);
}
