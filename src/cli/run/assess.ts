// `ce-plan assess FILES…`: one report per answer file, or per response of a form export. A bad file gets
// its findings and no report, and every other file is still assessed. Large batches, and any run with a
// --template (which is code), run on worker threads, results in input order. What the batch adds up to
// (its exit code and closing lines) is its tally's (assess-tally.ts); how it says so, format/batch-text.ts's.
import type { AssessOptions } from '../commands/assess.js';
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isCalendarDate } from '../../core/calendar-date.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { messageLanguage, type Language } from '../../core/languages.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import { InputError, InterruptedError, UsageError, type Wording } from '../../core/errors.js';
import type { TrackedAction } from '../../core/tracker.js';
import type { Result } from '../../core/result.js';
import * as say from '../../format/batch-text.js';
import { REPORT_FORMATS, reportFileName } from '../../format/report/index.js';
import { inputType } from '../../forms/file-type.js';
import { terminalText } from '../../format/terminal-text.js';
import { ceplanVersion } from '../../io/version.js';
import { IdentityCache, IdentityIndex } from '../../io/file-identity.js';
import { expandInputs } from '../../io/inputs.js';
import { reportStem } from '../../io/paths.js';
import { readFileBytes, readSource } from '../../io/read-source.js';
import { readReportTemplates } from '../../io/report-template.js';
import { exists, removeStagingFolder, writeFileAtomic } from '../../io/write-file.js';
import type { AnswerBytes, AnswerText } from '../../batch/assess-worker.js';
import { runInOrder, WorkerExited, type BatchPlan } from '../../batch/run-in-order.js';
import { BATCH_THREADS, WORKER_THRESHOLD } from '../../batch/threads.js';
import type { AssessSettings, FileOutcome, ParsedFile } from '../../pipeline/assess-file.js';
import type { BankCache } from '../../pipeline/load-bank.js';
import type { ParsedAgreement } from '../../pipeline/agreements.js';
import { printFindings } from '../findings.js';
import { displayPath, type Io } from '../host.js';
import { inputFiles, isBankPath, type InputFiles, type InputKind } from '../input-files.js';
import { withTracker } from '../options.js';
import { progressBar } from '../progress.js';
import type { FormInputs } from './assess-forms.js';
import { AssessTally, type Ending } from './assess-tally.js';

/** What stops a batch early: Ctrl-C, and the TERM a CI job gets at its time limit. Either exits 130. */
const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

