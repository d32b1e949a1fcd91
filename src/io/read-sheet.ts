// Reads the spreadsheet a form tool exports (CSV in any delimiter and encoding, or .xlsx) into rows of
// typed cells, each with the row and column a spreadsheet shows for it (the header is row 1). Nothing
// in a cell is ever run: a formula comes back as its text, marked as a formula. The CSV and workbook
// libraries load only here, when a spreadsheet is read.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { START, type Diagnostic, type Position } from '../core/diagnostics.js';
import { UsageError } from '../core/errors.js';
import { failure, type Result } from '../core/result.js';

/** A cell as the file holds it. */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  /** A list of values (a SurveyJS checkbox answer). */
  | { kind: 'list'; values: readonly (string | number | boolean)[] }
  /** A formula: never evaluated; its text, for the message. */
  | { kind: 'formula'; formula: string }
  /** A cell that cannot be read as a value (text that is not in the file's encoding, an error value): why. */
  | { kind: 'invalid'; problem: string };

export const EMPTY: Cell = { kind: 'empty' };

export interface SheetRow {
  /** The row number a spreadsheet shows (the header is row 1); for JSON, the response's number. */
  row: number;
  cells: readonly Cell[];
  /** Where a cell of this row is, for messages. */
  at(column: number): Position;
}

export interface Sheet {
  file: string;
  format: 'csv' | 'xlsx' | 'json';
  header: readonly { text: string; at: Position }[];
  rows: readonly SheetRow[];
  /** Rows that could not be read at all (a quote never closed), and the like: each names its row. */
  diagnostics: Diagnostic[];
  /** The CSV delimiter used. */
  delimiter?: string;
}

export interface SheetOptions {
  /** `--delimiter`: otherwise the one the header line uses most. */
  delimiter?: string | undefined;
  /** `--encoding`: otherwise UTF-8 (or UTF-16, by its byte order mark). */
  encoding?: string | undefined;
  /** `--sheet`: otherwise the workbook's first. */
  sheet?: string | undefined;
}

/**
 * Exports from form tools run to a few megabytes for thousands of responses; this leaves room for
 * long free text, and keeps a stray file from filling the memory.
 */
