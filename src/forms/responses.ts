// A form tool's export as responses, one per row (or per SurveyJS result): each row's cells read as an
// answer file's data, with where each value is, for the pipeline to check, score and write as it does an
// answer file (src/pipeline/assess.ts). Cells that fit no option, and the like, are the row's findings
// here, as a YAML file's syntax errors are its parser's; a row with one is not read further. Findings
// name the file, and the row and column a spreadsheet shows (for JSON, the line and column of the value).
import { placedQuestions } from '../core/bank.js';
import type { Diagnostic, Position } from '../core/diagnostics.js';
import { UsageError } from '../core/errors.js';
import { failure, type Result } from '../core/result.js';
import type { DetailField } from '../core/form-layout.js';
import type { Bank, Option, Question } from '../core/schema.js';
import { quoteText } from '../core/validate.js';
import { organisationFileName, uniqueNames } from '../format/file-name.js';
import type { Language } from '../core/languages.js';
import { wordsFor } from '../core/words/index.js';
import { readAnswerCell, readDateCell, readOptionCell, readTextCell, type CellSettings, type FormWords } from './cells.js';
import { matchColumns, wrongDelimiter, type ColumnRole, type ColumnSettings } from './columns.js';
import { columnOrder, isAmbiguous, orderNote, type ColumnOrder, type DateOrder } from './dates.js';
import type { InputType } from './file-type.js';
import { CANDIDATE_DELIMITERS } from './readers/csv.js';
import { readSheet } from './readers/index.js';
import { mib } from '../io/read-source.js';
import { fileHash } from '../io/text-hash.js';
import type { RowPlaces } from './row-places.js';
import { EMPTY, type Cell, type Sheet, type SheetOptions, type SheetRow } from './sheet.js';
import { TOOLS, type FormTool } from './tools.js';

export interface ImportSettings extends ColumnSettings, SheetOptions {
  /** `--multi-separator`: how the options of a multiple choice are joined, whatever the tool. */
  multiSeparator?: string | undefined;
  /** From a mapping file: a question's cell texts and the option values they stand for. */
  values: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** `--organisation`: the organisation of every response that names none. */
  organisation?: string | undefined;
  /** `--date-order`: how slashed dates read where a column does not settle it (day first otherwise). */
  dateOrder?: DateOrder | undefined;
  /** The language of the export's findings: the first of `--lang`, else English (messageLanguage); a name, so it crosses to a worker thread. */
  messages: Language;
}

/** A row's answers as an answer file's data, and where each is: plain data, so it crosses to a worker thread. */
interface RowAnswers {
  data: RowData;
  places: RowPlaces;
}

interface RowData {
  bank: string;
  bank_version: string;
  organisation: { name: string; area?: string; completed_by?: string; date?: string };
  respondent?: { name?: string; role?: string };
  answers: Record<string, string | number | string[]>;
}

interface FormResponse {
  /** The row a spreadsheet shows (for JSON, the response's number). */
  row: number;
  /** "responses.csv:3", as a run names it. */
  name: string;
  /** `read`: its answers, to check; `failed`: an error in a cell; `empty`: nothing in the row. */
  status: 'read' | 'failed' | 'empty';
  /** The answer file's (and the reports') name, without extension: from the organisation, unique in the file. */
  stem: string | undefined;
  answers: RowAnswers | undefined;
  /** Errors when it failed; warnings otherwise. */
  diagnostics: Diagnostic[];
}

/** What is known of the export as a whole once its rows are read. */
interface ExportFacts {
  file: string;
  /** The export's SHA-256 (of its bytes), which each report made from one of its rows records. */
  sha256: string;
  /** The tool its columns show it came from. */
  tool: FormTool | undefined;
  /** What each response is: a spreadsheet's row, or a JSON file's response. */
  unit: 'row' | 'response';
  /** About the file as a whole: its columns, and rows that could not be read at all. */
  diagnostics: Diagnostic[];
  /** What the reading decided that the user should know: the order its dates were read in. */
  notes: string[];
}

export interface FormResponses extends ExportFacts {
  responses: FormResponse[];
}

/**
 * A row of the export before its answers are read: empty, failed already (its cells do not line up, or
 * it is too large), or to be read (`pending`), with its name, unique in the export. Reading a pending
 * row (readRow) may be done on another thread, from `reading`.
 */
export interface RowOutline {
  row: number;
  name: string;
  status: 'empty' | 'failed' | 'pending';
  stem: string | undefined;
  /** Why it failed. */
  diagnostics: Diagnostic[];
  sheetRow: SheetRow;
}