export async function run(io: Io, inputs: string[], given: AssessOptions): Promise<number> {
  // `--tracker` adds the action tracker to the formats each report is written in, all or none with them.
  const options = { ...given, format: withTracker(given.format, given.tracker) };
  const date = options.date;
  if (date !== undefined && !isCalendarDate(date)) throw new UsageError((w) => w.errors.badDate(date));
  if (options.force && options.skipExisting) throw new UsageError((w) => w.errors.forceOrSkip);
  if (options.anonymise && !options.combine) throw new UsageError((w) => w.errors.anonymiseNeedsCombine);
  if (options.agreed !== undefined && !options.combine) throw new UsageError((w) => w.errors.agreedNeedsCombine);
  // One language for every finding of the batch: the first of --lang, not each file's lang: (one person reads them all).
  const messages = messageLanguage(options.lang);
  const words = wordsFor(messages);
  const m = words.messages;
  const files = await expandInputs(inputs);
  // Form exports (a spreadsheet, SurveyJS results) stand for one input per response. (No list of every
  // file's type is kept: a batch keeps its files' names, and nothing else for each, for its whole run.)
  const forms = files.some((file) => inputType(file).kind !== 'answers')
    ? await (await import('./assess-forms.js')).formInputs(io, files, files.map(inputType), options)
    : undefined;
  const entries = forms?.entries ?? files;
  const outputs = await checkOutputs(io, { entries, files, stemOf: forms?.stemOf ?? reportStem }, options);
  // Named per run, so no other run's folder (or a stale memory of one) is ever reused; those of killed runs go.
  const { newStagingKey, removeStaleStagingFolders, stagingFolderName } = await import('../../io/staging.js');
  for (const { path, pid } of removeStaleStagingFolders(options.outDir)) {
    io.stderr.write(`ce-plan: ${m.removedStaging(terminalText(displayPath(path, io.cwd)), pid)}\n`);
  }
  const stagingRoot = join(options.outDir, stagingFolderName(io.pid));
  const previous =
    options.previousTracker === undefined ? undefined : await readPreviousTracker(io, options.previousTracker, entries, options.combine === true, messages);
  const settings: AssessSettings = {
    outDir: options.outDir,
    formats: options.format,
    tool: `ce-plan ${ceplanVersion()}`,
    templates: await readReportTemplates(options.format, options.template),
    ...(options.template === undefined ? {} : { templateName: options.template }),
    force: options.force === true,
    skipExisting: options.skipExisting === true,
    bank: options.bank,
    date: options.date,
    languages: options.lang,
    messages,
    cohort: options.summary !== undefined,
    combine: options.combine === true,
    stagingRoot,
    ...(options.combine ? { stagingKey: newStagingKey() } : {}),
    ...(previous === undefined ? {} : { tracked: previous.actions }),
  };

  const progress = progressBar(io.stderr, entries.length, m.assessing);
  const listed = !(progress.visible && io.stdout.isTTY);
  const tally = new AssessTally({
    total: entries.length,
    outDir: options.outDir,
    failUnder: options.failUnder,
    summary: options.summary !== undefined,
    force: options.force === true,
    progressShown: progress.visible,
    display: (path) => displayPath(path, io.cwd),
    messages: m,
  });
  tally.atLeast(forms?.exitCode ?? 0);
  // A row of the previous tracker that could not be read (its findings are printed above).
  if (previous?.failed) tally.atLeast(1);
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
      io.stderr.write(say.stoppingLine(m));
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
  const speak = (lines: readonly string[]) => {
    if (ending !== 'output') for (const line of lines) io.stderr.write(line);
  };
  const wrote = (paths: readonly string[]) => {
    // Under a progress bar on the same terminal, a line per report would bury it: the total comes at the end.
    if (ending !== 'output' && listed) for (const path of paths) io.stdout.write(say.wroteLine(m, displayPath(path, io.cwd)));
  };
  const findings = new FindingsByFile(io, forms, () => progress.clear(), words);
  // An agreement that cannot be applied fails the run (exit 1); its organisation's report is written without it.
  const agreementFindings = async (diagnostics: readonly Diagnostic[]) => {
    if (ending === 'output') return;
    await printFindings(io, diagnostics, words);
    if (diagnostics.some((d) => d.severity === 'error')) tally.atLeast(1);
  };

  // Signals are heard, and the staging folder kept, until the last report (with --combine, the
  // combined ones, written from what the batch staged) is written.
  try {
    try {
      const plan = await planFor(io, entries, settings, options, forms, abort.signal);
      for await (const outcome of runInOrder<FileOutcome>(entries, plan, { stop: stop.signal, abort: abort.signal })) {
        const { showFailure, stop: unwritable } = tally.file(outcome);
        if (showFailure) progress.clear();
        if (ending !== 'output') await findings.add(outcome.file, outcome.diagnostics);
        if (showFailure && outcome.kind === 'failed') speak([say.failureLine(outcome.failure!.message)]);
        progress.tick();
        if (outcome.kind === 'reported') wrote(outcome.written);
        if (unwritable) {
          // A full or read-only disk, or no permission: every later file would fail alike.
          ending ??= 'unwritable';
          stop.abort();
        }
      }
    } catch (error) {
      if (error instanceof WorkerExited && options.template !== undefined) {
        const [template, exitCode] = [options.template, error.exitCode];
        throw new UsageError((w) => w.templateEnded(template, exitCode));
      }
      if (!(error instanceof InterruptedError)) throw error;
    } finally {
      // A read of stdin left waiting by an interrupt would keep the process alive after the run.
      if (entries.includes('-')) io.stdin.destroy();
    }
    if (ending !== 'output') await findings.flush(true);
    progress.clear();

    let left = 0;
    if (options.combine && ending === undefined) {
      const { groupByOrganisation, organisationsOf, writeCombinedReports } = await import('../../pipeline/combine-reports.js');
      const { Agreements, readAgreement } = await import('../../pipeline/agreements.js');
      // Written here, after the batch, one organisation at a time, from the answers the batch staged.
      const groups = groupByOrganisation(tally.staged);
      if (options.previousTracker !== undefined && groups.length > 1) {
        const names = groups.map((group) => `"${group[0]!.organisation.name}"`).join(', ');
        throw new UsageError((w) => w.errors.trackerForOne(groups.length, names));
      }
      const given: Result<ParsedAgreement>[] = tally.agreements.map((value) => ({ ok: true, value, diagnostics: [] }));
      if (options.agreed !== undefined) given.push(await readAgreement(options.agreed, words));
      const agreements = await Agreements.place(given, organisationsOf(groups), words);
      await agreementFindings(agreements.unplaced);
      const combined = await writeCombinedReports(groups, settings, {
        anonymise: options.anonymise === true,
        // Named in the pipeline's message about it, which is in the messages' language.
        inputOf: (path) => outputs.at(path)?.(m),
        stop: stop.signal,
        agreements,
        warn: (notes) => speak(notes.map((note) => say.warningLine(m, note))),
      });
      for (const organisation of combined) {
        tally.organisation(organisation);
        if (organisation.kind === 'failed') speak([say.failureLine(organisation.failure)]);
        else {
          await agreementFindings(organisation.diagnostics);
          wrote(organisation.written);
        }
      }
      left = groups.length - combined.length;
    }
    const early = tally.endedEarly(ending, left);
    if (early !== undefined) {
      speak(early.lines);
      return early.exitCode;
    }
    // On a terminal, say how the batch went; piped output stays quiet.
    const assessed = tally.assessedLine();
    if (assessed !== undefined) speak([assessed]);
    if (options.summary !== undefined) {
      const summaryWritten = await writeSummary(io, options, tally);
      if (summaryWritten) wrote([options.summary]);
      speak(tally.summaryLines(summaryWritten));
    }
    const { lines, exitCode } = tally.finish();
    speak(lines);
    return exitCode;
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
async function readPreviousTracker(
  io: Io,
  file: string,
  inputs: readonly string[],
  combine: boolean,
  messages: Language,
): Promise<{ actions: TrackedAction[]; failed: boolean }> {
  if (inputs.length !== 1 && !combine) throw new UsageError((w) => w.errors.trackerForOneFile(inputs.length));
  const { readTracker } = await import('../../pipeline/tracker-file.js');
  const words = wordsFor(messages);
  const read = await readTracker(file, words);
  if (!read.ok)
    throw new InputError(
      read.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) })),
      messages,
    );
  await printFindings(io, read.diagnostics, words);
  return { actions: read.value.actions, failed: read.diagnostics.some((d) => d.severity === 'error') };
}

