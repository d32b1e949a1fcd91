// `ce-plan import FILE --bank BANK`: one answer file per response of a form tool's export. A response
// with an error gets its findings (file, row and column) and no file; the others are still written.
// Files are named after the organisation, unique in the export, written atomically, and never over an
// existing file without --force.
import type { ImportOptions } from '../commands/import.js';
import { join, resolve } from 'node:path';
import { CePlanError, InputError } from '../../core/errors.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { importedAnswerFileText } from '../../io/imported-answers.js';
import { answersSchemaReference } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { importSettings } from '../../pipeline/form-map.js';
import { readResponses } from '../../pipeline/form-responses.js';
import { loadBank } from '../../pipeline/load-bank.js';
import { terminalText } from '../../format/terminal-text.js';
import { displayPath, type Io } from '../host.js';
import { inputFiles, isBankPath } from '../input-files.js';
import { progressBar } from '../progress.js';
import { styleFor } from '../style.js';

export async function run(io: Io, file: string, options: ImportOptions): Promise<number> {
  const { bank } = await loadBank(options.bank);
  const settings = await importSettings(bank, options);
  const read = await readResponses(file, bank, settings);
  if (!read.ok) throw new InputError(read.diagnostics);
  const { responses } = read.value;
  const diagnostics: Diagnostic[] = [...read.value.diagnostics];
  const progress = progressBar(io.stderr, responses.length, 'importing');
  let written = 0;
  let failed = 0;
  // Every file goes to one folder: the schema's reference from there, worked out once.
  const schema = answersSchemaReference(resolve(io.cwd, options.outDir));
  const inputs = await inputFiles(io, [['the form export', file], ...(isBankPath(options.bank) ? [['the bank', options.bank] as const] : [])], 'this import');
  for (const response of responses) {
    diagnostics.push(...response.diagnostics);
    progress.tick();
    if (response.status === 'empty') continue;
    if (response.status === 'failed') {
      failed++;
      continue;
    }
    const path = join(options.outDir, `${response.stem!}.yaml`);
    try {
      inputs.refuseOver(`the answer file ${path}`, path);
      await writeFileAtomic(path, importedAnswerFileText(response.content!, file, read.value.unit, response.row, schema), {
        overwrite: options.force === true,
      });
    } catch (error) {
      if (!(error instanceof CePlanError)) throw error;
      failed++;
      diagnostics.push({ file, line: response.row, column: 1, severity: 'error', rule: 'not-written', message: error.message });
      continue;
    }
    written++;
    if (!(progress.visible && io.stdout.isTTY)) io.stdout.write(`wrote ${terminalText(displayPath(path, io.cwd))}\n`);
  }
  progress.clear();
  if (diagnostics.length > 0) {
    const { formatStylish } = await import('../../format/lint/stylish.js');
    const shown = diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
    io.stderr.write(formatStylish(shown, { style: await styleFor(io.stderr, io.env), filesChecked: 1 }));
  }
  const total = responses.filter((r) => r.status !== 'empty').length;
  if (progress.visible) {
    io.stderr.write(
      `imported ${written} of ${total} responses${failed ? `; ${failed} failed` : ''}; answer files in ${terminalText(displayPath(options.outDir, io.cwd))}\n`,
    );
  }
  return failed > 0 || diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
