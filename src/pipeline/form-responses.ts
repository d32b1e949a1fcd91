// A form tool's export (CSV, .xlsx, or a SurveyJS results JSON) as answer files, one per response: the
// columns matched to the bank's questions, each cell read as an answer, and each response checked
// against the bank as an answer file is. A response with an error makes no answer file; the others go
// on. Every finding names the file, and the row and column a spreadsheet shows (for JSON, the line and
// column of the value).
import { placedQuestions } from '../core/bank.js';
import { checkAnswers } from '../core/answers.js';
import type { Diagnostic, Locator, Position } from '../core/diagnostics.js';
import { UsageError } from '../core/errors.js';
import { failure, type Result } from '../core/result.js';
import type { AnswerFile, AnswerValue, Bank, Option, Question } from '../core/schema.js';
import { quoteText } from '../core/validate.js';
import type { AnswerMap } from '../core/visibility.js';
import type { DetailField } from '../format/export/layout.js';
import {
  CANDIDATE_DELIMITERS,
  decodeText,
  EMPTY,
  readCsv,
  readSheetBytes,
  readXlsx,
  sheetFormatOf,
  type Cell,
  type Sheet,
  type SheetOptions,
  type SheetRow,
} from '../io/read-sheet.js';
import { readAnswerCell, readDateCell, readOptionCell, readTextCell, type CellSettings } from './form-cells.js';
import { matchColumns, TOOLS, wrongDelimiter, type ColumnSettings, type FormTool } from './form-columns.js';
import { parseYaml } from './parse-yaml.js';

export interface ImportSettings extends ColumnSettings, SheetOptions {
  /** `--multi-separator`: how the options of a multiple choice are joined, whatever the tool. */
  multiSeparator?: string | undefined;
  /** From a mapping file: a question's cell texts and the option values they stand for. */
  values: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** `--organisation`: the organisation of every response that names none. */
  organisation?: string | undefined;
}

export interface FormResponse {
  /** The row a spreadsheet shows (for JSON, the response's number). */
  row: number;
  /** "responses.csv:3", as messages name it. */
  name: string;
  /** `ok`: an answer file; `failed`: an error, and no file; `empty`: nothing in the row. */
  status: 'ok' | 'failed' | 'empty';
  /** The answer file's name, without `.yaml`: from the organisation, unique in the file. */
  stem: string | undefined;
  /** The answer file the row makes (every answer that fits its question), when it is `ok`. */
  content: AnswerFile | undefined;
  /** The answers that count: those to questions the skip logic shows. */
  counted: AnswerMap | undefined;
  /** Errors when it failed; warnings otherwise. */
  diagnostics: Diagnostic[];
}

export interface FormResponses {
  file: string;
  /** The tool its columns show it came from. */
  tool: FormTool | undefined;
  /** What each response is: a spreadsheet's row, or a JSON file's response. */
  unit: 'row' | 'response';
  /** About the file as a whole: its columns, and rows that could not be read at all. */
  diagnostics: Diagnostic[];
  responses: FormResponse[];
}

/** Reads a form export against a bank; a file that cannot be read at all is a failure (exit 2). */
export async function readResponses(file: string, bank: Bank, settings: ImportSettings): Promise<Result<FormResponses>> {
  const sheet = await readSheet(file, settings);
  if (!sheet.ok) return sheet;
  if (sheet.value.header.every((h) => h.text.trim() === '')) {
    return failure(file, 'empty-file', 'is empty: a form export has a header row, then a row for each response', undefined, true);
  }
  return { ok: true, value: responsesOf(bank, sheet.value, settings), diagnostics: [] };
}

async function readSheet(file: string, settings: SheetOptions): Promise<Result<Sheet>> {
  const bytes = readSheetBytes(file);
  if (!bytes.ok) return bytes;
  const format = sheetFormatOf(file, bytes.value);
  if (format === 'xls') {
    return failure(file, 'not-xlsx', 'is an old Excel .xls workbook; save it as an Excel Workbook (.xlsx) or as CSV UTF-8', undefined, true);
  }
  if (format === 'xlsx') return readXlsx(file, bytes.value, settings.sheet);
  const decoded = decodeText(file, bytes.value, settings.encoding);
  if (!decoded.ok) return decoded;
  if (format === 'json') return readSurveyResults(file, decoded.value.text);
  return { ok: true, value: await readCsv(file, decoded.value.text, decoded.value.misencoded, settings.delimiter), diagnostics: [] };
}