/**
 * One findings block per file: a form export's own findings and its rows' are printed together, once its
 * last row is done (its rows come one after another); an answer file's at once.
 */
class FindingsByFile {
  private file: string | undefined;
  private held: Diagnostic[] = [];
  /** Form exports whose findings have been printed. */
  private readonly done = new Set<string>();

  constructor(
    private readonly io: Io,
    private readonly forms: FormInputs | undefined,
    /** Called before anything is printed (to wipe a progress bar). */
    private readonly before: () => void,
    /** The findings' words, in their language. */
    private readonly words: Words,
  ) {}

  async add(entry: string, diagnostics: readonly Diagnostic[]): Promise<void> {
    const file = this.forms?.fileOf(entry) ?? entry;
    if (file !== this.file) {
      await this.flush();
      this.file = file;
      this.held = [...(this.forms?.found.get(file) ?? [])];
    }
    this.held.push(...diagnostics);
    if (this.forms === undefined || !this.forms.found.has(file)) await this.flush();
  }

  /** Prints what is held; at the end of a batch, the findings of any export none of whose rows was an input (all empty). */
  async flush(end = false): Promise<void> {
    const file = this.file;
    this.file = undefined;
    if (file !== undefined) await this.print(file, this.held);
    this.held = [];
    if (!end || this.forms === undefined) return;
    for (const [file, found] of this.forms.found) if (!this.done.has(file)) await this.print(file, found);
  }

  private async print(file: string, diagnostics: readonly Diagnostic[]): Promise<void> {
    // Only a form export's name is kept: a batch of answer files keeps no list of them all.
    if (this.forms?.found.has(file)) this.done.add(file);
    const notes = this.forms?.notes.get(file) ?? [];
    if (diagnostics.length > 0 || notes.length > 0) this.before();
    await printFindings(this.io, diagnostics, this.words);
    for (const note of notes) this.io.stderr.write(say.noteLine(displayPath(file, this.io.cwd), note));
  }
}

