// An .xlsx workbook, as Microsoft Forms' "Open in Excel" and KoboToolbox's XLS download give it, or as
// Excel saves one: its first sheet, or the one asked for. Formulas are never evaluated (exceljs never
// does); one comes back as its text. exceljs loads only here.
import { START } from '../../core/diagnostics.js';
import { UsageError } from '../../core/errors.js';
import { failure, type Result } from '../../core/result.js';
import { cellAt, cellText, EMPTY, type Cell, type Sheet, type SheetOptions, type SheetRow } from '../sheet.js';
import { mib } from './bytes.js';

/** An .xlsx is a zip: what its parts say they unpack to is checked before anything is unpacked. */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

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

export async function read(file: string, bytes: Buffer, options: SheetOptions): Promise<Result<Sheet>> {
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
  const worksheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (worksheet === undefined) {
    if (options.sheet === undefined) return failure(file, 'empty-file', 'has no sheets', START, true);
    throw new UsageError(`${file} has no sheet ${JSON.stringify(options.sheet)}; its sheets are ${names.map((n) => JSON.stringify(n)).join(', ')}`);
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
  // Only the cells a row holds are read: one stray cell in column XFD must not make every row 16,384
  // cells wide, nor one in row 1,048,576 make a million empty rows. A row's cells are a sparse list.
  let header: Sheet['header'] | undefined;
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = toCell(cell);
      if (read.kind !== 'empty') cells[column - 1] = read;
    });
    if (header === undefined) {
      // The header is the first row with anything in it; a header is read whole, blanks and all.
      if (cells.length === 0) return;
      header = Array.from({ length: cells.length }, (_, column) => ({ text: cellText(cells[column] ?? EMPTY), at: { line: number, column: column + 1 } }));
      return;
    }
    rows.push({ row: number, cells, at: cellAt(number) });
  });
  return { ok: true, value: { file, format: 'xlsx', header: header ?? [], rows, diagnostics: [] }, diagnostics: [] };
}
