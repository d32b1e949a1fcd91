// `ce-plan import FILE --bank BANK`: one answer file per response of a form tool's export. Each response
// goes through the pipeline an answer file goes through (its shape, then each answer against the bank),
// and is written only when it passes, as `assess` would read it. A response with an error gets its
// findings (file, row and column) and no file; the others are still written. Files are named after the
// organisation, unique in the export, written atomically, and never over an existing file without --force.
// A large export is read, checked and written on worker threads, as `assess` runs (see claimsOf for how
// no two responses can claim one file); its files and messages still come in the export's order.
import { messageLanguage, type Language } from '../../core/languages.js';
import type { ImportOptions } from '../commands/import.js';
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ImportThreadSettings, ImportThreadStart } from '../../batch/import-worker.js';
import { runInOrder, startThreads, type BatchPlan, type StartedThreads } from '../../batch/run-in-order.js';
import { BATCH_THREADS, WORKER_THRESHOLD } from '../../batch/threads.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { CePlanError, InputError, UsageError } from '../../core/errors.js';
import { wordsFor } from '../../core/words/index.js';
import * as say from '../../format/batch-text.js';
import { inputType } from '../../forms/file-type.js';
import { outlineResponses, rowContext, type RowContext, type RowOutline, type RowReading } from '../../forms/responses.js';
import { packRow } from '../../forms/sheet.js';
import { IdentityCache, IdentityIndex } from '../../io/file-identity.js';
import { answersSchemaReference } from '../../io/paths.js';
import { removeStagingFolder, throughLinks, writeFileAtomic } from '../../io/write-file.js';
import { importSettings } from '../../pipeline/form-map.js';
import { answerFilePath, importRow, type ImportedRow, type ResponseSettings, type RowToImport, type WriteSettings } from '../../pipeline/import-response.js';
import { loadBank, type BankCache, type LoadedBank } from '../../pipeline/load-bank.js';
import { printFindings } from '../findings.js';
import { displayPath, type Io } from '../host.js';
import { inputFiles, isBankPath, type InputFiles } from '../input-files.js';
import { progressBar } from '../progress.js';

/** The thread of a large import (batch/import-worker.ts). */
const IMPORT_WORKER = new URL('../../batch/import-worker.js', import.meta.url);

/**
 * An export this large likely holds enough rows for worker threads (WORKER_THRESHOLD: a row of a real
 * form is hundreds of bytes), so they are started before it is read. One that holds fewer ends them unused.
 */
const EARLY_THREADS_BYTES = 64 * 1024;

export async function run(io: Io, file: string, options: ImportOptions): Promise<number> {
  const messages = messageLanguage(options.lang);
  const loaded = await loadBank(options.bank, messages);
  // The threads load their code and the bank while this thread reads and outlines the export: about a
  // quarter of a second of each thread's time that would otherwise come after it.
  const startThreadsNow = () => startThreads(IMPORT_WORKER, BATCH_THREADS, { bankFile: loaded.file, messages } satisfies ImportThreadStart);
  const early = sizeOf(file) >= EARLY_THREADS_BYTES ? startThreadsNow() : undefined;
  // The batch's threads, once it is known whether it has one: those started early, or started now; or, for
  // a batch run in this thread, none (those started early are ended, and take no more of the machine).
  const threads = (needed: boolean) => {
    if (needed) return early ?? startThreadsNow();
    void early?.end();
    return undefined;
  };
  try {
    return await importExport(io, file, options, loaded, messages, threads);
  } finally {
    await early?.end();
  }
}