/** A SurveyJS results file: a JSON list of `survey.data` objects (or one of them). Each key is a column. */
function readSurveyResults(file: string, text: string): Result<Sheet> {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const { data, locator } = parsed.value;
  const list = Array.isArray(data) ? (data as unknown[]) : [data];
  const prefix = (i: number) => (Array.isArray(data) ? [i] : []);
  const keys = new Map<string, Position>();
  for (let i = 0; i < list.length; i++) {
    const response = list[i];
    if (response === null || typeof response !== 'object' || Array.isArray(response)) {
      return failure(
        file,
        'not-survey-results',
        'is not SurveyJS results: expected a list of responses, each a map of question names to answers',
        locator.at(prefix(i)),
      );
    }
    for (const key of Object.keys(response)) if (!keys.has(key)) keys.set(key, locator.at([...prefix(i), key], 'key'));
  }
  const header = [...keys].map(([key, at]) => ({ text: key, at }));
  const rows = list.map((response, i): SheetRow => {
    const record = response as Record<string, unknown>;
    return {
      row: i + 1,
      cells: header.map(({ text: key }) => (Object.hasOwn(record, key) ? jsonCell(record[key]) : EMPTY)),
      at: (column) => locator.at([...prefix(i), header[column]?.text ?? '']),
    };
  });
  return { ok: true, value: { file, format: 'json', header, rows, diagnostics: [] }, diagnostics: [] };
}

function jsonCell(value: unknown): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
    return value.length === 0 ? EMPTY : { kind: 'list', values: value as (string | number | boolean)[] };
  }
  return { kind: 'invalid', problem: 'holds a group of answers (a matrix or panel) that no ce-plan question takes' };
}

interface QuestionColumns {
  question: Question;
  columns: number[];
  options: { column: number; option: Option }[];
}

/** Each row of a sheet as a response. */
function responsesOf(bank: Bank, sheet: Sheet, settings: ImportSettings): FormResponses {
  const { file } = sheet;
  const columns = matchColumns(bank, file, sheet.header, settings, sheet.delimiter);
  const tool = sheet.format === 'json' ? 'surveyjs' : columns.tool;
  const roles = columns.roles;
  const byQuestion: QuestionColumns[] = placedQuestions(bank).map(({ question }) => ({ question, columns: [], options: [] }));
  const entryOf = new Map(byQuestion.map((entry) => [entry.question, entry]));
  const detailColumns = new Map<DetailField, number[]>();
  let timestamp: { column: number; rank: number } | undefined;
  roles.forEach((role, column) => {
    if (role.kind === 'question') entryOf.get(role.question)?.columns.push(column);
    else if (role.kind === 'option') entryOf.get(role.question)?.options.push({ column, option: role.option });
    else if (role.kind === 'detail') detailColumns.set(role.detail.field, [...(detailColumns.get(role.detail.field) ?? []), column]);
    else if (role.kind === 'timestamp' && (timestamp === undefined || role.rank < timestamp.rank)) timestamp = { column, rank: role.rank };
  });
  if (!detailColumns.has('organisation') && settings.organisation === undefined) {
    const oneColumn = wrongDelimiter(sheet.header, sheet.delimiter);
    throw new UsageError(
      `${file} has no column for the organisation's name; name one with --map organisation=COLUMN, or give every response one with --organisation NAME${oneColumn}`,
    );
  }
  const cellSettings: CellSettings = {
    separator: settings.multiSeparator ?? (tool === undefined ? undefined : TOOLS[tool].separator),
    fixed: settings.multiSeparator !== undefined,
    values: settings.values,
  };
  const context: RowContext = {
    bank,
    sheet,
    byQuestion,
    detailColumns,
    timestamp: detailColumns.has('date') ? undefined : timestamp,
    cellSettings,
    settings,
  };
  const responses = sheet.rows.map((row) => readRow(context, row));
  const diagnostics = [...sheet.diagnostics, ...columns.diagnostics];
  // A column with no header is left alone, unless a row puts something in it.
  sheet.header.forEach(({ text, at }, column) => {
    const used = text.trim() === '' ? sheet.rows.find((row) => (row.cells[column] ?? EMPTY).kind !== 'empty') : undefined;
    if (used !== undefined) {
      diagnostics.push({
        file,
        ...at,
        severity: 'error',
        rule: 'unknown-column',
        message: `column ${column + 1} has no header, but row ${used.row} holds a value in it; name the column, or empty it`,
      });
    }
  });
  if (sheet.rows.length === 0)
    diagnostics.push({ file, line: 1, column: 1, severity: 'warning', rule: 'empty-file', message: 'has a header but no responses' });
  const undated = context.undated;
  if (undated !== undefined) {
    diagnostics.push({
      file,
      ...undated.at,
      severity: 'warning',
      rule: 'invalid-date',
      message: `the date of ${sheet.format === 'json' ? 'response' : 'row'} ${undated.row} (and any others like it) is left out: its ${quoteText(sheet.header[timestamp!.column]?.text ?? '')} ${undated.problem}`,
    });
  }
  nameAnswerFiles(responses);
  return { file, tool, unit: sheet.format === 'json' ? 'response' : 'row', diagnostics, responses };
}

