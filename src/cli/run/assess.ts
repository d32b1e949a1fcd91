// `ce-plan assess FILES…`: one report per answer file. A bad file gets its findings and no report, and
// every other file is still assessed. Large batches, and any run with a --template (which is code), run
// on worker threads, results in input order.
import type { AssessOptions } from '../commands/assess.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isCalendarDate } from '../../core/calendar-date.js';
import { InputError, InterruptedError, UsageError } from '../../core/errors.js';
import type { TrackedAction } from '../../core/tracker.js';
import type { Result } from '../../core/result.js';
import { REPORT_FORMATS, reportFileName } from '../../format/report/index.js';
import { terminalText } from '../../format/terminal-text.js';
import { IdentityCache, IdentityIndex } from '../../io/file-identity.js';
import { builtInBankFiles } from '../../io/bank-files.js';
import { isFormExport } from '../../io/form-files.js';
import { expandInputs } from '../../io/inputs.js';
import { reportStem } from '../../io/paths.js';
import { readFileSource, readSource } from '../../io/read-source.js';
import { readReportTemplates } from '../../io/report-template.js';
import { exists, removeStagingFolder, writeFileAtomic } from '../../io/write-file.js';
import type { AnswerSource } from '../../batch/parse-worker.js';
import { runInOrder, WorkerExited, type BatchPlan } from '../../batch/run-in-order.js';
import type { BankCache } from '../../pipeline/load-bank.js';
import type { AssessSettings, CheckedFile, FileOutcome } from '../assess-file.js';
import { displayPath, type Io } from '../host.js';
import { withTracker } from '../options.js';
import { progressBar } from '../progress.js';
import { styleFor } from '../style.js';

/** What stops a batch early: Ctrl-C, and the TERM a CI job gets at its time limit. Either exits 130. */
const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

/** Below this many files, starting worker threads costs more than it saves (unless a --template runs). */
const WORKER_THRESHOLD = 64;

/** Why a batch ended before its last file. */
type Ending = 'interrupted' | 'unwritable' | 'output';

