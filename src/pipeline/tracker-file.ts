// Reads an action tracker back (docs/tracker.md), as the group edited it: the workbook ce-plan wrote
// (its "Actions" sheet, and the hidden "About" sheet that says where it came from) or its CSV edition.
// Columns are found by their header, so reordered columns still read; rows are read in any order, and
// empty ones skipped. Every cell that cannot be read is a finding at its sheet, row and column, and the
// rest still reads: a formula is refused, never run; a status must be one of the four; a date typed as
// text is kept as typed. A file that is not a tracker is refused whole (exit 2). The sheets are read by
// the form readers (src/forms/readers/), with their bounds on size. Nothing is written here.
import { START, type Diagnostic, type Position, type Severity } from '../core/diagnostics.js';
import { didYouMean } from '../core/did-you-mean.js';
import { UsageError } from '../core/errors.js';
import { failure, type Result } from '../core/result.js';
import type { Words } from '../core/words/index.js';
import {
  cellName,
  columnNamed,
  statusOf,
  TRACKER_COLUMNS,
  TRACKER_STATUSES,
  type TrackedAction,
  type Tracker,
  type TrackerColumn,
  type TrackerOrigin,
} from '../core/tracker.js';
import { ABOUT_SHEET, ACTIONS_SHEET, TRACKER_MARK } from '../format/report/tracker-xlsx.js';
import { unescapeSpreadsheetText } from '../format/spreadsheet-escape.js';
import { inputType } from '../forms/file-type.js';
import { readSheet } from '../forms/readers/index.js';
import { readSheetBytes } from '../forms/readers/bytes.js';
import type { Cell, Sheet } from '../forms/sheet.js';

const NOT_A_TRACKER = 'not-a-tracker';

/** The tracker a group edited, with its findings in `words`' language. */
export async function readTracker(file: string, words: Words): Promise<Result<Tracker>> {
  const say = words.findings.tracker;
  // A file that is missing, a folder or too large says so first, whatever its name.
  const bytes = readSheetBytes(file, words);
  if (!bytes.ok) return bytes;
  const type = inputType(file);
  if (type.kind === 'export' && type.format === 'xlsx') return readWorkbook(file, type, words);
  if (type.kind === 'export' && type.format === 'csv') {
    const sheet = await readSheet(file, type, {}, words);
    return sheet.ok ? readRows(file, null, sheet.value, null, [], words) : sheet;
  }
  if (type.kind === 'refused') return failure(file, type.rule, words.findings.formExport.refused[type.rule], START, true);
  return failure(file, NOT_A_TRACKER, say.notATracker, START, true);
}

/** A sheet of the workbook, or null when it has none of that name. */
async function sheetOf(file: string, type: Parameters<typeof readSheet>[1], name: string, words: Words): Promise<Result<Sheet> | null> {
  try {
    return await readSheet(file, type, { sheet: name }, words);
  } catch (error) {
    if (error instanceof UsageError) return null;
    throw error;
  }
}

async function readWorkbook(file: string, type: Parameters<typeof readSheet>[1], words: Words): Promise<Result<Tracker>> {
  const say = words.findings.tracker;
  const actions = await sheetOf(file, type, ACTIONS_SHEET, words);
  if (actions === null) return failure(file, NOT_A_TRACKER, say.noSheet(ACTIONS_SHEET), START, true);
  if (!actions.ok) return actions;
  const about = await sheetOf(file, type, ABOUT_SHEET, words);
  const warnings: Diagnostic[] = [];
  let origin: TrackerOrigin | null = null;
  if (about?.ok) origin = originOf(about.value);
  if (origin === null)
    warnings.push({
      file,
      ...START,
      severity: 'warning',
      rule: 'tracker-about',
      message: say.noAbout(ABOUT_SHEET),
    });
  return readRows(file, ACTIONS_SHEET, actions.value, origin, warnings, words);
}

/** The About sheet's record, or null when it is not one ce-plan wrote. */
function originOf(sheet: Sheet): TrackerOrigin | null {
  // Its first row is read as a header: the mark and the layout's number.
  if (sheet.header[0]?.text !== TRACKER_MARK) return null;
  const values = new Map<string, string>();
  const actions: string[] = [];
  for (const row of sheet.rows) {
    const [key, value] = row.cells.map(plainText);
    if (key === 'Action' && value) actions.push(value);
    else if (key) values.set(key, value ?? '');
  }
  const bank = values.get('Bank');
  const version = values.get('Bank version');
  const name = values.get('Organisation');
  if (!bank || !version || name === undefined) return null;
  return { bank: { id: bank, version }, organisation: { name, area: values.get('Area') || null }, date: values.get('Date') || null, actions };
}

