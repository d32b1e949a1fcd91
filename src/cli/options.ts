// Options that several commands share, declared once.
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { REPORT_FORMATS, REPORT_FORMAT_NAMES, type ReportFormat } from '../format/report/index.js';
import { isLanguage, LANGUAGES, type Language } from '../core/languages.js';
import type { HelpWords } from './command.js';

/** A parser of a whole number from 0, refusing others in the help's words. */
export const wholeNumber =
  (words: HelpWords) =>
  (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(words.commander.expectedWholeNumber);
    return Number(value);
  };

/** A parser of a score from 0 to 100, refusing others in the help's words. */
export const scoreFrom0To100 =
  (words: HelpWords) =>
  (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(words.commander.expectedScore);
    return n;
  };

/** `--bank ID|PATH`, wherever a bank is chosen. */
export const bankOption = (description: string) => new Option('--bank <id|path>', description);

/** `--force`: overwrite what exists; without it, nothing is ever overwritten. */
export const forceOption = (what: string, words: HelpWords) => new Option('--force', words.shared.force(what));

/** `--format md,json`: one or more report formats, each from the registry. */
export function reportFormatsOption(words: HelpWords) {
  const names = REPORT_FORMAT_NAMES;
  return new Option('--format <formats>', words.shared.formats(words.shared.formatsListed(names)))
    .argParser((value: string): ReportFormat[] => {
      const list = value.split(',').map((f) => f.trim());
      const bad = list.find((f) => !(f in REPORT_FORMATS));
      if (bad !== undefined || list.length === 0) throw new InvalidArgumentError(words.commander.expectedFormats(names));
      return [...new Set(list)] as ReportFormat[];
    })
    .default(['md'] as ReportFormat[]);
}

/** `--tracker [xlsx|csv]`: also write the plan's action tracker, a workbook unless `csv` is given. */
export const trackerOption = (words: HelpWords) =>
  new Option('--tracker [edition]', words.shared.tracker).argParser((value: string): 'xlsx' | 'csv' => {
    if (value !== 'xlsx' && value !== 'csv') throw new InvalidArgumentError(words.commander.expectedTracker);
    return value;
  });

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
export const dateOrderOption = (words: HelpWords) => new Option('--date-order <order>', words.shared.dateOrder).choices(['dmy', 'mdy'] as const);

/** `--lang cy`, or `--lang cy,en` for both: the language of what a command shows or writes, the first first. */
export const langOption = (what: string, words: HelpWords) =>
  new Option('--lang <languages>', words.shared.lang(what, LANGUAGES)).argParser((value: string): Language[] => {
    const list = value.split(',').map((code) => code.trim().toLowerCase());
    if (list.length === 0 || !list.every(isLanguage)) throw new InvalidArgumentError(words.commander.expectedLanguages(LANGUAGES));
    return [...new Set(list)] as Language[];
  });