export async function run(io: Io, inputs: string[], given: AssessOptions): Promise<number> {
  // `--tracker` adds the action tracker to the formats each report is written in, all or none with them.
  const options = { ...given, format: withTracker(given.format, given.tracker) };
  if (options.date !== undefined && !isCalendarDate(options.date)) throw new UsageError(`--date must be a date like 2026-11-20, not "${options.date}"`);
  if (options.force && options.skipExisting) throw new UsageError('use --force (replace existing reports) or --skip-existing (keep them), not both');
  if (options.anonymise && !options.combine) throw new UsageError('--anonymise names the respondents of combined reports: use it with --combine');
  const expanded = await expandInputs(inputs);
  // Form exports (a spreadsheet, SurveyJS results) stand for one answer file per response.
  const forms = expanded.some(isFormExport) ? await (await import('./assess-forms.js')).formInputs(io, expanded, options) : undefined;
  const files = forms?.entries ?? expanded;
  const identities = new IdentityCache(io.cwd);
  const inputOf = await checkOutputs(io, { entries: files, read: expanded, stemOf: forms?.stemOf ?? reportStem }, options, identities);
  // Named per run, so no other run's folder (or a stale memory of one) is ever reused.
  const stagingRoot = join(options.outDir, `.ce-plan-${io.pid}-${Math.random().toString(36).slice(2)}.staging`);
  const previous = options.previousTracker === undefined ? undefined : await readPreviousTracker(io, options.previousTracker, files, options.combine === true);
  const settings: AssessSettings = {
    outDir: options.outDir,
    formats: options.format,
    templates: await readReportTemplates(options.format, options.template),
    ...(options.template === undefined ? {} : { templateName: options.template }),
    force: options.force === true,
    skipExisting: options.skipExisting === true,
    bank: options.bank,
    date: options.date,
    cohort: options.summary !== undefined,
    combine: options.combine === true,
    stagingRoot,
    ...(previous === undefined ? {} : { tracked: previous.actions }),
  };

  const style = await styleFor(io.stderr, io.env);
  const { formatStylish } = await import('../../format/lint/stylish.js');
  const progress = progressBar(io.stderr, files.length, 'assessing');
  // The first Ctrl-C (or a CI job's TERM) stops the batch between files: those under way finish, so every
  // report is whole and listed. A second stops it at once, for a file that never finishes (a template in
  // an endless loop). A closed output (`| head`) stops it at once, and quietly.
  const stop = new AbortController();
  const abort = new AbortController();
  let ending: Ending | undefined;
  let signals = 0;
  const stopListening = io.onSignals(INTERRUPTS, () => {
    ending ??= 'interrupted';
    if (signals++ === 0) {
      progress.clear();
      io.stderr.write('ce-plan: stopping once the files under way are done (interrupt again to stop at once)\n');
      stop.abort();
    } else {
      abort.abort();
    }
  });
  const onOutputError = () => {
    ending = 'output';
    abort.abort();
  };
  if (io.outputError?.aborted) onOutputError();
  io.outputError?.addEventListener('abort', onOutputError);

  let seen = 0;
  let failed = 0;
  let exitCode = previous?.failed ? 1 : 0;
  const written: string[] = [];
  let kept = 0;
  const notIncluded: string[] = [];
  const underFloor: string[] = [];
  const cohort: NonNullable<FileOutcome['cohort']>[] = [];
  const checked: CheckedFile[] = [];
  let unwritable: string | undefined;
  const say = (text: string) => {
    if (ending !== 'output') io.stderr.write(text);
  };
  const wroteLine = (path: string) => {
    // Under a progress bar on the same terminal, a line per report would bury it: the total comes at the end.
    if (ending !== 'output' && !(progress.visible && io.stdout.isTTY)) io.stdout.write(`wrote ${terminalText(displayPath(path, io.cwd))}\n`);
  };
  // Signals are heard, and the staging folder kept, until the last report (with --combine, the
  // combined ones, written from what the batch staged) is written.
  try {
    try {
      const plan = forms ? forms.plan(settings) : await planFor(io, files, settings, options, abort.signal);
      const outcomes = runInOrder<FileOutcome>(files, plan, { stop: stop.signal, abort: abort.signal });
      for await (const outcome of outcomes) {
        seen++;
        // Once the out dir has proved unwritable, the files under way fail the same way: one message says it.
        const repeat = unwritable !== undefined && outcome.failure?.stopsBatch;
        if ((outcome.diagnostics.length > 0 || outcome.failure) && !repeat) progress.clear();
        if (outcome.diagnostics.length > 0) {
          const shown = outcome.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
          say(formatStylish(shown, { style, filesChecked: 1 }));
        }
        if (outcome.failure && !repeat) say(`ce-plan: ${terminalText(outcome.failure.message)}\n`);
        progress.tick();
        for (const path of outcome.written) {
          written.push(path);
          wroteLine(path);
        }
        kept += outcome.kept.length;
        if (!outcome.ok) {
          failed++;
          notIncluded.push(displayPath(outcome.file, io.cwd));
          exitCode = Math.max(exitCode, outcome.failure?.exitCode ?? 1);
          if (outcome.failure?.stopsBatch && unwritable === undefined) {
            // A full or read-only disk, or no permission: every later file would fail alike.
            unwritable = outcome.failure.message;
            ending ??= 'unwritable';
            stop.abort();
          }
          continue;
        }
        if (outcome.checked) {
          checked.push(outcome.checked);
          continue;
        }
        if (outcome.cohort) cohort.push(outcome.cohort);
        if (options.failUnder !== undefined && outcome.overall !== null && outcome.overall < options.failUnder) {
          underFloor.push(`${terminalText(displayPath(outcome.file, io.cwd))} (${Math.round(outcome.overall * 10) / 10})`);
        }
      }
    } catch (error) {
      if (error instanceof WorkerExited && options.template !== undefined) {
        throw new UsageError(
          `the report template ${options.template} ended its worker thread (exit code ${error.exitCode}), as process.exit() does; a template is code (see the README), and no report was written for the files it was working on`,
        );
      }
      if (!(error instanceof InterruptedError)) throw error;
    } finally {
      // A read of stdin left waiting by an interrupt would keep the process alive after the run.
      if (files.includes('-')) io.stdin.destroy();
    }
    progress.clear();

    if (options.combine && ending === undefined) {
      const { groupByOrganisation, writeCombinedReports } = await import('../combine-reports.js');
      // Written here, after the batch, one organisation at a time, from the answers the batch staged.
      const groups = groupByOrganisation(checked);
      const combined = await writeCombinedReports(groups, settings, { anonymise: options.anonymise === true, inputOf, stop: stop.signal });
      for (const organisation of combined) {
        if (organisation.failure !== undefined) {
          say(`ce-plan: ${terminalText(organisation.failure)}\n`);
          failed += organisation.files.length;
          notIncluded.push(...organisation.files.map((file) => displayPath(file, io.cwd)));
          exitCode = Math.max(exitCode, organisation.exitCode ?? 1);
          continue;
        }
        for (const path of organisation.written) {
          written.push(path);
          wroteLine(path);
        }
        kept += organisation.kept.length;
        if (organisation.cohort) cohort.push(organisation.cohort);
        if (options.failUnder !== undefined && organisation.overall !== null && organisation.overall < options.failUnder) {
          const named = [...organisation.written, ...organisation.kept].map((p) => terminalText(displayPath(p, io.cwd))).join(', ');
          underFloor.push(`${named} (${Math.round(organisation.overall * 10) / 10})`);
        }
      }
      const left = groups.length - combined.length;
      if (left > 0 && ending === undefined) {
        say(
          `ce-plan: stopped: no report can be written to ${terminalText(displayPath(options.outDir, io.cwd))} (above); ${written.length} written, ${left} organisation${left === 1 ? '' : 's'} without a report\n`,
        );
        return Math.max(exitCode, 2);
      }
      if (ending === 'interrupted' && left > 0) {
        say(
          `ce-plan: interrupted while writing the combined reports: ${written.length} written, every one whole; ${left} organisation${left === 1 ? '' : 's'} without a report` +
            `${options.summary === undefined ? '' : ', and no summary written'}. To finish, run the same command again with --skip-existing` +
            `${options.force ? ' in place of --force' : ''}\n`,
        );
        return 130;
      }
    }

    if (ending === 'output') return 2; // main turns a closed pipe into its own exit code, quietly
    const reports = `${written.length} report${written.length === 1 ? '' : 's'} written${written.length > 0 && !(progress.visible && io.stdout.isTTY) ? ' (each listed above)' : ''}`;
    if (ending === 'interrupted') {
      const rest = files.length - seen;
      say(
        `ce-plan: interrupted after ${seen} of ${files.length} files: ${reports}, every one whole; ${rest} file${rest === 1 ? '' : 's'} not assessed` +
          `${options.summary === undefined ? '' : ', and no summary written'}. To finish, run the same command again with --skip-existing` +
          `${options.force ? ' in place of --force' : ''}: it keeps the reports written and writes the rest\n`,
      );
      return 130;
    }
    if (ending === 'unwritable') {
      const rest = files.length - seen;
      say(
        `ce-plan: stopped: no report can be written to ${terminalText(displayPath(options.outDir, io.cwd))} (above); ${reports}, ${rest} file${rest === 1 ? '' : 's'} not assessed\n`,
      );
      return Math.max(exitCode, 2);
    }

    // On a terminal, say how the batch went; piped output stays quiet.
    if (progress.visible) {
      const keptText = kept > 0 ? `; ${kept} existing report${kept === 1 ? '' : 's'} kept` : '';
      say(
        `assessed ${files.length - failed} of ${files.length} files${failed ? `; ${failed} failed` : ''}${keptText}; reports in ${terminalText(displayPath(options.outDir, io.cwd))}\n`,
      );
    }
    if (options.summary !== undefined) {
      if (await writeSummary(io, options, cohort, notIncluded, identities)) {
        wroteLine(options.summary);
        if (notIncluded.length > 0) {
          say(
            `ce-plan: the summary leaves out ${notIncluded.length} of ${files.length} answer files, which failed (above); it names them under "Not included"\n`,
          );
        }
      } else {
        say('ce-plan: no summary written: no answer file was assessed\n');
      }
    }
    if (underFloor.length > 0) {
      say(`ce-plan: ${underFloor.length} scored under --fail-under ${options.failUnder}: ${underFloor.join(', ')}\n`);
      exitCode = Math.max(exitCode, 1);
    }
    return Math.max(exitCode, forms?.exitCode ?? 0);
  } finally {
    stopListening();
    io.outputError?.removeEventListener('abort', onOutputError);
    removeStagingFolder(stagingRoot);
  }
}