/** A form export read as far as can be done once for the whole file: its rows outlined, and what it takes to read each. */
export interface FormOutline extends ExportFacts {
  rows: RowOutline[];
  reading: RowReading;
}

/** Reads a form export against a bank; a file that cannot be read at all is a failure (exit 2 for import). */
export async function readResponses(
  file: string,
  type: Exclude<InputType, { kind: 'answers' }>,
  bank: Bank,
  settings: ImportSettings,
): Promise<Result<FormResponses>> {
  const outlined = await outlineResponses(file, type, bank, settings);
  if (!outlined.ok) return outlined;
  const { rows, reading, ...facts } = outlined.value;
  const context = rowContext(bank, reading);
  const responses = rows.map((outline): FormResponse => {
    const { row, name, stem, diagnostics, sheetRow } = outline;
    if (outline.status === 'pending') return readRow(context, sheetRow, stem);
    return { row, name, status: outline.status, stem, answers: undefined, diagnostics };
  });
  return { ok: true, value: { ...facts, responses }, diagnostics: [] };
}

/** Reads a form export, and outlines its rows: each one's answers are read by readRow, here or on another thread. */
export async function outlineResponses(
  file: string,
  type: Exclude<InputType, { kind: 'answers' }>,
  bank: Bank,
  settings: ImportSettings,
): Promise<Result<FormOutline>> {
  const words = wordsFor(settings.messages);
  const sheet = await readSheet(file, type, settings, words);
  if (!sheet.ok) return sheet;
  if (sheet.value.header.every((h) => h.text.trim() === '')) {
    return failure(file, 'empty-file', words.findings.formExport.emptyExport, undefined, true);
  }
  return { ok: true, value: { ...outlineOf(bank, sheet.value, settings), sha256: await fileHash(file) }, diagnostics: [] };
}

interface QuestionColumns {
  question: Question;
  /** Its answer's path in an answer file, for its place. */
  path: string;
  columns: number[];
  options: { column: number; option: Option }[];
}

/** What reading a row takes of its sheet: plain data, so it crosses to a worker thread. */
type SheetShape = Pick<Sheet, 'file' | 'format' | 'header' | 'delimiter'>;

/** What it takes to read any row of an export, besides its bank: plain data, so it crosses to a worker thread. */
export interface RowReading {
  sheet: SheetShape;
  settings: ImportSettings;
  /** The order each date column's slashed dates are read in, found from all its cells. */
  orders: ReadonlyMap<number, ColumnOrder>;
}

/** The columns matched to the bank, as reading a row wants them. */
function columnsOf(bank: Bank, sheet: SheetShape, settings: ImportSettings, say: FormWords) {
  const columns = matchColumns(bank, sheet.file, sheet.header, settings, say, sheet.delimiter);
  const tool = sheet.format === 'surveyjs' ? 'surveyjs' : columns.tool;
  const byQuestion: QuestionColumns[] = placedQuestions(bank).map(({ question }) => ({ question, path: `answers/${question.id}`, columns: [], options: [] }));
  const entryOf = new Map(byQuestion.map((entry) => [entry.question, entry]));
  const detailColumns = new Map<DetailField, number[]>();
  let timestamp: { column: number; rank: number } | undefined;
  columns.roles.forEach((role, column) => {
    if (role.kind === 'question') entryOf.get(role.question)?.columns.push(column);
    else if (role.kind === 'option') entryOf.get(role.question)?.options.push({ column, option: role.option });
    else if (role.kind === 'detail') detailColumns.set(role.detail.field, [...(detailColumns.get(role.detail.field) ?? []), column]);
    else if (role.kind === 'timestamp' && (timestamp === undefined || role.rank < timestamp.rank)) timestamp = { column, rank: role.rank };
  });
  return { columns, tool, byQuestion, detailColumns, timestamp };
}

/** How each row of an export is read: the same on every thread, from the same bank and `reading`. */
export function rowContext(bank: Bank, { sheet, settings, orders }: RowReading): RowContext {
  const say = wordsFor(settings.messages).findings.formExport;
  const { tool, byQuestion, detailColumns, timestamp } = columnsOf(bank, sheet, settings, say);
  return {
    bank,
    sheet,
    byQuestion,
    detailColumns,
    timestamp: detailColumns.has('date') ? undefined : timestamp,
    orders,
    cellSettings: {
      separator: settings.multiSeparator ?? (tool === undefined ? undefined : TOOLS[tool].separator),
      fixed: settings.multiSeparator !== undefined,
      values: settings.values,
      say,
    },
    settings,
    say,
    unit: sheet.format === 'surveyjs' ? 'response' : 'row',
  };
}

