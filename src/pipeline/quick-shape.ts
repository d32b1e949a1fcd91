// The second step for an answer file (§3), its shape, made quick: nearly every answer file, whether
// `assess` reads it from YAML (js-yaml's core schema or yaml) or `import` makes it from a form's row
// (forms/responses.ts), is of the answer file's shape, and the schema library (zod, which takes a thread
// about 0.1 s to load, and tens of µs a file to run) is not needed to say so. quickShape is a sufficient
// condition for the schema's check: data it takes, the schema takes too, and reads as the same answer
// file, keys in the same order (a differential test holds it to that). Any data it does not take (a
// blank name, a number too large for a number, a date that is no day, a key the schema does not know)
// goes through the schema as before (answer-shape.ts, loaded then), which words each finding, in place.
import { isCalendarDate } from '../core/calendar-date.js';
import type { Locator } from '../core/diagnostics.js';
import { KEBAB, SEMVER } from '../core/id-patterns.js';
import { isLanguage, LANGUAGES } from '../core/languages.js';
import type { Result } from '../core/result.js';
import type { AnswerFile } from '../core/schema.js';
import type { Words } from '../core/words/index.js';
import type { ShapedAnswers } from './answer-shape.js';
import type { ParsedAnswers } from './parse-answers.js';

type Plain = Record<string, unknown>;

/** An object as the readers make it: no class, no list. */
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A plain object with only the keys `allowed`. */
function plainWith(value: unknown, allowed: ReadonlySet<string>): value is Plain {
  if (!isPlain(value)) return false;
  for (const key of Object.keys(value)) if (!allowed.has(key)) return false;
  return true;
}

const FILE_KEYS = new Set(['bank', 'bank_version', 'organisation', 'respondent', 'lang', 'answers']);
const ORGANISATION_KEYS = new Set(['name', 'area', 'completed_by', 'date']);
const RESPONDENT_KEYS = new Set(['name', 'role']);

/** What someone typed, as the schema's `answerText` takes it: not empty, not only spaces. */
const isAnswerText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && /\S/.test(value);

/** A key that is absent, or holds what `check` takes. */
const absentOr = (record: Plain, key: string, check: (value: unknown) => boolean) => !Object.hasOwn(record, key) || check(record[key]);

/** A finite number (the schema's numbers are: no NaN, no Infinity) or a text. */
const isScalar = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** An answer as the schema takes it: a text, a number, a list of them, or null (unanswered). */
function isAnswerValue(value: unknown): boolean {
  if (value === null || isScalar(value)) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isScalar(item)) return false;
  return true;
}

/** `lang:` as the schema takes it: a language, or a list of one to as many as there are. */
function isLang(value: unknown): boolean {
  if (typeof value === 'string') return isLanguage(value);
  if (!Array.isArray(value) || value.length === 0 || value.length > LANGUAGES.length) return false;
  for (const item of value) if (typeof item !== 'string' || !isLanguage(item)) return false;
  return true;
}

/** The keys of `record` that are there, in the order given (the schema's, which is the order its output has). */
function picked(record: Plain, keys: readonly string[]): Plain {
  const out: Plain = {};
  for (const key of keys) if (Object.hasOwn(record, key)) out[key] = record[key];
  return out;
}

/**
 * The answer file `data` is, as the schema would give it back, or undefined when this cannot vouch for
 * it (then the schema checks it, and says what is wrong).
 */
export function quickShape(data: unknown): AnswerFile | undefined {
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
  if (!absentOr(data, 'lang', isLang)) return undefined;
  // No answers at all: the schema gives an empty set of them.
  let shapedAnswers: Plain = {};
  if (Object.hasOwn(data, 'answers')) {
    if (!isPlain(answers)) return undefined;
    // `__proto__` as a key the schema's output would take for the object's prototype: left to it.
    for (const key of Object.keys(answers)) if (key === '__proto__' || !isAnswerValue(answers[key])) return undefined;
    shapedAnswers = answers;
  }
  const shaped: Plain = picked(data, ['bank', 'bank_version']);
  shaped['organisation'] = picked(organisation, ['name', 'area', 'completed_by', 'date']);
  if (Object.hasOwn(data, 'respondent')) shaped['respondent'] = picked(respondent as Plain, ['name', 'role']);
  if (Object.hasOwn(data, 'lang')) shaped['lang'] = data['lang'];
  shaped['answers'] = shapedAnswers;
  return shaped as AnswerFile;
}

/**
 * Parsed answers' shape, checked the quick way where quickShape vouches for them (no finding, so
 * `locator` is not asked), else by the schema, loaded at its first use, with every finding in place.
 */
export async function checkShape(parsed: ParsedAnswers, locator: Locator, words: Words): Promise<Result<ShapedAnswers>> {
  const content = quickShape(parsed.data);
  if (content !== undefined) return { ok: true, value: { file: parsed.file, content, locator }, diagnostics: [] };
  return (await import('./answer-shape.js')).checkAnswerShape(parsed, locator, words);
}