/**
 * `--previous-tracker`: the tracker the group kept since the last assessment, for one organisation's
 * report. A file that is not a tracker stops the run (exit 2); its findings are printed, and a row that
 * cannot be read makes the exit code 1, though the reports are still written.
 */
async function readPreviousTracker(io: Io, file: string, inputs: readonly string[], combine: boolean): Promise<{ actions: TrackedAction[]; failed: boolean }> {
  if (inputs.length !== 1 && !combine)
    throw new UsageError(
      `--previous-tracker is one organisation's tracker: give one answer file (or one organisation's files with --combine), not ${inputs.length}`,
    );
  const { readTracker } = await import('../../pipeline/tracker-file.js');
  const read = await readTracker(file);
  const findings = read.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
  if (!read.ok) throw new InputError(findings);
  if (findings.length > 0) {
    const { formatStylish } = await import('../../format/lint/stylish.js');
    io.stderr.write(formatStylish(findings, { style: await styleFor(io.stderr, io.env), filesChecked: 1 }));
  }
  return { actions: read.value.actions, failed: findings.some((d) => d.severity === 'error') };
}

/**
 * Large batches run on two worker threads, one parsing (this thread reads each file as it hands it out),
 * one doing the rest. Even on one core: this thread then stays free to take Ctrl-C, which a batch running
 * here would not see until its end. A run with a --template uses them however few its files: a template
 * is code, and one that never ends could not otherwise be stopped. Worker threads load the assessing code
 * themselves: this thread loads it only to assess on its own, as loading it first would hold back the workers' start.
 */
