// Dates as the answer file and --date give them. Apart from the schema, so `assess` can check --date
// without loading the schema library before its worker threads start.

/** YYYY-MM-DD naming a day that exists (no 31 February). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