/** The export as a whole, and each row outlined. */
function outlineOf(bank: Bank, sheet: Sheet, settings: ImportSettings): Omit<FormOutline, 'sha256'> {
  const { file } = sheet;
  const say = wordsFor(settings.messages).findings.formExport;
  const { columns, tool, detailColumns, timestamp } = columnsOf(bank, sheet, settings, say);
  const unit = sheet.format === 'surveyjs' ? 'response' : 'row';
  refuseUnmatched(bank, sheet, columns.roles, settings, say);
  if (!detailColumns.has('organisation') && settings.organisation === undefined) {
    throw new UsageError(say.noOrganisationColumn(file, wrongDelimiter(sheet.header, sheet.delimiter, say)));
  }
  // KoboToolbox puts a form's HXL hashtags, when it has any, in a row of their own under the header.
  const rows = sheet.rows.length > 0 && isHashtagRow(sheet.rows[0]!) ? sheet.rows.slice(1) : sheet.rows;
  const dated = detailColumns.has('date') ? detailColumns.get('date')! : timestamp === undefined ? [] : [timestamp.column];
  const orders = new Map<number, ColumnOrder>();
  const notes: string[] = [];
  for (const column of dated) {
    const cells = rows.map((row) => ({ row: row.row, cell: row.cells[column] ?? EMPTY }));
    const order = columnOrder(cells, settings.dateOrder);
    orders.set(column, order);
    if (cells.some(({ cell }) => isAmbiguous(cell))) notes.push(orderNote(sheet.header[column]?.text ?? '', order, say));
  }
  const reading: RowReading = { sheet: { file, format: sheet.format, header: sheet.header, delimiter: sheet.delimiter }, settings, orders };
  const context = rowContext(bank, reading);
  const outlines = rows.map((row) => outlineRow(context, row));
  const diagnostics = [...sheet.diagnostics, ...columns.diagnostics, ...emptyRuns(file, unit, rows, outlines, say)];
  // A column with no header is left alone, unless a row puts something in it (in a workbook, a column
  // past the header's last is one too; in a CSV, such a row is refused for its length).
  const headed = (column: number) => column < sheet.header.length && sheet.header[column]!.text.trim() !== '';
  const used = new Map<number, number>();
  for (const row of rows) {
    if (sheet.format === 'csv' && row.cells.length > sheet.header.length) continue;
    row.cells.forEach((cell, column) => {
      if (cell.kind !== 'empty' && !headed(column) && !used.has(column)) used.set(column, row.row);
    });
  }
  const headerLine = sheet.header[0]?.at.line ?? 1;
  for (const [column, row] of [...used].sort((a, b) => a[0] - b[0])) {
    diagnostics.push({
      file,
      ...(sheet.header[column]?.at ?? { line: headerLine, column: column + 1 }),
      severity: 'error',
      rule: 'unknown-column',
      message: say.noHeader(column + 1, row),
    });
  }
  if (rows.length === 0) diagnostics.push({ file, line: 1, column: 1, severity: 'warning', rule: 'empty-file', message: say.noResponses });
  const undated = firstUndated(context, outlines);
  if (undated !== undefined) {
    diagnostics.push({
      file,
      ...undated.at,
      severity: 'warning',
      rule: 'invalid-date',
      message: say.dateLeftOut(say.unit[unit], undated.row, quoteText(sheet.header[timestamp!.column]?.text ?? ''), undated.problem),
    });
  }
  const stems = uniqueNames(outlines.map((r) => r.stem));
  for (let i = 0; i < outlines.length; i++) outlines[i]!.stem = stems[i];
  return { file, tool, unit, diagnostics, notes, rows: outlines, reading };
}