/**
 * Large batches run on worker threads alike (BATCH_THREADS), each doing everything to the files it is
 * handed (this thread reads each file as it hands it out), so the work spreads evenly whatever the
 * formats. Even on one core: this thread then stays free to take Ctrl-C, which a batch running here
 * would not see until its end. A run with a --template uses them however few its inputs: a template is
 * code, and one that never ends could not otherwise be stopped. A form export's responses, read here
 * already, are handed out as they are. Worker threads load the assessing code themselves: this thread
 * loads it only to assess on its own, as loading it first would hold back the workers' start.
 */
async function planFor(
  io: Io,
  entries: readonly string[],
  settings: AssessSettings,
  options: AssessOptions,
  forms: FormInputs | undefined,
  abort: AbortSignal,
): Promise<BatchPlan<FileOutcome>> {
  const onWorkers = options.template !== undefined || (entries.length >= WORKER_THRESHOLD && !entries.includes('-'));
  if (onWorkers) {
    // stdin is read here, first (an interrupt does not wait for it), and handed out like a file.
    const words = wordsFor(settings.messages);
    const stdin = entries.includes('-') ? await readStdin(io, abort, words).finally(() => io.stdin.destroy()) : undefined;
    return {
      stages: [new URL('../../batch/assess-worker.js', import.meta.url)],
      threads: BATCH_THREADS,
      settings,
      prepare: (entry): Prepared =>
        forms?.parsedOf(entry) ?? (entry === '-' ? { file: entry, text: stdin! } : { file: entry, bytes: readFileBytes(entry, words) }),
      // A file's bytes move to its worker rather than being copied: this thread keeps none of them.
      transfer: (item) => bytesOf(item as Prepared)?.buffer,
      limit: { oldGenerationMb: WORKER_OLD_GENERATION_MB, tooLarge: (item) => isLarge(item as Prepared) },
    };
  }
  const { assessFile, assessParsedFile } = await import('../../pipeline/assess-file.js');
  const cache: BankCache = new Map();
  return {
    here: (entry) => {
      const parsed = forms?.parsedOf(entry);
      return parsed === undefined ? assessFile(entry, cache, settings, io.stdin) : assessParsedFile(parsed, cache, settings);
    },
  };
}

/**
 * Each worker's old generation, in MB. V8 lets a heap grow, after each full collection, to a multiple of
 * what is live: up to 4 times when the limit is 2 GB or more (the default with 8 GB of memory or more),
 * 1.3 to 2 times below. A worker keeps about 14 MB, and with the default it filled with the dead data of
 * files to about 50 MB before its first full collection (never reached in a batch of 1,000 files), so
 * its memory grew with the batch; with 1 GB it stays at 20-30 MB. An answer file of the usual few KB
 * needs a few MB, but the worst of 4 MiB (a flow list of 2 million items) needs about 2.5 GB: files
 * over LARGE_TEXT go to a worker without the limit, as every file did before.
 */
const WORKER_OLD_GENERATION_MB = 1024;
/** An answer file this long (in bytes, or UTF-16 units from stdin) goes to a worker without WORKER_OLD_GENERATION_MB: 256 KiB needs at most about 160 MB at the worst measured 600 bytes of heap a byte of text. */
const LARGE_TEXT = 256 * 1024;
type Prepared = AnswerText | AnswerBytes | ParsedFile;
const bytesOf = (item: Prepared) => ('bytes' in item && item.bytes.ok ? item.bytes.value : undefined);
const isLarge = (item: Prepared) => ('text' in item && item.text.ok ? item.text.value.length : (bytesOf(item)?.length ?? 0)) > LARGE_TEXT;

const sameFile = (a: string | undefined, b: string | undefined) => a !== undefined && a === b;

function readStdin(io: Io, abort: AbortSignal, words: Words): Promise<Result<string>> {
  const interrupted = new Promise<never>((_, reject) => abort.addEventListener('abort', () => reject(new InterruptedError('interrupted')), { once: true }));
  interrupted.catch(() => {}); // raced below; an abort after the read is not an error
  return Promise.race([readSource('-', words, io.stdin), interrupted]);
}

