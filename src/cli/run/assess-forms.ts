// `assess responses.csv --bank B`: a form export stands for one input per response. Each is read as
// `import` reads it (its findings name the file, row and column), then goes through the same pipeline
// as an answer file, on the same threads: checked, scored, rendered and written, its reports named after
// the organisation as `import` would name its answer file.
import type { AssessOptions } from '../commands/assess.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { UsageError } from '../../core/errors.js';
import type { InputType } from '../../forms/file-type.js';
import { readResponses } from '../../forms/responses.js';
import { reportStem } from '../../io/paths.js';
import type { ParsedFile } from '../../pipeline/assess-file.js';
import { importSettings } from '../../pipeline/form-map.js';
import { loadBank } from '../../pipeline/load-bank.js';
import { messageLanguage } from '../../core/languages.js';
import { displayPath, type Io } from '../host.js';

/** A run's inputs: its answer files, and each response of its form exports. */
export interface FormInputs {
  /** Every input in order: answer files as they are, each response of a form export as "file:row". */
  entries: string[];
  /** The reports' name for an entry. */
  stemOf(entry: string): string;
  /** A response, read and ready for the pipeline (or why it cannot be); undefined for an answer file. */
  parsedOf(entry: string): ParsedFile | undefined;
  /** The file an entry came from: a form export's findings, its own and its rows', are printed as one block. */
  fileOf(entry: string): string;
  /** Findings about each form export as a whole: its columns, the rows it skips. */
  found: Map<string, Diagnostic[]>;
  /** What reading each export decided that the user should know (the order of its dates), by export. */
  notes: Map<string, string[]>;
  /** 1 when a form export itself had an error (a column that matches nothing). */
  exitCode: number;
}

export async function formInputs(io: Io, files: readonly string[], types: readonly InputType[], options: AssessOptions): Promise<FormInputs> {
  const first = files.find((_, i) => types[i]!.kind !== 'answers')!;
  if (options.bank === undefined) throw new UsageError((w) => w.errors.formNeedsBank(displayPath(first, io.cwd)));
  const messages = messageLanguage(options.lang);
  const { bank } = await loadBank(options.bank, messages);
  const settings = await importSettings(bank, { map: options.map, dateOrder: options.dateOrder }, messages);
  const entries: string[] = [];
  const responses = new Map<string, ParsedFile & { from: string }>();
  const found = new Map<string, Diagnostic[]>();
  const notes = new Map<string, string[]>();
  let exitCode = 0;
  for (const [i, file] of files.entries()) {
    const type = types[i]!;
    if (type.kind === 'answers') {
      entries.push(file);
      continue;
    }
    const read = await readResponses(file, type, bank, settings);
    if (!read.ok) {
      // As an answer file that cannot be read: it fails, and the others go on.
      entries.push(file);
      responses.set(file, { file, parsed: read, from: file });
      continue;
    }
    const { diagnostics, responses: rows } = read.value;
    const own = [...diagnostics];
    if (own.some((d) => d.severity === 'error')) exitCode = 1;
    notes.set(file, read.value.notes);
    for (const response of rows) {
      if (response.status === 'empty') {
        own.push(...response.diagnostics);
        continue;
      }
      entries.push(response.name);
      const parsed: ParsedFile['parsed'] =
        response.status === 'read'
          ? {
              ok: true,
              value: {
                file,
                data: response.answers!.data,
                positions: response.answers!.places,
                source: { file, sha256: read.value.sha256, row: response.row },
              },
              diagnostics: [],
            }
          : { ok: false, diagnostics: response.diagnostics };
      responses.set(response.name, { file: response.name, parsed, ...(response.stem === undefined ? {} : { stem: response.stem }), from: file });
    }
    found.set(file, own);
  }
  return {
    entries,
    stemOf: (entry) => responses.get(entry)?.stem ?? reportStem(entry),
    parsedOf: (entry) => responses.get(entry),
    fileOf: (entry) => responses.get(entry)?.from ?? entry,
    found,
    notes,
    exitCode,
  };
}
