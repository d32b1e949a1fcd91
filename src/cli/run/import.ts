// `ce-plan import FILE --bank BANK`: one answer file per response of a form tool's export. Each response
// goes through the pipeline an answer file goes through (its shape, then each answer against the bank),
// and is written only when it passes, as `assess` would read it. A response with an error gets its
// findings (file, row and column) and no file; the others are still written. Files are named after the
// organisation, unique in the export, written atomically, and never over an existing file without --force.
import type { ImportOptions } from '../commands/import.js';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { CePlanError, InputError, UsageError } from '../../core/errors.js';
import * as say from '../../format/batch-text.js';
import { inputType } from '../../forms/file-type.js';
import { readResponses } from '../../forms/responses.js';
import { IdentityCache, IdentityIndex } from '../../io/file-identity.js';
import { importedAnswerFileText } from '../../io/imported-answers.js';
import { answersSchemaReference } from '../../io/paths.js';
import { MAX_FILE_BYTES } from '../../io/read-source.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { checkParsed } from '../../pipeline/assess.js';
import { importSettings } from '../../pipeline/form-map.js';
import { loadBank, type BankCache } from '../../pipeline/load-bank.js';
import { printFindings } from '../findings.js';
import { displayPath, type Io } from '../host.js';
import { inputFiles, isBankPath } from '../input-files.js';
import { progressBar } from '../progress.js';

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

export async function run(io: Io, file: string, options: ImportOptions): Promise<number> {
  const loaded = await loadBank(options.bank);
  const settings = await importSettings(loaded.bank, options);
  const type = inputType(file);
  if (type.kind === 'answers' && /\.ya?ml$/i.test(file)) throw new UsageError(`${file} is an answer file, not a form export: assess it with ce-plan assess`);
  // JSON is SurveyJS results (import reads no answer files); a file of no known kind is read as CSV, the plainest export there is.
  const format = /\.json$/i.test(file) ? 'surveyjs' : 'csv';
  const read = await readResponses(file, type.kind === 'answers' ? { kind: 'export', format } : type, loaded.bank, settings);
  if (!read.ok) throw new InputError(read.diagnostics);
  const { responses, unit } = read.value;
  const diagnostics: Diagnostic[] = [...read.value.diagnostics];
  const progress = progressBar(io.stderr, responses.length, 'importing');
  let written = 0;
  let failed = 0;
  // Every file goes to one folder: the schema's reference from there, worked out once.
  const schema = answersSchemaReference(resolve(io.cwd, options.outDir));
  const inputs = await inputFiles(io, [['the form export', file], ...(isBankPath(options.bank) ? [['the bank', options.bank] as const] : [])], 'this import');
  // The bank is loaded already: the pipeline checks every response against this one.
  const cache: BankCache = new Map([[loaded.file, Promise.resolve({ ok: true as const, value: loaded, diagnostics: [] })]]);
  // What this run has written, by the file each path reaches: no two responses may claim one, even where
  // the file system takes two names for one file.
  const identities = new IdentityCache(io.cwd);
  const claimed = new IdentityIndex<number>();
  for (const response of responses) {
    progress.tick();
    diagnostics.push(...response.diagnostics);
    if (response.status === 'empty') continue;
    const fail = (message: string, rule: string) => {
      failed++;
      diagnostics.push({ file, ...response.answers!.places.start, severity: 'error', rule, message });
    };
    if (response.status === 'failed') {
      failed++;
      continue;
    }
    const checked = await checkParsed(
      { file, data: response.answers!.data, positions: response.answers!.places, source: { file, sha256: read.value.sha256, row: response.row } },
      cache,
      { bank: options.bank },
    );
    diagnostics.push(...checked.diagnostics);
    if (!checked.ok) {
      failed++;
      continue;
    }
    const { content, fitting } = checked.value;
    const text = importedAnswerFileText({ ...content, answers: Object.fromEntries(fitting) as typeof content.answers }, file, unit, response.row, schema);
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_FILE_BYTES) {
      fail(
        `${unit} ${response.row} would make an answer file of ${mib(bytes)}, larger than assess reads (${mib(MAX_FILE_BYTES)}), as its text is written escaped; shorten its answers`,
        'answer-too-large',
      );
      continue;
    }
    const path = join(options.outDir, `${response.stem!}.yaml`);
    const other = claimed.hit(identities.of(path));
    if (other !== undefined) {
      fail(`${unit} ${response.row} would write ${path}, which ${unit} ${other} of this import has written; name the organisations apart`, 'not-written');
      continue;
    }
    try {
      inputs.refuseOver(`the answer file ${path}`, path);
      await writeFileAtomic(path, text, { overwrite: options.force === true });
    } catch (error) {
      if (!(error instanceof CePlanError)) throw error;
      fail(error.message, 'not-written');
      continue;
    }
    claimed.add(identities.of(path), response.row);
    written++;
    if (!(progress.visible && io.stdout.isTTY)) io.stdout.write(say.wroteLine(displayPath(path, io.cwd)));
  }
  progress.clear();
  await printFindings(io, diagnostics);
  for (const note of read.value.notes) io.stderr.write(say.noteLine(displayPath(file, io.cwd), note));
  const total = responses.filter((r) => r.status !== 'empty').length;
  if (progress.visible) io.stderr.write(say.importedLine(written, total, failed, displayPath(options.outDir, io.cwd)));
  return failed > 0 || diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
