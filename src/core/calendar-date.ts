// Dates as the answer file and --date give them. Apart from the schema, so `assess` can check --date
// without loading the schema library before its worker threads start.

/** YYYY-MM-DD naming a day that exists (no 31 February), in the Gregorian calendar, as Date reads it. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // Worked out rather than asked of Date, which a batch did for every file's date: it was a tenth of
  // checking an answer file's shape.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}
