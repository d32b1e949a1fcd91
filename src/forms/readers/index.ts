// The registry of form-export readers: one module per format, each giving a `Sheet` (a header and rows
// of typed cells, each placed). Each is loaded only when a file of its format is read: csv-parse and
// exceljs are large, and `assess` on answer files loads neither. What format a file is, is the one
// check in ../file-type.ts.
import type { Words } from '../../core/words/index.js';
import { START } from '../../core/diagnostics.js';
import { failure, type Result } from '../../core/result.js';
import type { InputType } from '../file-type.js';
import type { Sheet, SheetFormat, SheetOptions } from '../sheet.js';
import { readSheetBytes } from './bytes.js';

interface SheetReader {
  read(file: string, bytes: Buffer, options: SheetOptions, words: Words): Promise<Result<Sheet>>;
}

const SHEET_READERS: Record<SheetFormat, { load(): Promise<SheetReader> }> = {
  csv: { load: () => import('./csv.js') },
  xlsx: { load: () => import('./xlsx.js') },
  surveyjs: { load: () => import('./surveyjs.js') },
};

/** Reads a form export as its reader does; a file no reader can read is a failure (unreadable: exit 2 for import), said in `words`' language. */
export async function readSheet(file: string, type: Exclude<InputType, { kind: 'answers' }>, options: SheetOptions, words: Words): Promise<Result<Sheet>> {
  if (type.kind === 'refused') return failure(file, type.rule, words.findings.formExport.refused[type.rule], START, true);
  const bytes = readSheetBytes(file, words);
  if (!bytes.ok) return bytes;
  return (await SHEET_READERS[type.format].load()).read(file, bytes.value, options, words);
}