async function planFor(
  io: Io,
  files: readonly string[],
  settings: AssessSettings,
  options: AssessOptions,
  abort: AbortSignal,
): Promise<BatchPlan<FileOutcome>> {
  const onWorkers = options.template !== undefined || (files.length >= WORKER_THRESHOLD && !files.includes('-'));
  if (onWorkers) {
    // stdin is read here, first (an interrupt does not wait for it), and handed out like a file.
    const stdin = files.includes('-') ? await readStdin(io, abort).finally(() => io.stdin.destroy()) : undefined;
    return {
      stages: [new URL('../../batch/parse-worker.js', import.meta.url), new URL('../../batch/assess-worker.js', import.meta.url)],
      settings,
      prepare: (file): AnswerSource => ({ file, text: file === '-' ? stdin! : readFileSource(file) }),
    };
  }
  const { assessFile } = await import('../assess-file.js');
  const cache: BankCache = new Map();
  return { here: (file) => assessFile(file, cache, settings, io.stdin) };
}

function readStdin(io: Io, abort: AbortSignal): Promise<Result<string>> {
  const interrupted = new Promise<never>((_, reject) => abort.addEventListener('abort', () => reject(new InterruptedError('interrupted')), { once: true }));
  interrupted.catch(() => {}); // raced below; an abort after the read is not an error
  return Promise.race([readSource('-', io.stdin), interrupted]);
}

/**
 * The cohort summary of every file assessed; one bank per summary, so the columns mean the same. It
 * links each organisation's report by a path relative to the summary's folder.
 */
async function writeSummary(
  io: Io,
  options: AssessOptions,
  cohort: NonNullable<FileOutcome['cohort']>[],
  notIncluded: readonly string[],
  identities: IdentityCache,
): Promise<boolean> {
  const file = options.summary!;
  const banks = [...new Set(cohort.map((c) => c.bankFile))];
  if (banks.length > 1)
    throw new UsageError(
      `--summary needs every answer file to use one bank, but these use ${banks.map((b) => displayPath(b, io.cwd)).join(' and ')}; use --bank, or assess them separately`,
    );
  if (banks[0] === undefined) return false;
  // The bank is an input too, known only now.
  const bankFile = identities.of(banks[0]);
  const index = new IdentityIndex<string>();
  index.add(bankFile, banks[0]);
  if (index.hit(identities.of(file)) !== undefined)
    throw new UsageError(`--summary ${file} would overwrite the bank ${displayPath(banks[0], io.cwd)}, an input of this run; choose another name`);
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { summariseCohort } = await import('../../core/cohort.js');
  const { linkedReportFormat, renderSummary, summaryFormatFor } = await import('../../format/summary/index.js');
  const { bank } = await loadBank(banks[0]);
  const summary = summariseCohort(
    bank,
    cohort.map((c) => c.entry),
    notIncluded,
  );
  const summaryFormat = summaryFormatFor(file);
  const links = {
    folder: relative(dirname(resolve(io.cwd, file)), resolve(io.cwd, options.outDir))
      .split(sep)
      .join('/'),
    extension: REPORT_FORMATS[linkedReportFormat(summaryFormat, options.format)].extension,
  };
  await writeFileAtomic(file, await renderSummary(summary, summaryFormat, links), { overwrite: options.force === true });
  return true;
}

