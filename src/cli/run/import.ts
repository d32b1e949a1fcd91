// `ce-plan import FILE --bank BANK`: one answer file per response of a form tool's export. Each response
// goes through the pipeline an answer file goes through (its shape, then each answer against the bank),
// and is written only when it passes, as `assess` would read it. A response with an error gets its
// findings (file, row and column) and no file; the others are still written. Files are named after the
// organisation, unique in the export, written atomically, and never over an existing file without --force.
// A large export is checked on worker threads, as `assess` runs; the files are written here, in order.
import { messageLanguage } from '../../core/languages.js';
import type { ImportOptions } from '../commands/import.js';
import { join, resolve } from 'node:path';
import { runInOrder, type BatchPlan } from '../../batch/run-in-order.js';
import { BATCH_THREADS, WORKER_THRESHOLD } from '../../batch/threads.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { CePlanError, InputError, UsageError } from '../../core/errors.js';
import { wordsFor } from '../../core/words/index.js';
import * as say from '../../format/batch-text.js';
import { inputType } from '../../forms/file-type.js';
import { readResponses } from '../../forms/responses.js';
import { IdentityCache, IdentityIndex } from '../../io/file-identity.js';
import { answersSchemaReference } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { importSettings } from '../../pipeline/form-map.js';
import { answerFileFor, type ImportedResponse, type ResponseRow, type ResponseSettings } from '../../pipeline/import-response.js';
import { loadBank, type BankCache, type LoadedBank } from '../../pipeline/load-bank.js';
import { printFindings } from '../findings.js';
import { displayPath, type Io } from '../host.js';
import { inputFiles, isBankPath } from '../input-files.js';
import { progressBar } from '../progress.js';

export async function run(io: Io, file: string, options: ImportOptions): Promise<number> {
  const messages = messageLanguage(options.lang);
  const m = wordsFor(messages).messages;
  const loaded = await loadBank(options.bank, messages);
  const settings = await importSettings(loaded.bank, options, messages);
  const type = inputType(file);
  if (type.kind === 'answers' && /\.ya?ml$/i.test(file)) throw new UsageError((w) => w.errors.answerFileNotExport(file));
  // JSON is SurveyJS results (import reads no answer files); a file of no known kind is read as CSV, the plainest export there is.
  const format = /\.json$/i.test(file) ? 'surveyjs' : 'csv';
  const read = await readResponses(file, type.kind === 'answers' ? { kind: 'export', format } : type, loaded.bank, settings);
  if (!read.ok) throw new InputError(read.diagnostics, messages);
  const { responses, unit } = read.value;
  const diagnostics: Diagnostic[] = [...read.value.diagnostics];
  const progress = progressBar(io.stderr, responses.length, m.importing);
  let written = 0;
  let failed = 0;
  const inputs = await inputFiles(io, [['formExport', file], ...(isBankPath(options.bank) ? [['bank', options.bank] as const] : [])], 'import');
  // What this run has written, by the file each path reaches: no two responses may claim one, even where
  // the file system takes two names for one file.
  const identities = new IdentityCache(io.cwd);
  const claimed = new IdentityIndex<number>();
  const responseSettings: ResponseSettings = {
    file,
    sha256: read.value.sha256,
    unit,
    bank: options.bank,
    messages,
    // Every file goes to one folder: the schema's reference from there, worked out once.
    schema: answersSchemaReference(resolve(io.cwd, options.outDir)),
  };
  // The responses read from the export, checked (on worker threads when there are many); the rest are
  // passed over with their findings, each in the export's order.
  const checking = responses.flatMap((response, at) => (response.status === 'read' ? [String(at)] : []));
  let next = 0;
  const passOver = (until: number) => {
    for (; next < until; next++) {
      const response = responses[next]!;
      progress.tick();
      diagnostics.push(...response.diagnostics);
      if (response.status === 'failed') failed++;
    }
  };
  let checked = 0;
  for await (const made of runInOrder<ImportedResponse>(
    checking,
    planFor(checking.length, responseSettings, loaded, (at) => rowOf(responses[Number(at)]!)),
  )) {
    const at = Number(checking[checked++]);
    passOver(at);
    const response = responses[next++]!;
    progress.tick();
    diagnostics.push(...response.diagnostics, ...made.diagnostics);
    const fail = (message: string, rule: string) => {
      failed++;
      diagnostics.push({ file, ...response.answers!.places.start, severity: 'error', rule, message });
    };
    if (!made.ok) {
      failed++;
      continue;
    }
    const path = join(options.outDir, `${response.stem!}.yaml`);
    const other = claimed.hit(identities.of(path));
    if (other !== undefined) {
      fail(`${unit} ${response.row} would write ${path}, which ${unit} ${other} of this import has written; name the organisations apart`, 'not-written');
      continue;
    }
    try {
      inputs.refuseOver((w) => w.errors.inputs.answerFile(path), path);
      await writeFileAtomic(path, made.text, { overwrite: options.force === true });
    } catch (error) {
      if (!(error instanceof CePlanError)) throw error;
      fail(error.message, 'not-written');
      continue;
    }
    claimed.add(identities.of(path), response.row);
    written++;
    if (!(progress.visible && io.stdout.isTTY)) io.stdout.write(say.wroteLine(m, displayPath(path, io.cwd)));
  }
  passOver(responses.length);
  progress.clear();
  await printFindings(io, diagnostics, wordsFor(messages));
  for (const note of read.value.notes) io.stderr.write(say.noteLine(displayPath(file, io.cwd), note));
  const total = responses.filter((r) => r.status !== 'empty').length;
  if (progress.visible) io.stderr.write(say.importedLine(m, written, total, failed, displayPath(options.outDir, io.cwd)));
  return failed > 0 || diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** A response read from the export, as the checking takes it. */
function rowOf({ row, answers }: { row: number; answers: { data: unknown; places: ResponseRow['places'] } | undefined }): ResponseRow {
  return { row, data: answers!.data, places: answers!.places };
}

/**
 * Many responses are checked on worker threads alike (as `assess` runs), each with its own bank; a few
 * here, against the bank already loaded. Either way the results come back in order, to be written here.
 */
function planFor(count: number, settings: ResponseSettings, loaded: LoadedBank, rowAt: (at: string) => ResponseRow): BatchPlan<ImportedResponse> {
  if (count >= WORKER_THRESHOLD)
    return { stages: [new URL('../../batch/import-worker.js', import.meta.url)], threads: BATCH_THREADS, settings, prepare: rowAt };
  const cache: BankCache = new Map([[loaded.file, Promise.resolve({ ok: true as const, value: loaded, diagnostics: [] })]]);
  return { here: (at) => answerFileFor(rowAt(at), cache, settings) };
}