/**
 * The cohort summary of every file assessed; one bank per summary, so the columns mean the same. It
 * links each organisation's report by a path relative to the summary's folder. False when no file was.
 */
async function writeSummary(io: Io, options: AssessOptions, tally: AssessTally): Promise<boolean> {
  const file = options.summary!;
  const banks = [...new Set(tally.cohort.map((c) => c.bankFile))];
  if (banks.length > 1) throw new UsageError((w) => w.errors.summaryOneBank(banks.map((b) => displayPath(b, io.cwd))));
  if (banks[0] === undefined) return false;
  // The bank is an input too, known only now.
  const identities = new IdentityCache(io.cwd);
  if (identities.of(file).entry === identities.of(banks[0]).entry || sameFile(identities.of(file).file, identities.of(banks[0]).file))
    throw new UsageError((w) => w.errors.summaryOverBank(file, displayPath(banks[0]!, io.cwd)));
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { summariseCohort } = await import('../../core/cohort.js');
  const { linkedReportFormat, renderSummary, summaryFormatFor } = await import('../../format/summary/index.js');
  // In the run's language (--lang, the first): the files' own lang: may differ from one to the next.
  const language = messageLanguage(options.lang);
  const { bank } = await loadBank(banks[0], language);
  const { bankIn } = await import('../../core/translation.js');
  const summary = summariseCohort(
    bankIn(bank, language),
    tally.cohort.map((c) => c.entry),
    tally.notIncluded,
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
  files: readonly string[];
  stemOf: (entry: string) => string;
}

/**
 * Before anything is written: two inputs that would write the same report are an error; so is any output
 * (a report, the summary) that would land on an input of the run (an answer file, the bank or template
 * given by path) or on another output, by whatever name, symbolic link or hard link reaches it, with
 * --force or without; and so is a summary that exists, without --force. With --combine, reports are
 * named by organisation once all files are read: the same answer file given twice (by two names, or a
 * link) is refused, as it would count one respondent twice, and what is returned answers, for each
 * report named later, which input (or the summary) it would overwrite.
 */
async function checkOutputs(io: Io, { entries, files, stemOf }: RunInputs, options: AssessOptions): Promise<InputFiles> {
  const identities = new IdentityCache(io.cwd);
  const answerFiles = new IdentityIndex<string>();
  for (const file of options.combine ? files : []) {
    if (file === '-') continue;
    const identity = identities.of(file);
    const other = answerFiles.hit(identity);
    if (other !== undefined) throw new UsageError((w) => w.errors.sameAnswerFile(displayPath(other, io.cwd), displayPath(file, io.cwd)));
    answerFiles.add(identity, file);
  }
  const seen = new Map<string, string>();
  for (const entry of options.combine ? [] : entries) {
    const stem = stemOf(entry);
    const other = seen.get(stem);
    if (other !== undefined) {
      throw new UsageError((w) => w.errors.sameReport(displayPath(other, io.cwd), displayPath(entry, io.cwd), join(options.outDir, stem)));
    }
    seen.set(stem, entry);
  }

  // What the out dir holds now: when it holds nothing (or is not there yet), no report reaches a file,
  // and no path need be looked up to say so (a batch's first run, into a new folder: one lookup a
  // report and one an answer file, saved).
  const present = listing(options.outDir);
  const empty = present?.length === 0;
  // Without --combine every report's name is known now, and the answer files are compared with them
  // here, one at a time; with it, reports are named later, so every answer file is indexed.
  if (!options.combine) refuseReportsOverAnswerFiles(io, files, seen, present, options);
  const given: [what: InputKind, path: string][] = [];
  for (const file of files) {
    const answers = inputType(file).kind === 'answers';
    if (!answers || options.combine) given.push([answers ? 'answerFile' : 'formExport', file]);
  }
  if (options.bank !== undefined && isBankPath(options.bank)) given.push(['bank', options.bank]);
  if (options.template !== undefined) given.push(['reportTemplate', options.template]);
  if (options.agreed !== undefined) given.push(['agreement', options.agreed]);
  if (options.previousTracker !== undefined) given.push(['previousTracker', options.previousTracker]);
  // An answer file names its bank by id: a built-in one, each an input of any run (inputFiles adds them).
  const inputs = await inputFiles(io, given, 'assess');

  // Only a summary can land on a report: the summary's place is compared with each report's, and no
  // index of them all is kept.
  const summary = options.summary === undefined ? undefined : new IdentityIndex<string>();
  summary?.add(identities.of(options.summary!), options.summary!);
  for (const [stem, entry] of seen) {
    for (const format of options.format) {
      const path = join(options.outDir, reportFileName(stem, format));
      const identity = empty ? identities.entryOf(path) : identities.of(path);
      const input = inputs.atIdentity(identity);
      if (input !== undefined) throw new UsageError((w) => w.errors.reportOverInput(path, displayPath(entry, io.cwd), input(w)));
      if (summary?.hit(identity) !== undefined) throw new UsageError((w) => w.errors.summaryOverReport(options.summary!, path));
    }
  }
  if (options.summary === undefined) return inputs;
  const input = inputs.at(options.summary);
  const summaryFile = options.summary;
  if (input !== undefined) throw new UsageError((w) => w.errors.overwritesInput(`--summary ${summaryFile}`, input(w), w.errors.runs.assess));
  if (!options.force && (await exists(summaryFile))) throw new UsageError((w) => w.errors.exists(summaryFile));
  // A combined report, named later, must not land on the summary either.
  inputs.add('summary', options.summary);
  return inputs;
}

/**
 * Refuses a report, or the summary, that would land on an answer file, as an index of the answer files
 * would (`inputFiles`), by whatever name, symbolic or hard link reaches it, but with no record kept for
 * each: a report lands on an answer file that is in the out dir's real folder under a report's name, or
 * that is the file a report's name reaches already (only names in the out dir's one listing can).
 */
function refuseReportsOverAnswerFiles(
  io: Io,
  files: readonly string[],
  stems: ReadonlyMap<string, string>,
  present: readonly string[] | undefined,
  options: AssessOptions,
): void {
  const identities = new IdentityCache(io.cwd);
  const outFolder = dirname(identities.of(join(options.outDir, '_')).entry);
  /** The report `name` is, if it is one: its path and the input it is made from. */
  const reportNamed = (name: string) => {
    for (const format of options.format) {
      const suffix = `.${REPORT_FORMATS[format].extension}`;
      const entry = name.endsWith(suffix) ? stems.get(name.slice(0, -suffix.length)) : undefined;
      if (entry !== undefined) return { path: join(options.outDir, name), entry };
    }
    return undefined;
  };
  // The files the reports' names reach already, by device and inode: none in a new out dir. In a folder
  // that can be searched but not listed, each report's name is looked up.
  const names = present ?? [...stems.keys()].flatMap((stem) => options.format.map((format) => reportFileName(stem, format)));
  const reached = new Map<string, { path: string; entry: string }>();
  for (const name of names) {
    const report = reportNamed(name);
    const file = report === undefined ? undefined : identities.of(report.path).file;
    if (file !== undefined) reached.set(file, report!);
  }
  const summary = options.summary === undefined ? undefined : identities.of(options.summary);
  // Only a report's name reaching it, or the summary's, needs the file an answer file's name reaches.
  const byFile = reached.size > 0 || summary !== undefined;
  for (const file of files) {
    if (file === '-' || inputType(file).kind !== 'answers') continue;
    const identity = byFile ? identities.of(file) : identities.entryOf(file);
    const report =
      (dirname(identity.entry) === outFolder ? reportNamed(basename(identity.entry)) : undefined) ??
      (identity.file === undefined ? undefined : reached.get(identity.file));
    const input: Wording = (w) => w.errors.inputs.answerFile(displayPath(file, io.cwd));
    if (report !== undefined) throw new UsageError((w) => w.errors.reportOverInput(report.path, displayPath(report.entry, io.cwd), input(w)));
    if (summary !== undefined && (summary.entry === identity.entry || sameFile(summary.file, identity.file))) {
      const summaryFile = options.summary!;
      throw new UsageError((w) => w.errors.overwritesInput(`--summary ${summaryFile}`, input(w), w.errors.runs.assess));
    }
  }
}

/** The names in a folder: none when it does not exist (yet); undefined when it cannot be listed. */
function listing(folder: string): string[] | undefined {
  try {
    return readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? [] : undefined;
  }
}
