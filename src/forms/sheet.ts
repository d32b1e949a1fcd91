// A form tool's export as the readers give it (readers/): a header and rows of typed cells, each with the
// row and column a spreadsheet shows for it (the header is row 1), or for a SurveyJS results file the
// line and column of each value. Nothing in a cell is ever run: a formula comes back as its text,
// marked as a formula.
import type { Diagnostic, Position } from '../core/diagnostics.js';

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

/** The formats the readers know: each one's reader is in readers/, named in readers/index.ts. */
export type SheetFormat = 'csv' | 'xlsx' | 'surveyjs';

export interface SheetRow {
  /** The row number a spreadsheet shows (the header is row 1); for JSON, the response's number. */
  row: number;
  /** Its cells by column; a workbook's rows are sparse (a missing cell is empty), so walk them with forEach, not for…of. */
  cells: readonly Cell[];
  /** Where a cell of this row is, for messages. */
  at(column: number): Position;
}

export interface Sheet {
  file: string;
  format: SheetFormat;
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

/** A cell's value as text (for headers): a formula as its text. */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
    case 'invalid':
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
  }
}

/** The row and column a spreadsheet shows for a cell of row `row` (columns counted from 0 here). */
export const cellAt = (row: number) => (column: number) => ({ line: row, column: column + 1 });

/**
 * A row as plain data that crosses to a worker thread cheaply (strings copy far faster than objects): a
 * text cell as its text, an empty one as null, any other cell as it is; and, where the cells are not a
 * spreadsheet's (SurveyJS results), the place of each.
 */
export interface PackedRow {
  row: number;
  cells: (string | null | Cell)[];
  places?: Position[];
}

export function packRow(sheetRow: SheetRow, format: SheetFormat, width: number): PackedRow {
  const { row, cells } = sheetRow;
  const packed: (string | null | Cell)[] = new Array<string | null | Cell>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    packed[i] = cell === undefined || cell.kind === 'empty' ? null : cell.kind === 'text' ? cell.text : cell;
  }
  if (format !== 'surveyjs') return { row, cells: packed };
  return { row, cells: packed, places: Array.from({ length: Math.max(width, cells.length, 1) }, (_, column) => sheetRow.at(column)) };
}

export function unpackRow({ row, cells, places }: PackedRow): SheetRow {
  const unpacked: Cell[] = new Array<Cell>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    unpacked[i] = cell === null ? EMPTY : typeof cell === 'string' ? { kind: 'text', text: cell } : cell;
  }
  const at = places === undefined ? cellAt(row) : (column: number) => places[column] ?? places[0]!;
  return { row, cells: unpacked, at };
}
