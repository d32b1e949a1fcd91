// Options that several commands share, declared once.
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { REPORT_FORMATS, REPORT_FORMAT_NAMES, type ReportFormat } from '../format/report/index.js';

export function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

export function scoreFrom0To100(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a score from 0 to 100.');
  return n;
}

/** `--bank ID|PATH`, wherever a bank is chosen. */
export const bankOption = (description: string) => new Option('--bank <id|path>', description);

/** `--force`: overwrite what exists; without it, nothing is ever overwritten. */
export const forceOption = (what: string) => new Option('--force', `overwrite ${what}`);

/** `--format md,json`: one or more report formats, each from the registry. */
export function reportFormatsOption() {
  const names = REPORT_FORMAT_NAMES;
  const listed = names.length === 2 ? `${names[0]}, ${names[1]} or ${names.join(',')}` : `one or more of ${names.join(', ')}, comma-separated`;
  return new Option('--format <formats>', `report formats: ${listed}`)
    .argParser((value: string): ReportFormat[] => {
      const list = value.split(',').map((f) => f.trim());
      const bad = list.find((f) => !(f in REPORT_FORMATS));
      if (bad !== undefined || list.length === 0) throw new InvalidArgumentError(`expected ${names.join(', ')} or a comma-separated list of them.`);
      return [...new Set(list)] as ReportFormat[];
    })
    .default(['md'] as ReportFormat[]);
}

/** `--tracker [xlsx|csv]`: also write the plan's action tracker, a workbook unless `csv` is given. */
export const trackerOption = () =>
  new Option('--tracker [edition]', "also write the plan's action tracker (NAME.tracker.xlsx; NAME.tracker.csv with --tracker csv)").argParser(
    (value: string): 'xlsx' | 'csv' => {
      if (value !== 'xlsx' && value !== 'csv') throw new InvalidArgumentError('expected xlsx or csv.');
      return value;
    },
  );

/** The formats a run writes: `--format`'s, and the tracker's edition when `--tracker` asks for it. */
export function withTracker(formats: readonly ReportFormat[], tracker: boolean | 'xlsx' | 'csv' | undefined): ReportFormat[] {
  if (tracker === undefined || tracker === false) return [...formats];
  const edition: ReportFormat = tracker === 'csv' ? 'tracker-csv' : 'tracker';
  return formats.includes(edition) ? [...formats] : [...formats, edition];
}

/** For an option given more than once: every value, in order. */
export function repeatable(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--date-order dmy|mdy`: how a form export's dates such as 05/11/2026 read where their column does not settle it. */
export const dateOrderOption = () =>
  new Option('--date-order <order>', 'how dates such as 05/11/2026 read where no date in their column settles it: dmy (day first) or mdy').choices([
    'dmy',
    'mdy',
  ] as const);