const MAX_SHEET_BYTES = 64 * 1024 * 1024;
/** An .xlsx is a zip: what its parts say they unpack to is checked before anything is unpacked. */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** What a file holds, by its name and its first bytes. */
export function sheetFormatOf(file: string, bytes?: Uint8Array): 'csv' | 'xlsx' | 'json' | 'xls' {
  const extension = extname(file).toLowerCase();
  if (bytes !== undefined && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  if (bytes !== undefined && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  if (extension === '.xlsx' || extension === '.xlsm') return 'xlsx';
  if (extension === '.xls') return 'xls';
  if (extension === '.json') return 'json';
  return 'csv';
}

/** Reads a file's bytes, refusing folders, devices and files too large to be a form tool's export. */
export function readSheetBytes(file: string): Result<Buffer> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) return failure(file, 'unreadable', 'is a folder, not a file', START, true);
    if (!info.isFile()) return failure(file, 'unreadable', 'is not a regular file (a device, pipe or socket)', START, true);
    if (info.size > MAX_SHEET_BYTES) {
      return failure(file, 'file-too-large', `is ${mib(info.size)}, larger than a form export should be (the limit is ${mib(MAX_SHEET_BYTES)})`, START, true);
    }
    const bytes = Buffer.allocUnsafe(info.size);
    const fd = openSync(file, 'r');
    let read = 0;
    try {
      for (let n = 1; read < info.size && n > 0; read += n) n = readSync(fd, bytes, read, info.size - read, null);
    } finally {
      closeSync(fd);
    }
    return { ok: true, value: bytes.subarray(0, read), diagnostics: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? String(error)})`;
    return failure(file, 'unreadable', reason, START, true);
  }
}

/** The encodings `--encoding` takes, checked before a file is read. */
export function checkEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new UsageError(`--encoding ${JSON.stringify(label)} is not an encoding ce-plan knows; try utf-8, windows-1252, iso-8859-1 or utf-16le`);
  }
}

/**
 * The file's text. UTF-8 by default, UTF-16 by its byte order mark, or the encoding asked for. Bytes that
 * are not UTF-8 become U+FFFD and `misencoded` is set, so only the cells they fall in are refused and
 * every other row still reads.
 */
export function decodeText(file: string, bytes: Uint8Array, encoding?: string): Result<{ text: string; misencoded: boolean }> {
  let label = encoding;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [label, start] = [label ?? 'utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, start] = [label ?? 'utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, start] = [label ?? 'utf-16be', 2];
  label ??= 'utf-8';
  const body = bytes.subarray(start);
  const sixteen = label.toLowerCase().startsWith('utf-16');
  if (!sixteen) {
    const nul = body.indexOf(0);
    if (nul !== -1)
      return failure(file, 'not-text', `is not a text file (a zero byte at offset ${nul + start}); expected CSV, an .xlsx workbook or JSON`, START, true);
  }
  if (new TextDecoder(label).encoding === 'windows-1252') return { ok: true, value: { text: decodeWindows1252(body), misencoded: false }, diagnostics: [] };
  try {
    return { ok: true, value: { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body), misencoded: false }, diagnostics: [] };
  } catch {
    return { ok: true, value: { text: new TextDecoder(label, { ignoreBOM: true }).decode(body), misencoded: true }, diagnostics: [] };
  }
}

/** Windows-1252's characters at 0x80–0x9F (the five it leaves out stay as they are, as the WHATWG Encoding Standard has it). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252, as Excel's "CSV" saves on a UK or US Windows. Node 20's TextDecoder reads it as
 * ISO-8859-1, turning its curly quotes and dashes (0x80–0x9F) into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

const MISENCODED =
  'holds bytes that are not UTF-8 text (the file was probably saved as "CSV" in Windows-1252); save it as "CSV UTF-8", or pass --encoding windows-1252';

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter the header line uses most, outside quotes (ties go to the comma, then the semicolon). */
function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const d of CANDIDATE_DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

const cellAt = (row: number) => (column: number) => ({ line: row, column: column + 1 });

/** Reads CSV text: every record a row, numbered as a spreadsheet shows it; a row that cannot be parsed is a finding. */
export async function readCsv(file: string, text: string, misencoded: boolean, delimiter?: string): Promise<Sheet> {
  const { parse } = await import('csv-parse/sync');
  const used = delimiter ?? sniffDelimiter(text);
  const skipped: { records: number; code: string; message: string }[] = [];
  const records = parse(text, {
    delimiter: used,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) skipped.push({ records: Number((error as { records?: unknown }).records), code: error.code, message: error.message });
    },
  }) as string[][];
  const diagnostics: Diagnostic[] = [];
  const toCell = (value: string): Cell => {
    if (value.trim() === '') return EMPTY;
    if (misencoded && value.includes('\uFFFD')) return { kind: 'invalid', problem: MISENCODED };
    return { kind: 'text', text: value };
  };
  // Row numbers count the records a parse skipped, so every later row keeps the number a spreadsheet gives it.
  let skips = 0;
  const reportSkipsUpTo = (records: number) => {
    while (skips < skipped.length && skipped[skips]!.records <= records) {
      const skip = skipped[skips]!;
      const row = skip.records + skips + 1;
      const why = skip.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell here is never closed, so the rest of the file cannot be read' : skip.message;
      diagnostics.push({ file, line: row, column: 1, severity: 'error', rule: 'csv-syntax', message: `row ${row}: ${why}` });
      skips++;
    }
  };
  const rows: SheetRow[] = [];
  let header: Sheet['header'] = [];
  records.forEach((record, index) => {
    reportSkipsUpTo(index);
    const row = index + skips + 1;
    if (index === 0) header = record.map((text, column) => ({ text, at: { line: 1, column: column + 1 } }));
    else rows.push({ row, cells: record.map(toCell), at: cellAt(row) });
  });
  reportSkipsUpTo(Infinity);
  return { file, format: 'csv', header, rows, diagnostics, delimiter: used };
}

/** What the parts of a zip say they unpack to, from its central directory; undefined when it is not a zip ce-plan can measure. */
function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KiB (its comment is at most 65,535 bytes).
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65535); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const size = view.getUint32(at + 24, true);
      if (size === 0xffffffff) return undefined; // zip64: no form export is that large
      total += size;
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return undefined;
}

/** Reads a workbook's sheet: its first, or the one asked for. Formulas are not evaluated (exceljs never does). */
export async function readXlsx(file: string, bytes: Buffer, sheetName?: string): Promise<Result<Sheet>> {
  const size = unpackedSize(bytes);
  if (size === undefined) return failure(file, 'not-xlsx', 'is not an .xlsx workbook that can be read (its zip directory is missing or damaged)', START, true);
  if (size > MAX_UNPACKED_BYTES) {
    return failure(
      file,
      'file-too-large',
      `unpacks to ${mib(size)}, larger than a form export should be (the limit is ${mib(MAX_UNPACKED_BYTES)})`,
      START,
      true,
    );
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as its own Buffer interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return failure(file, 'not-xlsx', `is not an .xlsx workbook that can be read (${error instanceof Error ? error.message : String(error)})`, START, true);
  }
  const names = workbook.worksheets.map((w) => w.name);
  const worksheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (worksheet === undefined) {
    if (sheetName === undefined) return failure(file, 'empty-file', 'has no sheets', START, true);
    throw new UsageError(`${file} has no sheet ${JSON.stringify(sheetName)}; its sheets are ${names.map((n) => JSON.stringify(n)).join(', ')}`);
  }
  const { ValueType } = ExcelJS;
  const toCell = (cell: import('exceljs').Cell): Cell => {
    const value = cell.value;
    // exceljs's own kind of value (not a question's type).
    const valueType = cell.type;
    switch (valueType) {
      case ValueType.Null:
      case ValueType.Merge:
        return EMPTY;
      case ValueType.Number:
        return { kind: 'number', value: value as number };
      case ValueType.Boolean:
        return { kind: 'boolean', value: value as boolean };
      case ValueType.Date:
        return { kind: 'date', value: value as Date };
      case ValueType.Formula:
        return { kind: 'formula', formula: `=${cell.formula ?? ''}` };
      case ValueType.Error:
        return { kind: 'invalid', problem: `holds the error value ${String((value as { error?: unknown }).error ?? '')}` };
      default: {
        // Text, shared text, rich text and a hyperlink's shown text all read as the text a reader sees.
        const text = cell.text;
        return text.trim() === '' ? EMPTY : { kind: 'text', text };
      }
    }
  };
  let header: Sheet['header'] | undefined;
  const rows: SheetRow[] = [];
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= width; column++) cells.push(toCell(row.getCell(column)));
    if (header === undefined) {
      // The header is the first row with anything in it.
      if (cells.every((c) => c.kind === 'empty')) return;
      header = cells.map((cell, column) => ({ text: cellText(cell), at: { line: number, column: column + 1 } }));
      return;
    }
    rows.push({ row: number, cells, at: cellAt(number) });
  });
  return { ok: true, value: { file, format: 'xlsx', header: header ?? [], rows, diagnostics: [] }, diagnostics: [] };
}

/** A cell's value as text (for headers): a formula as its text. */
function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
    case 'boolean':
      return String(cell.value);
    case 'date':
      return cell.value.toISOString();
    case 'list':
      return cell.values.join(', ');
    case 'formula':
      return cell.formula;
    case 'invalid':
      return '';
  }
}