/** A row of KoboToolbox's HXL hashtags ("#symmetry"), not a response. */
const isHashtagRow = (row: SheetRow) => {
  let tags = 0;
  let other = false;
  row.cells.forEach((cell) => {
    if (cell.kind === 'empty') return;
    if (cell.kind === 'text' && /^#[A-Za-z]/.test(cell.text.trim())) tags++;
    else other = true;
  });
  return tags > 0 && !other;
};

/**
 * An export none of whose columns is a question or a detail of the bank cannot be read: say why, rather
 * than the first thing it lacks. The header may be further down (a title above it), the file separated
 * by another delimiter, or the form made from another bank (or exported with its labels in another language).
 */
function refuseUnmatched(bank: Bank, sheet: Sheet, roles: readonly ColumnRole[], settings: ColumnSettings, say: FormWords): void {
  const known = roles.filter((r) => r.kind === 'question' || r.kind === 'option' || r.kind === 'detail').length;
  if (known > 0) return;
  const { file } = sheet;
  const delimiter = wrongDelimiter(sheet.header, sheet.delimiter, say);
  if (delimiter !== '') throw new UsageError(say.noColumnIsQuestion(file, bank.id, delimiter));
  for (const row of sheet.format === 'surveyjs' ? [] : sheet.rows.slice(0, 10)) {
    const header = row.cells.map((cell, column) => ({ text: cell.kind === 'text' ? cell.text : '', at: row.at(column) }));
    const found = matchColumns(bank, file, header, settings, say).roles.filter((r) => r.kind === 'question' || r.kind === 'detail').length;
    if (found > 0) throw new UsageError(say.headerNotFirst(file, row.row, bank.id));
  }
  const named = sheet.header
    .filter((h) => h.text.trim() !== '')
    .slice(0, 2)
    .map((h) => quoteText(h.text))
    .join(say.and);
  throw new UsageError(say.otherBank(file, sheet.header.length, named, bank.id));
}

export interface RowContext {
  bank: Bank;
  sheet: SheetShape;
  byQuestion: readonly QuestionColumns[];
  detailColumns: ReadonlyMap<DetailField, number[]>;
  /** The tool's timestamp column, for the date when the form asks for none. */
  timestamp: { column: number } | undefined;
  /** The order each date column's slashed dates are read in. */
  orders: ReadonlyMap<number, ColumnOrder>;
  cellSettings: CellSettings;
  settings: ImportSettings;
  unit: 'row' | 'response';
  /** The words of the findings, in the language of `settings.messages`. */
  say: FormWords;
}

type Read<T> = { value: T | undefined } | { problem: string; rule: string };

type CellError = (column: number, rule: string, message: string) => void;

const ignore: CellError = () => {};

/** Several columns for one question or detail (a header given twice) must agree: the first value, and an error for each that differs. */
function agreed<T>(subject: string, list: readonly number[], read: (column: number) => Read<T>, error: CellError, unit: string, say: FormWords) {
  let found: { value: T; column: number } | undefined;
  for (const column of list) {
    const one = onlyColumn(subject, column, read(column), error);
    if (one === undefined) continue;
    if (found === undefined) found = one;
    else if (JSON.stringify(found.value) !== JSON.stringify(one.value)) {
      error(column, 'duplicate-column', say.differs(found.column + 1, unit));
    }
  }
  return found;
}

/** `agreed` for a question or detail with one column. */
function onlyColumn<T>(subject: string, column: number, result: Read<T>, error: CellError): { value: T; column: number } | undefined {
  if ('problem' in result) {
    error(column, result.rule, `"${subject}": ${result.problem}`);
    return undefined;
  }
  return result.value === undefined ? undefined : { value: result.value, column };
}

const cellOf = (sheetRow: SheetRow, column: number): Cell => sheetRow.cells[column] ?? EMPTY;

/** A text detail of a row (its organisation, its area), as readRow reads it. */
const textDetail = (context: RowContext, sheetRow: SheetRow, field: DetailField) =>
  agreed(field, context.detailColumns.get(field) ?? [], (column) => readTextCell(cellOf(sheetRow, column), context.say), ignore, context.unit, context.say)
    ?.value;

/**
 * A row before its answers are read: empty, failed (cells that do not line up with the header, or too
 * much text for an answer file), or to be read, named after its organisation. A failed row keeps its
 * organisation's name too, so the rows after it are named as they will be once it is put right.
 */
function outlineRow(context: RowContext, sheetRow: SheetRow): RowOutline {
  const { sheet } = context;
  const { file } = sheet;
  const outline = (status: RowOutline['status'], stem?: string): RowOutline => ({
    row: sheetRow.row,
    name: `${file}:${sheetRow.row}`,
    status,
    stem,
    diagnostics,
    sheetRow,
  });
  const diagnostics: Diagnostic[] = [];
  const error: CellError = (column, rule, message) => diagnostics.push({ file, ...sheetRow.at(column), severity: 'error', rule, message });
  // Said once for each run of empty rows (emptyRuns), however many there are.
  if (isEmptyRow(sheetRow)) return outline('empty');
  if (sheet.format === 'csv' && !rowFits(sheet, sheetRow, error, context.say)) return outline('failed');
  if (!rowIsSmallEnough(sheetRow, error, context.say)) return outline('failed');
  const name = textDetail(context, sheetRow, 'organisation') ?? context.settings.organisation;
  const stem = name === undefined ? undefined : organisationFileName({ name, area: textDetail(context, sheetRow, 'area') }, 'response');
  return outline('pending', stem);
}

function isEmptyRow({ cells }: SheetRow): boolean {
  // A workbook's rows are sparse: a missing cell is empty.
  for (let i = 0; i < cells.length; i++) if (cells[i] !== undefined && cells[i]!.kind !== 'empty') return false;
  return true;
}

/** The first row to be read whose timestamp gives no date (when the form asks for none), for one warning about all such rows. */
function firstUndated(context: RowContext, outlines: readonly RowOutline[]): { row: number; at: Position; problem: string } | undefined {
  const column = context.timestamp?.column;
  if (column === undefined) return undefined;
  for (const { status, sheetRow } of outlines) {
    if (status !== 'pending') continue;
    const read = readDateCell(cellOf(sheetRow, column), context.orders.get(column)!, context.say);
    if ('problem' in read) return { row: sheetRow.row, at: sheetRow.at(column), problem: read.problem };
  }
  return undefined;
}

/** A row outlined as `pending` (outlineRow), read: its cells as answers, or why not; named `stem`. */
export function readRow(context: RowContext, sheetRow: SheetRow, stem: string | undefined): FormResponse {
  const { bank, sheet, say } = context;
  const unit = say.unit[context.unit];
  const { file } = sheet;
  const name = `${file}:${sheetRow.row}`;
  const cell = (column: number): Cell => cellOf(sheetRow, column);
  const diagnostics: Diagnostic[] = [];
  const error: CellError = (column, rule, message) => diagnostics.push({ file, ...sheetRow.at(column), severity: 'error', rule, message });
  const failed = (): FormResponse => ({ row: sheetRow.row, name, status: 'failed', stem, answers: undefined, diagnostics });

  const cells = new Map<string, Position>();
  const answers: RowData['answers'] = {};
  for (const { question, path, columns, options } of context.byQuestion) {
    // Most questions have one column (the rest none): read it without agreed's closure, thousands of times over.
    if (columns.length + options.length === 0) continue;
    const given =
      columns.length === 1 && options.length === 0
        ? onlyColumn(question.id, columns[0]!, readAnswerCell(question, cell(columns[0]!), context.cellSettings), error)
        : agreed(question.id, columns, (column) => readAnswerCell(question, cell(column), context.cellSettings), error, unit, say);
    let chosen: string[] | undefined;
    for (const { column, option } of options) {
      const read = readOptionCell(cell(column), option, say);
      if ('problem' in read) error(column, read.rule, `"${question.id}", option "${option.value}": ${read.problem}`);
      else if (read.chosen) (chosen ??= []).push(option.value);
    }
    if (given !== undefined && chosen !== undefined && JSON.stringify([...(given.value as string[])].sort()) !== JSON.stringify([...chosen].sort())) {
      error(options[0]!.column, 'duplicate-column', say.optionColumns(question.id, chosen.join(', '), String(given.value)));
    }
    const value = given?.value ?? chosen;
    if (value !== undefined) {
      answers[question.id] = value as string | number | string[];
      cells.set(path, sheetRow.at(given?.column ?? options[0]!.column));
    }
  }

  const detail = (field: DetailField, read: (c: Cell, column: number) => Read<string>, path: string) => {
    const found = agreed(field, context.detailColumns.get(field) ?? [], (column) => read(cell(column), column), error, unit, say);
    if (found !== undefined) cells.set(path, sheetRow.at(found.column));
    return found?.value;
  };
  const organisationColumn = context.detailColumns.get('organisation')?.[0] ?? 0;
  const text = (c: Cell) => readTextCell(c, say);
  const organisationName = detail('organisation', text, 'organisation/name') ?? context.settings.organisation;
  if (organisationName === undefined) error(organisationColumn, 'missing-organisation', say.noOrganisation(unit, sheetRow.row));
  const dateIn = (c: Cell, column: number) => readDateCell(c, context.orders.get(column)!, say);
  let date = detail('date', dateIn, 'organisation/date');
  if (date === undefined && context.timestamp !== undefined) {
    // A timestamp that gives no date is one warning for the export (firstUndated).
    const read = dateIn(cell(context.timestamp.column), context.timestamp.column);
    if (!('problem' in read)) date = read.value;
  }
  const area = detail('area', text, 'organisation/area');
  const completedBy = detail('completed_by', text, 'organisation/completed_by');
  const respondentName = detail('respondent', text, 'respondent/name');
  const role = detail('role', text, 'respondent/role');
  if (diagnostics.some((d) => d.severity === 'error')) return failed();
  if (Object.keys(answers).length === 0) {
    error(0, 'no-answers', say.noAnswers(unit, sheetRow.row, bank.id));
    return failed();
  }
  const data: RowData = {
    bank: bank.id,
    bank_version: bank.version,
    organisation: {
      name: organisationName!,
      ...(area === undefined ? {} : { area }),
      ...(completedBy === undefined ? {} : { completed_by: completedBy }),
      ...(date === undefined ? {} : { date }),
    },
    ...(respondentName === undefined && role === undefined
      ? {}
      : { respondent: { ...(respondentName === undefined ? {} : { name: respondentName }), ...(role === undefined ? {} : { role }) } }),
    answers,
  };
  return { row: sheetRow.row, name, status: 'read', stem, answers: { data, places: { start: sheetRow.at(organisationColumn), cells } }, diagnostics };
}

/** One warning for each run of empty rows: a sheet of a million blank lines says so once, not a million times. */
function emptyRuns(file: string, unit: 'row' | 'response', rows: readonly SheetRow[], responses: readonly { status: string }[], say: FormWords): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (let i = 0; i < responses.length; i++) {
    if (responses[i]!.status !== 'empty') continue;
    let last = i;
    while (last + 1 < responses.length && responses[last + 1]!.status === 'empty') last++;
    const [first, end] = [rows[i]!.row, rows[last]!.row];
    const message = first === end ? say.emptyRow(say.unit[unit], first) : say.emptyRows(say.units[unit], first, end, last - i + 1);
    found.push({ file, ...rows[i]!.at(0), severity: 'warning', rule: 'empty-row', message });
    i = last;
  }
  return found;
}

