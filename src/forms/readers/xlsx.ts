// An .xlsx workbook, as Microsoft Forms' "Open in Excel" and KoboToolbox's XLS download give it, or as
// Excel saves one: its first sheet, or the one asked for. Formulas are never evaluated (exceljs never
// does); one comes back as its text. exceljs loads only here.
import { START } from '../../core/diagnostics.js';
import { UsageError } from '../../core/errors.js';
import { failure, type Result } from '../../core/result.js';
import { cellAt, cellText, EMPTY, type Cell, type Sheet, type SheetOptions, type SheetRow } from '../sheet.js';
import type { Words } from '../../core/words/index.js';
import { mib } from '../../io/read-source.js';

/**
 * An .xlsx is a zip, and exceljs holds what it unpacks, several times over (71 MiB of sheet took 775 MB
 * here): a workbook may unpack to this much, which exceljs reads in well under Node's default heap. A
 * Microsoft Forms export of 50,000 responses of 20 questions unpacks to about 70 MiB.
 */
const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

interface ZipEntry {
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  /** Where its compressed bytes start, and how many there are. */
  start: number;
  length: number;
}

/** The entries of a zip, from its central directory; undefined when it is not a zip ce-plan can read. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KiB (its comment is at most 65,535 bytes).
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65535); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const local = view.getUint32(at + 42, true);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      entries.push({ method: view.getUint16(at + 10, true), start, length: Math.min(view.getUint32(at + 20, true), bytes.length - start) });
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return entries;
  }
  return undefined;
}

/**
 * What a zip really unpacks to, counted from its bytes as they inflate (a zip bomb's headers may say
 * anything), stopping as soon as it is past `limit`: only a few kilobytes are ever held.
 */
async function unpackedSize(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number): Promise<number> {
  const { createInflateRaw } = await import('node:zlib');
  let total = 0;
  for (const { method, start, length } of entries) {
    const data = bytes.subarray(start, start + length);
    if (method !== 8) {
      total += data.length;
    } else {
      total += await new Promise<number>((resolve) => {
        let size = 0;
        const inflate = createInflateRaw();
        inflate.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (total + size > limit) {
            inflate.destroy();
            resolve(size);
          }
        });
        inflate.on('end', () => resolve(size));
        // A damaged part is exceljs's to report; what it gave counts.
        inflate.on('error', () => resolve(size));
        inflate.end(data);
      });
    }
    if (total > limit) break;
  }
  return total;
}

export async function read(file: string, bytes: Buffer, options: SheetOptions, words: Words): Promise<Result<Sheet>> {
  const say = words.findings.formExport;
  const entries = zipEntries(bytes);
  if (entries === undefined) return failure(file, 'not-xlsx', say.xlsxDamaged, START, true);
  if ((await unpackedSize(bytes, entries, MAX_UNPACKED_BYTES)) > MAX_UNPACKED_BYTES) {
    return failure(file, 'file-too-large', say.unpacksTooLarge(mib(MAX_UNPACKED_BYTES)), START, true);
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as its own Buffer interface; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return failure(file, 'not-xlsx', say.xlsxUnreadable(error instanceof Error ? error.message : String(error)), START, true);
  }
  const names = workbook.worksheets.map((w) => w.name);
  const worksheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (worksheet === undefined) {
    if (options.sheet === undefined) return failure(file, 'empty-file', say.noSheets, START, true);
    const sheet = options.sheet;
    throw new UsageError((w) => w.errors.noSuchSheet(file, JSON.stringify(sheet), names.map((n) => JSON.stringify(n)).join(', ')));
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
        return { kind: 'invalid', problem: say.errorValue(String((value as { error?: unknown }).error ?? '')) };
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
