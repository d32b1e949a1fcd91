// `assess responses.csv --bank B`: a form export in `assess`, one answer file per response, so one
// command goes from a form tool's export to reports. Each response is read as `import` reads it (its
// findings name the file, row and column), then assessed as an answer file with the answers that count,
// its reports named after the organisation as `import` would name its answer file.
import type { AssessOptions } from '../commands/assess.js';
import { UsageError } from '../../core/errors.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { AnswerFile } from '../../core/schema.js';
import { importedAnswerFileText } from '../../io/imported-answers.js';
import { isFormExport } from '../../io/form-files.js';
import { answersSchemaReference, reportStem } from '../../io/paths.js';
import type { BatchPlan } from '../../batch/run-in-order.js';
import { importSettings } from '../../pipeline/form-map.js';
import { readResponses, type FormResponse } from '../../pipeline/form-responses.js';
import { loadBank, type BankCache } from '../../pipeline/load-bank.js';
import { parseAnswers } from '../../pipeline/parse-answers.js';
import { assessFile, assessParsedFile, type AssessSettings, type FileOutcome } from '../assess-file.js';
import { displayPath, type Io } from '../host.js';
import { styleFor } from '../style.js';

export interface FormInputs {
  /** Every input in order: answer files as they are, and each response of a form export as "file:row". */
  entries: string[];
  /** The reports' name for an entry. */
  stemOf(entry: string): string;
  /** Assesses every entry in this thread (form exports are read here already). */
  plan(settings: AssessSettings): BatchPlan<FileOutcome>;
  /** 1 when a form export itself had an error (a column that matches nothing, a file that cannot be read). */
  exitCode: number;
}

export async function formInputs(io: Io, files: readonly string[], options: AssessOptions): Promise<FormInputs> {
  const first = files.find(isFormExport)!;
  if (options.bank === undefined) throw new UsageError(`${displayPath(first, io.cwd)} is a form export: name the bank its form was made from with --bank`);
  const { bank } = await loadBank(options.bank);
  const settings = await importSettings(bank, { map: options.map });
  const entries: string[] = [];
  const responses = new Map<string, FormResponse>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (!isFormExport(file)) {
      entries.push(file);
      continue;
    }
    const read = await readResponses(file, bank, settings);
    if (!read.ok) {
      diagnostics.push(...read.diagnostics);
      continue;
    }
    diagnostics.push(...read.value.diagnostics);
    for (const response of read.value.responses) {
      if (response.status === 'empty') diagnostics.push(...response.diagnostics);
      else {
        entries.push(response.name);
        responses.set(response.name, response);
      }
    }
  }
  if (diagnostics.length > 0) {
    const { formatStylish } = await import('../../format/lint/stylish.js');
    const shown = diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
    io.stderr.write(formatStylish(shown, { style: await styleFor(io.stderr, io.env), filesChecked: files.filter(isFormExport).length }));
  }
  const cache: BankCache = new Map();
  const assessEntry = async (entry: string, settings: AssessSettings): Promise<FileOutcome> => {
    const response = responses.get(entry);
    if (response === undefined) return assessFile(entry, cache, settings, io.stdin);
    if (response.status === 'failed') return { file: entry, ok: false, diagnostics: response.diagnostics, written: [], kept: [], overall: null };
    // The answers that count only: a hidden question's answer has had its warning, at its cell.
    const content = { ...response.content!, answers: Object.fromEntries(response.counted!) as AnswerFile['answers'] };
    const text = importedAnswerFileText(content, response.name, 'row', response.row, answersSchemaReference());
    const outcome = await assessParsedFile({ file: entry, parsed: parseAnswers(entry, text), stem: response.stem! }, cache, settings);
    return { ...outcome, diagnostics: [...response.diagnostics, ...outcome.diagnostics] };
  };
  return {
    entries,
    stemOf: (entry) => responses.get(entry)?.stem ?? reportStem(entry),
    plan: (settings) => ({ here: (entry) => assessEntry(entry, settings) }),
    exitCode: diagnostics.some((d) => d.severity === 'error') ? 1 : 0,
  };
}
