// The second step for a row of a form export (§3), made quick: `import` reads each row's cells into an
// answer file's data itself (forms/responses.ts), so it is nearly always of the answer file's shape, and
// the schema library (zod, which takes a thread about 0.1 s to load, and about 40 µs a row to run) is
// not needed to say so. importedShape is a sufficient condition for the schema's check: data it takes,
// the schema takes too, and reads as the same answer file (a differential test holds it to that). Any
// row it does not take (a blank --organisation, a number too large for a number, a date that is no
// day) goes through the schema as before, which words each finding, at its cell.
import { isCalendarDate } from '../core/calendar-date.js';
import { KEBAB, SEMVER } from '../core/id-patterns.js';
import type { AnswerFile } from '../core/schema.js';

type Plain = Record<string, unknown>;

/** An object as a row's reader makes it: no class, no list. */
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A plain object with only the keys `allowed`. */
function plainWith(value: unknown, allowed: ReadonlySet<string>): value is Plain {
  if (!isPlain(value)) return false;
  for (const key of Object.keys(value)) if (!allowed.has(key)) return false;
  return true;
}

const FILE_KEYS = new Set(['bank', 'bank_version', 'organisation', 'respondent', 'answers']);
const ORGANISATION_KEYS = new Set(['name', 'area', 'completed_by', 'date']);
const RESPONDENT_KEYS = new Set(['name', 'role']);

/** What someone typed, as the schema's `answerText` takes it: not empty, not only spaces. */
const isAnswerText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && /\S/.test(value);

/** A key that is absent, or holds what `check` takes. */
const absentOr = (record: Plain, key: string, check: (value: unknown) => boolean) => !Object.hasOwn(record, key) || check(record[key]);

/** A finite number (the schema's numbers are: no NaN, no Infinity) or a text. */
const isScalar = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

function isAnswerValue(value: unknown): boolean {
  if (isScalar(value)) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isScalar(item)) return false;
  return true;
}

/** The keys of `record` that are there, in the order given (the schema's, which is the order its output has). */
function picked(record: Plain, keys: readonly string[]): Plain {
  const out: Plain = {};
  for (const key of keys) if (Object.hasOwn(record, key)) out[key] = record[key];
  return out;
}

/**
 * The answer file a row's data is, as the schema would give it back, or undefined when this cannot vouch
 * for it (then the schema checks it, and says what is wrong).
 */
export function importedShape(data: unknown): AnswerFile | undefined {
  if (!plainWith(data, FILE_KEYS)) return undefined;
  const { organisation, respondent, answers } = data;
  if (!(typeof data.bank === 'string' && KEBAB.test(data.bank))) return undefined;
  if (!absentOr(data, 'bank_version', (v) => typeof v === 'string' && SEMVER.test(v))) return undefined;
  if (!plainWith(organisation, ORGANISATION_KEYS) || !isAnswerText(organisation.name)) return undefined;
  if (!absentOr(organisation, 'area', isAnswerText) || !absentOr(organisation, 'completed_by', isAnswerText)) return undefined;
  if (!absentOr(organisation, 'date', (v) => typeof v === 'string' && isCalendarDate(v))) return undefined;
  if (Object.hasOwn(data, 'respondent')) {
    if (!plainWith(respondent, RESPONDENT_KEYS) || !absentOr(respondent, 'name', isAnswerText) || !absentOr(respondent, 'role', isAnswerText)) return undefined;
  }
  // The schema fills in missing answers with {}: a row always has some, so one without is left to it.
  if (!isPlain(answers)) return undefined;
  // `__proto__` as a key the schema's output would take for the object's prototype: left to it.
  for (const key of Object.keys(answers)) if (key === '__proto__' || !isAnswerValue(answers[key])) return undefined;
  const shaped: Plain = picked(data, ['bank', 'bank_version']);
  shaped['organisation'] = picked(organisation, ['name', 'area', 'completed_by', 'date']);
  if (Object.hasOwn(data, 'respondent')) shaped['respondent'] = picked(respondent as Plain, ['name', 'role']);
  shaped['answers'] = answers;
  return shaped as AnswerFile;
}