/** What a run reads: its entries (answer files, and each response of a form export), the files themselves, and each entry's reports' name. */
interface RunInputs {
  entries: readonly string[];
  read: readonly string[];
  stemOf: (entry: string) => string;
}

/**
 * Before anything is written: two inputs that would write the same report are an error; so is any output
 * (a report, the summary) that would land on an input of the run (an answer file, the bank or template
 * given by path) or on another output, by whatever name, symbolic link or hard link reaches it, with
 * --force or without; and so is a summary that exists, without --force. With --combine, reports are
 * named by organisation once all files are read: the same answer file given twice (by two names, or a
 * link) is refused, as it would count one respondent twice, and what is returned names the input a path
 * would overwrite, for those reports to be checked when they are named.
 */
async function checkOutputs(
  io: Io,
  { entries, read, stemOf }: RunInputs,
  options: AssessOptions,
  identities: IdentityCache,
): Promise<(path: string) => string | undefined> {
  const seen = new Map<string, string>();
  const answerFiles = new IdentityIndex<string>();
  for (const file of options.combine ? read : []) {
    if (file === '-') continue;
    const identity = identities.of(file);
    const other = answerFiles.hit(identity);
    if (other !== undefined)
      throw new UsageError(
        `${displayPath(other, io.cwd)} and ${displayPath(file, io.cwd)} are the same answer file; with --combine each respondent is given once`,
      );
    answerFiles.add(identity, file);
  }
  for (const file of options.combine ? [] : entries) {
    const stem = stemOf(file);
    const other = seen.get(stem);
    if (other !== undefined) {
      throw new UsageError(
        `${displayPath(other, io.cwd)} and ${displayPath(file, io.cwd)} would both write ${join(options.outDir, stem)}.*; rename one or assess them separately`,
      );
    }
    seen.set(stem, file);
  }

  const inputs = new IdentityIndex<string>();
  const given: [what: string, path: string][] = read
    .filter((file) => file !== '-')
    .map((file) => [isFormExport(file) ? 'the form export' : 'the answer file', file]);
  if (options.bank !== undefined && /[\\/]|\.ya?ml$/i.test(options.bank)) given.push(['the bank', options.bank]);
  if (options.template !== undefined) given.push(['the report template', options.template]);
  if (options.previousTracker !== undefined) given.push(['the previous tracker', options.previousTracker]);
  // An answer file names its bank by id: a built-in one, each an input of any run.
  for (const bank of await builtInBankFiles()) given.push(['the built-in bank', bank]);
  for (const [what, path] of given) inputs.add(identities.of(path), `${what} ${displayPath(path, io.cwd)}`);

  const reports = new IdentityIndex<string>();
  for (const [stem, file] of seen) {
    for (const format of options.format) {
      const path = join(options.outDir, reportFileName(stem, format));
      const identity = identities.of(path);
      const input = inputs.hit(identity);
      if (input !== undefined)
        throw new UsageError(`the report ${path} for ${displayPath(file, io.cwd)} would overwrite ${input}, an input of this run; use another --out-dir`);
      reports.add(identity, path);
    }
  }
  const inputOf = (path: string) => inputs.hit(identities.of(path));
  if (options.summary === undefined) return inputOf;
  const summary = identities.of(options.summary);
  const input = inputs.hit(summary);
  if (input !== undefined) throw new UsageError(`--summary ${options.summary} would overwrite ${input}, an input of this run; choose another name`);
  const clash = reports.hit(summary);
  if (clash !== undefined) throw new UsageError(`--summary ${options.summary} would overwrite the report ${clash}; choose another name`);
  if (!options.force && (await exists(options.summary))) throw new UsageError(`${options.summary} already exists; use --force to overwrite it`);
  // A combined report, named later, must not land on the summary either.
  inputs.add(summary, `the summary ${displayPath(options.summary, io.cwd)}`);
  return inputOf;
}
