// Dates as people and form tools write them: a date cell, an ISO date or timestamp (KoboToolbox, ODK,
// SurveyJS), "2026/11/20 …" (Google Forms), a day, a month and a year with slashes or dots, a month by its
// name ("20 November 2026"), or an Excel serial number (46346 is 2026-11-20) in a date column. Slashed dates
// are read in one order per column: any date in it that can be read only one way ("20/11/2026") settles
// the order for every date in it; otherwise day first, as in the UK, unless --date-order says month first.
import { isCalendarDate } from '../core/calendar-date.js';
import { quoteText } from '../core/validate.js';
import type { FormWords } from './cells.js';
import type { Cell } from './sheet.js';

/** Day, month, year (as in the UK) or month, day, year (as in the US). */
export type DateOrder = 'dmy' | 'mdy';

export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];

/** How a column's slashed dates are read, and why. */
export interface ColumnOrder {
  order: DateOrder;
  /** The cell that settled it, or the flag, or the default. */
  because: { row: number; text: string } | 'flag' | 'default';
}

type DateRead = { value: string | undefined } | { problem: string; rule: string };

/** "05/11/2026", "5.11.26", "11/20/2026 9:02:11 AM": two numbers up to 31, then a year. */
const SLASHED = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:$|[T\s,])/;

/** The order a slashed date can only be read in, or undefined when it reads either way (or is none). */
function onlyOrder(text: string): DateOrder | undefined {
  const match = SLASHED.exec(text.trim());
  if (match === null) return undefined;
  const [a, b] = [Number(match[1]), Number(match[2])];
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return undefined;
}

/** The order a column's slashed dates are read in: the first that can be read one way only, else `given`, else day first. */
export function columnOrder(cells: Iterable<{ row: number; cell: Cell }>, given: DateOrder | undefined): ColumnOrder {
  for (const { row, cell } of cells) {
    if (cell.kind !== 'text') continue;
    const order = onlyOrder(cell.text);
    if (order !== undefined) return { order, because: { row, text: cell.text.trim() } };
  }
  return given === undefined ? { order: 'dmy', because: 'default' } : { order: given, because: 'flag' };
}

/** Whether a cell is a slashed date that reads either way: what the order decided. */
export const isAmbiguous = (cell: Cell) => {
  if (cell.kind !== 'text') return false;
  const match = SLASHED.exec(cell.text.trim());
  return match !== null && onlyOrder(cell.text) === undefined && match[1] !== match[2] && Number(match[1]) <= 12 && Number(match[2]) <= 12;
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Excel's serial day numbers (the 1900 date system, which counts a 29 February 1900 that never was). */
function fromSerial(serial: number): string | undefined {
  if (!(serial >= 1 && serial < 2958466) || Math.floor(serial) === 60) return undefined;
  const days = Math.floor(serial) - (serial < 60 ? 1 : 2);
  return isoDate(new Date(Date.UTC(1900, 0, 1) + days * 86_400_000));
}

/** A date cell as YYYY-MM-DD (undefined when blank), reading slashed dates in `order`; or why it is no date. */
export function readDate(cell: Cell, order: ColumnOrder, say: FormWords): DateRead {
  if (cell.kind === 'empty') return { value: undefined };
  if (cell.kind === 'date') return { value: isoDate(cell.value) };
  if (cell.kind === 'number') {
    const value = fromSerial(cell.value);
    return value === undefined ? { problem: say.notADate(String(cell.value)), rule: 'invalid-date' } : { value };
  }
  const text = cell.kind === 'text' ? cell.text.trim() : '';
  const pad = (n: string) => n.padStart(2, '0');
  const valid = (y: string, m: string, d: string) => {
    const date = `${y.length === 2 ? `20${y}` : y}-${pad(m)}-${pad(d)}`;
    return isCalendarDate(date) ? { value: date } : { problem: say.notARealDate(quoteText(text)), rule: 'invalid-date' };
  };
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(text);
  if (match) return valid(match[1]!, match[2]!, match[3]!);
  match = SLASHED.exec(text);
  if (match) {
    const [first, second, year] = [match[1]!, match[2]!, match[3]!];
    const only = onlyOrder(text);
    if (only !== undefined && only !== order.order) {
      const settled = typeof order.because === 'object' ? say.settledBy(quoteText(order.because.text), order.because.row) : '';
      return { problem: say.onlyOneWay(quoteText(text), only === 'dmy', order.order === 'dmy', settled), rule: 'invalid-date' };
    }
    return order.order === 'dmy' ? valid(year, second, first) : valid(year, first, second);
  }
  // An Excel serial number, as a date column saved to CSV without its format holds it.
  if (/^\d{1,7}(?:\.\d+)?$/.test(text)) {
    const value = fromSerial(Number(text));
    if (value !== undefined) return { value };
  }
  // "20 November 2026", "20th Nov 2026", "November 20, 2026", as people write dates on paper.
  match = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.?,? (\d{4})$/.exec(text) ?? /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text);
  if (match) {
    const dayFirst = /^\d/.test(match[1]!);
    const [day, name] = dayFirst ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
    const month = MONTHS.findIndex((m) => name.length >= 3 && m.startsWith(name.toLowerCase()));
    if (month !== -1) return valid(match[3]!, String(month + 1), day);
  }
  return { problem: say.notADateWrite(quoteText(text || String(cell.kind === 'boolean' ? cell.value : ''))), rule: 'invalid-date' };
}

/** What import says of a column whose dates the order decided: "read day first (05/11/2026 is 5 November 2026), …". */
export function orderNote(header: string, order: ColumnOrder, say: FormWords): string {
  const why =
    typeof order.because === 'object'
      ? say.becauseOf(quoteText(order.because.text), order.because.row)
      : order.because === 'flag'
        ? say.becauseFlag
        : say.becauseUk;
  return say.dateOrder(quoteText(header), order.order === 'dmy', say.example[order.order], why);
}