/** The largest answer file `assess` reads (read-source.ts), less room for its keys and comments. */
const MAX_ROW_BYTES = 4 * 1024 * 1024 - 64 * 1024;

/** A row too large for one answer file (a cell of megabytes) is refused at its largest cell. */
function rowIsSmallEnough(sheetRow: SheetRow, error: CellError, say: FormWords): boolean {
  // UTF-8 takes at most 3 bytes for each UTF-16 unit: most rows are far below the limit, counted by length alone.
  let units = 0;
  for (const cell of sheetRow.cells) if (cell?.kind === 'text') units += cell.text.length;
  if (units * 3 <= MAX_ROW_BYTES) return true;
  let total = 0;
  let largest = { column: 0, bytes: 0 };
  sheetRow.cells.forEach((cell, column) => {
    const bytes = cell.kind === 'text' ? Buffer.byteLength(cell.text) : 0;
    total += bytes;
    if (bytes > largest.bytes) largest = { column, bytes };
  });
  if (total <= MAX_ROW_BYTES) return true;
  error(largest.column, 'answer-too-large', say.tooMuchText(mib(largest.bytes), mib(MAX_ROW_BYTES)));
  return false;
}

/** A CSV row whose cells do not line up with the header (a stray delimiter, or another delimiter) is refused. */
function rowFits(sheet: SheetShape, sheetRow: SheetRow, error: CellError, say: FormWords): boolean {
  const width = sheet.header.length;
  const cells = sheetRow.cells;
  if (cells.length > width && cells.slice(width).some((c) => c.kind !== 'empty')) {
    error(width, 'row-length', say.tooManyCells(sheetRow.row, cells.length, width, JSON.stringify(sheet.delimiter)));
    return false;
  }
  const only = cells[0];
  if (width > 1 && cells.length === 1 && only?.kind === 'text') {
    const other = CANDIDATE_DELIMITERS.find((d) => d !== sheet.delimiter && only.text.includes(d));
    if (other !== undefined) {
      error(0, 'row-length', say.oneCell(sheetRow.row, width, JSON.stringify(other), JSON.stringify(sheet.delimiter)));
      return false;
    }
  }
  return true;
}