interface RowContext {
  bank: Bank;
  sheet: Sheet;
  byQuestion: readonly QuestionColumns[];
  detailColumns: ReadonlyMap<DetailField, number[]>;
  /** The tool's timestamp column, for the date when the form asks for none. */
  timestamp: { column: number } | undefined;
  cellSettings: CellSettings;
  settings: ImportSettings;
  /** The first response whose timestamp gave no date. */
  undated?: { row: number; at: Position; problem: string };
}

function readRow(context: RowContext, sheetRow: SheetRow): FormResponse {
  const { bank, sheet } = context;
  const { file } = sheet;
  const name = `${file}:${sheetRow.row}`;
  const cell = (column: number): Cell => sheetRow.cells[column] ?? EMPTY;
  const diagnostics: Diagnostic[] = [];
  const error = (column: number, rule: string, message: string) => diagnostics.push({ file, ...sheetRow.at(column), severity: 'error', rule, message });
  // A failed row keeps its organisation's name, so the rows after it are named as they will be once it is put right.
  const failed = (stem?: string): FormResponse => ({ row: sheetRow.row, name, status: 'failed', stem, content: undefined, counted: undefined, diagnostics });
  const what = sheet.format === 'json' ? 'response' : 'row';

  if (sheetRow.cells.every((c) => c.kind === 'empty')) {
    diagnostics.push({ file, ...sheetRow.at(0), severity: 'warning', rule: 'empty-row', message: `${what} ${sheetRow.row} is empty; it is skipped` });
    return { row: sheetRow.row, name, status: 'empty', stem: undefined, content: undefined, counted: undefined, diagnostics };
  }
  if (sheet.format === 'csv' && !rowFits(sheet, sheetRow, error)) return failed();
  if (!rowIsSmallEnough(sheetRow, error)) return failed();

  // Several columns for one question (a header given twice) must agree.
  const agreed = <T>(subject: string, list: readonly number[], read: (column: number) => { value: T | undefined } | { problem: string; rule: string }) => {
    let found: { value: T; column: number } | undefined;
    for (const column of list) {
      const result = read(column);
      if ('problem' in result) {
        error(column, result.rule, `"${subject}": ${result.problem}`);
        continue;
      }
      if (result.value === undefined) continue;
      if (found === undefined) found = { value: result.value, column };
      else if (JSON.stringify(found.value) !== JSON.stringify(result.value)) {
        error(column, 'duplicate-column', `this column and column ${found.column + 1} are for the same question, and differ on this ${what}`);
      }
    }
    return found;
  };

  const answers: Record<string, AnswerValue> = {};
  const answerColumn = new Map<string, number>();
  for (const { question, columns, options } of context.byQuestion) {
    const given = agreed(question.id, columns, (column) => readAnswerCell(question, cell(column), context.cellSettings));
    let chosen: string[] | undefined;
    for (const { column, option } of options) {
      const read = readOptionCell(cell(column), option);
      if ('problem' in read) error(column, read.rule, `"${question.id}", option "${option.value}": ${read.problem}`);
      else if (read.chosen) (chosen ??= []).push(option.value);
    }
    if (given !== undefined && chosen !== undefined && JSON.stringify([...(given.value as string[])].sort()) !== JSON.stringify([...chosen].sort())) {
      error(
        options[0]!.column,
        'duplicate-column',
        `the one-column-per-option cells of "${question.id}" say ${chosen.join(', ')}, but its column says ${String(given.value)}`,
      );
    }
    const value = given?.value ?? chosen;
    if (value !== undefined) {
      answers[question.id] = value;
      answerColumn.set(question.id, given?.column ?? options[0]!.column);
    }
  }

  const detail = (field: DetailField, read: (c: Cell) => { value: string | undefined } | { problem: string; rule: string }) =>
    agreed(field, context.detailColumns.get(field) ?? [], (column) => read(cell(column)))?.value;
  const organisationColumn = context.detailColumns.get('organisation')?.[0] ?? 0;
  const organisationName = detail('organisation', readTextCell) ?? context.settings.organisation;
  if (organisationName === undefined) {
    error(organisationColumn, 'missing-organisation', `${what} ${sheetRow.row} names no organisation; every response needs one (or pass --organisation NAME)`);
  }
  let date = detail('date', readDateCell);
  if (date === undefined && context.timestamp !== undefined) {
    const read = readDateCell(cell(context.timestamp.column));
    if ('problem' in read) context.undated ??= { row: sheetRow.row, at: sheetRow.at(context.timestamp.column), problem: read.problem };
    else date = read.value;
  }
  const area = detail('area', readTextCell);
  const completedBy = detail('completed_by', readTextCell);
  const respondentName = detail('respondent', readTextCell);
  const role = detail('role', readTextCell);
  const content: AnswerFile = {
    bank: bank.id,
    bank_version: bank.version,
    organisation: {
      name: organisationName ?? '',
      ...(area === undefined ? {} : { area }),
      ...(completedBy === undefined ? {} : { completed_by: completedBy }),
      ...(date === undefined ? {} : { date }),
    },
    ...(respondentName === undefined && role === undefined
      ? {}
      : { respondent: { ...(respondentName === undefined ? {} : { name: respondentName }), ...(role === undefined ? {} : { role }) } }),
    answers,
  };

  // The answers checked as any answer file's are (ranges, whole numbers, options that stand alone,
  // questions the skip logic hides), each finding placed at its cell.
  const locator: Locator = {
    at: (path) => {
      const column =
        path[0] === 'answers' && typeof path[1] === 'string' ? answerColumn.get(path[1]) : path[0] === 'organisation' ? organisationColumn : undefined;
      return sheetRow.at(column ?? 0);
    },
  };
  const checked = checkAnswers(bank, content, locator, file);
  diagnostics.push(...checked.diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return failed(organisationName);
  const ordered: Record<string, AnswerValue> = {};
  for (const { question } of context.byQuestion) {
    const fitting = checked.fitting.get(question.id);
    if (fitting !== undefined) ordered[question.id] = fitting as AnswerValue;
  }
  return { row: sheetRow.row, name, status: 'ok', stem: organisationName, content: { ...content, answers: ordered }, counted: checked.answers, diagnostics };
}

/** The largest answer file `assess` reads (read-source.ts), less room for its keys and comments. */
const MAX_ROW_BYTES = 4 * 1024 * 1024 - 64 * 1024;

/** A row too large for one answer file (a cell of megabytes) is refused at its largest cell. */
function rowIsSmallEnough(sheetRow: SheetRow, error: (column: number, rule: string, message: string) => void): boolean {
  let total = 0;
  let largest = { column: 0, bytes: 0 };
  sheetRow.cells.forEach((cell, column) => {
    const bytes = cell.kind === 'text' ? Buffer.byteLength(cell.text) : 0;
    total += bytes;
    if (bytes > largest.bytes) largest = { column, bytes };
  });
  if (total <= MAX_ROW_BYTES) return true;
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  error(largest.column, 'answer-too-large', `this cell holds ${mib(largest.bytes)} of text, more than an answer file can hold (${mib(MAX_ROW_BYTES)} in all)`);
  return false;
}

/** A CSV row whose cells do not line up with the header (a stray delimiter, or another delimiter) is refused. */
function rowFits(sheet: Sheet, sheetRow: SheetRow, error: (column: number, rule: string, message: string) => void): boolean {
  const width = sheet.header.length;
  const cells = sheetRow.cells;
  if (cells.length > width && cells.slice(width).some((c) => c.kind !== 'empty')) {
    error(
      width,
      'row-length',
      `row ${sheetRow.row} has ${cells.length} cells, but the header has ${width}: a value with ${JSON.stringify(sheet.delimiter)} in it must be in double quotes`,
    );
    return false;
  }
  const only = cells[0];
  if (width > 1 && cells.length === 1 && only?.kind === 'text') {
    const other = CANDIDATE_DELIMITERS.find((d) => d !== sheet.delimiter && only.text.includes(d));
    if (other !== undefined) {
      error(
        0,
        'row-length',
        `row ${sheetRow.row} is one cell, where the header has ${width}: it is separated by ${JSON.stringify(other)}, not ${JSON.stringify(sheet.delimiter)}`,
      );
      return false;
    }
  }
  return true;
}

/** File names from the organisation: lower case, words joined by "-", and "-2", "-3" … for the same organisation again. */
function nameAnswerFiles(responses: FormResponse[]): void {
  const used = new Map<string, number>();
  for (const response of responses) {
    if (response.stem === undefined) continue;
    const base = slug(response.stem);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    response.stem = n === 1 ? base : `${base}-${n}`;
  }
  // A base that happens to end in "-2" could meet a second "x": make every name unique, in row order.
  const seen = new Set<string>();
  for (const response of responses) {
    if (response.stem === undefined) continue;
    let stem = response.stem;
    for (let n = 2; seen.has(stem); n++) stem = `${response.stem}-${n}`;
    seen.add(stem);
    response.stem = stem;
  }
}

/** Names Windows keeps for devices: no file may be called them, whatever its extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

function slug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const short = words.slice(0, 60).replace(/-+$/, '');
  if (short === '') return 'response';
  return RESERVED.test(short) ? `${short}-group` : short;
}