async function importExport(
  io: Io,
  file: string,
  options: ImportOptions,
  loaded: LoadedBank,
  messages: Language,
  threads: (needed: boolean) => StartedThreads | undefined,
): Promise<number> {
  const words = wordsFor(messages);
  const m = words.messages;
  const settings = await importSettings(loaded.bank, options, messages);
  const type = inputType(file);
  if (type.kind === 'answers' && /\.ya?ml$/i.test(file)) throw new UsageError((w) => w.errors.answerFileNotExport(file));
  // JSON is SurveyJS results (import reads no answer files); a file of no known kind is read as CSV, the plainest export there is.
  const format = /\.json$/i.test(file) ? 'surveyjs' : 'csv';
  const read = await outlineResponses(file, type.kind === 'answers' ? { kind: 'export', format } : type, loaded.bank, settings);
  if (!read.ok) throw new InputError(read.diagnostics, messages);
  const { rows, unit, reading } = read.value;
  const diagnostics: Diagnostic[] = [...read.value.diagnostics];
  const progress = progressBar(io.stderr, rows.length, m.importing);
  let written = 0;
  let failed = 0;
  const inputs = await inputFiles(io, [['formExport', file], ...(isBankPath(options.bank) ? [['bank', options.bank] as const] : [])], 'import');
  const responseSettings: ResponseSettings = {
    file,
    sha256: read.value.sha256,
    unit,
    bank: options.bank,
    messages,
    // Every file goes to one folder: the schema's reference from there, worked out once.
    schema: answersSchemaReference(resolve(io.cwd, options.outDir)),
  };
  // The rows to read, check and write (on worker threads when there are many); the others are passed
  // over with their findings, each in the export's order.
  const pending: number[] = [];
  for (let at = 0; at < rows.length; at++) if (rows[at]!.status === 'pending') pending.push(at);
  const onWorkers = pending.length >= WORKER_THRESHOLD;
  const started = threads(onWorkers);
  const writeHere = onWorkers ? claimsOf(io, rows, pending, options, inputs) : undefined;
  const stagingRoot = onWorkers ? join(options.outDir, (await import('../../io/staging.js')).stagingFolderName(io.pid)) : undefined;
  const writing: WriteSettings = { outDir: options.outDir, force: options.force === true, ...(stagingRoot === undefined ? {} : { stagingRoot }) };
  const toImport = (at: number): RowToImport => {
    const { sheetRow, stem } = rows[at]!;
    return { packed: packRow(sheetRow, reading.sheet.format, reading.sheet.header.length), stem, writeHere: writeHere?.has(at) ?? true };
  };
  const plan: BatchPlan<ImportedRow> = onWorkers
    ? {
        stages: [IMPORT_WORKER],
        threads: BATCH_THREADS,
        started,
        settings: { response: responseSettings, writing, reading } satisfies ImportThreadSettings,
        prepare: (at) => toImport(Number(at)),
      }
    : inThisThread(loaded, reading, responseSettings, writing, (at) => toImport(Number(at)));

  // What the main thread has written, by the file each path reaches: no two responses may claim one, even
  // where the file system takes two names for one file.
  const identities = new IdentityCache(io.cwd);
  const claimed = new IdentityIndex<number>();
  let next = 0;
  const passOver = (until: number) => {
    for (; next < until; next++) {
      const outline = rows[next]!;
      progress.tick();
      diagnostics.push(...outline.diagnostics);
      if (outline.status === 'failed') failed++;
    }
  };
  const wrote = (path: string) => {
    written++;
    if (!(progress.visible && io.stdout.isTTY)) io.stdout.write(say.wroteLine(m, displayPath(path, io.cwd)));
  };
  let checked = 0;
  try {
    for await (const made of runInOrder<ImportedRow>(pending.map(String), plan)) {
      const at = pending[checked++]!;
      passOver(at);
      const outline = rows[next++]!;
      progress.tick();
      diagnostics.push(...made.diagnostics);
      if (made.kind === 'failed') {
        failed++;
        continue;
      }
      const path = answerFilePath(options.outDir, outline.stem!);
      if (made.kind === 'written') {
        wrote(path);
        continue;
      }
      const fail = (message: string) => {
        failed++;
        diagnostics.push({ file, ...made.start, severity: 'error', rule: 'not-written', message });
      };
      const other = claimed.hit(identities.of(path));
      if (other !== undefined) {
        fail(m.errors.sameAnswerFileInImport(words.findings.formExport.unit[unit], outline.row, path, other));
        continue;
      }
      try {
        inputs.refuseOver((w) => w.errors.inputs.answerFile(path), path);
        await writeFileAtomic(path, made.text, { overwrite: options.force === true });
      } catch (error) {
        if (!(error instanceof CePlanError)) throw error;
        fail(error.wording(m));
        continue;
      }
      claimed.add(identities.of(path), outline.row);
      wrote(path);
    }
  } finally {
    if (stagingRoot !== undefined) removeStagingFolder(stagingRoot);
  }
  passOver(rows.length);
  progress.clear();
  await printFindings(io, diagnostics, words);
  for (const note of read.value.notes) io.stderr.write(say.noteLine(displayPath(file, io.cwd), note));
  const total = rows.filter((r) => r.status !== 'empty').length;
  if (progress.visible) io.stderr.write(say.importedLine(m, written, total, failed, displayPath(options.outDir, io.cwd)));
  return failed > 0 || diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** A file's size, or 0 when it cannot be found out (reading it will say why, if it cannot be read). */
function sizeOf(file: string): number {
  try {
    return statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  } catch {
    return 0;
  }
}

/** A few rows are read, checked and made here, against the bank already loaded, and all written here, in order. */
function inThisThread(
  loaded: LoadedBank,
  reading: RowReading,
  settings: ResponseSettings,
  writing: WriteSettings,
  rowAt: (at: string) => RowToImport,
): BatchPlan<ImportedRow> {
  const cache: BankCache = new Map([[loaded.file, Promise.resolve({ ok: true as const, value: loaded, diagnostics: [] })]]);
  let context: RowContext | undefined;
  return {
    here: (at) => {
      context ??= rowContext(loaded.bank, reading);
      return importRow(rowAt(at), context, cache, settings, writing);
    },
  };
}

/**
 * Which rows of a large import the main thread writes itself, in order, as a small import does; the
 * worker threads write all the others. A thread's write is whole or nothing (a temp file in its own
 * staging folder, linked into place), and link() refuses any name that is taken, so without --force no
 * two rows can land on one file; but a thread cannot see that another thread's row reaches the same file
 * by another name (with --force, through a symbolic link; on a disk that ignores case, by a name that
 * differs only in case), nor would it word the clash as it is worded here. So, before any row is handed
 * out, every name each answer file can be reached by is listed: its name with its case folded, and for a
 * name already in the out dir (one listing of it), the file it reaches and where its symbolic links lead.
 * The rows that share any of these with another row, and those whose file is an input of the import, are
 * written here. A name that is not in the listing reaches no file yet, so it cannot be an input.
 */
function claimsOf(io: Io, rows: readonly RowOutline[], pending: readonly number[], options: ImportOptions, inputs: InputFiles): Set<number> {
  const identities = new IdentityCache(io.cwd);
  let listed: Set<string>;
  try {
    listed = new Set(readdirSync(options.outDir).map(folded));
  } catch {
    listed = new Set(); // no out dir yet: nothing is there
  }
  const folder = dirname(identities.of(answerFilePath(options.outDir, 'x')).entry);
  const first = new Map<string, number>();
  const here = new Set<number>();
  const claim = (key: string, at: number) => {
    const other = first.get(key);
    if (other === undefined) first.set(key, at);
    else if (other !== at) here.add(other).add(at);
  };
  for (const at of pending) {
    const { stem } = rows[at]!;
    if (stem === undefined) continue; // it names no organisation: it fails, and writes nothing
    const name = `${stem}.yaml`;
    claim(join(folder, folded(name)), at);
    if (!listed.has(folded(name))) continue;
    const path = answerFilePath(options.outDir, stem);
    if (inputs.at(path) !== undefined) here.add(at);
    const { file } = identities.of(path);
    if (file !== undefined) claim(file, at);
    try {
      const { entry } = identities.of(throughLinks(path));
      claim(join(dirname(entry), folded(basename(entry))), at);
    } catch {
      here.add(at); // a loop of links, say: written here, to be refused with its reason
    }
  }
  return here;
}

/** A name with its case folded as a disk that ignores case might (ß as ss, too). */
const folded = (name: string) => name.toUpperCase().toLowerCase();