/** A cell's text, or null for anything else (a formula among them). */
function plainText(cell: Cell | undefined): string | null {
  if (cell === undefined) return null;
  switch (cell.kind) {
    case 'text':
      return unescapeSpreadsheetText(cell.text).trim();
    case 'number':
    case 'boolean':
      return String(cell.value);
    default:
      return null;
  }
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A date typed as text: YYYY-MM-DD, or DD/MM/YYYY (a UK tracker's; docs/tracker.md); null for anything else. */
function dateOfText(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (year === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? isoDate(date) : null;
}

/** The rows of the tracker's sheet (`sheetName`), or of its CSV (null). */
function readRows(
  file: string,
  sheetName: string | null,
  sheet: Sheet,
  origin: TrackerOrigin | null,
  diagnostics: Diagnostic[],
  words: Words,
): Result<Tracker> {
  const where = sheetName === null ? 'CSV' : `sheet "${sheetName}"`;
  const tell = words.findings.tracker;
  diagnostics.push(...sheet.diagnostics);
  const columns = new Map<TrackerColumn, number>();
  sheet.header.forEach(({ text }, index) => {
    const name = columnNamed(text);
    if (name !== undefined && !columns.has(name)) columns.set(name, index);
  });
  const missing = (['ID', 'Status'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const found = sheet.header.map((h) => h.text.trim()).filter((t) => t !== '');
    return failure(file, NOT_A_TRACKER, tell.noColumns(missing, TRACKER_COLUMNS, found), START, true);
  }

  const say = (severity: Severity, rule: string, at: Position, message: string) =>
    diagnostics.push({ file, ...at, severity, rule, message: tell.inCell(sheetName, cellName(at), message) });
  const actions: TrackedAction[] = [];
  const firstRow = new Map<string, TrackedAction>();
  for (const row of sheet.rows) {
    if (row.cells.every((c) => c.kind === 'empty')) continue;
    const cell = (column: TrackerColumn): { cell: Cell | undefined; at: Position } => {
      const index = columns.get(column);
      return { cell: index === undefined ? undefined : row.cells[index], at: row.at(index ?? 0) };
    };
    const text = (column: TrackerColumn): string | null => {
      const { cell: found, at } = cell(column);
      if (found?.kind === 'formula') {
        say('error', 'tracker-formula', at, tell.formula(found.formula, column));
        return null;
      }
      if (found?.kind === 'invalid') {
        say('error', 'tracker-cell', at, tell.unreadable(found.problem));
        return null;
      }
      const value = plainText(found);
      return value === '' ? null : value;
    };

    const id = cell('ID');
    const idText = text('ID');
    if (idText === null) {
      if (id.cell?.kind !== 'formula' && id.cell?.kind !== 'invalid') say('warning', 'tracker-no-id', id.at, tell.noId);
      continue;
    }
    const key = idText.toLowerCase();

    const status = cell('Status');
    const statusText = text('Status');
    let parsed = statusText === null ? (status.cell?.kind === 'formula' || status.cell?.kind === 'invalid' ? null : 'Not started') : statusOf(statusText);
    if (statusText !== null && parsed === null) {
      say('error', 'tracker-status', status.at, `${tell.notAStatus(statusText, TRACKER_STATUSES)}${didYouMean(statusText, TRACKER_STATUSES, words)}`);
      parsed = null;
    }

    const date = cell('Target date');
    let targetDate: string | null = null;
    if (date.cell?.kind === 'date') targetDate = isoDate(date.cell.value);
    else {
      const typed = text('Target date');
      if (typed !== null) {
        targetDate = dateOfText(typed) ?? typed;
        if (dateOfText(typed) === null) say('warning', 'tracker-date', date.at, tell.notADate(typed));
      }
    }

    const action: TrackedAction = {
      id: key,
      status: parsed,
      owner: text('Owner'),
      targetDate,
      notes: text('Notes'),
      text: text('Action'),
      row: row.row,
      at: id.at,
    };
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      if (earlier.status === action.status) say('warning', 'tracker-duplicate', id.at, tell.repeated(idText, earlier.row));
      else say('error', 'tracker-duplicate', id.at, tell.conflicting(idText, action.status, earlier.row, earlier.status));
      continue;
    }
    firstRow.set(key, action);
    actions.push(action);
  }
  return { ok: true, value: { file, sheet: where, origin, actions }, diagnostics };
}
