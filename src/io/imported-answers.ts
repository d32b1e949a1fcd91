// The text of an answer file made from one response of a form export (spec §3), written directly rather
// than through yaml's document model: an import writes thousands, and this is several times faster. Every
// value is a plain word where YAML reads it back as the same text, and otherwise JSON's quoting, which
// YAML reads as a double-quoted string.
import { basename } from 'node:path';
import type { AnswerFile } from '../core/schema.js';
import type { Answer, AnswerMap } from '../core/visibility.js';
import { schemaModeline } from '../format/answer-template.js';

/** Words YAML 1.1 readers take for true, false or null: quoted so every reader sees text. */
const AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
/**
 * Text that reads back as itself unquoted: words that start with a letter, hold no YAML indicator and
 * end with no space; a date; a version. (YAML 1.2, which ce-plan reads, has no date or version type.)
 */
const PLAIN = /^(?:\p{L}(?:[\p{L}\p{N} _.'()/-]*[\p{L}\p{N}.)])?|\d{4}-\d{2}-\d{2}|\d+\.\d+\.\d+)$/u;

// Keys and option values recur in every file of an import: each is worded once (up to a bound, then afresh).
const worded = new Map<string, string>();
const WORDED_AT_MOST = 4000;

function scalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let text = worded.get(value);
  if (text !== undefined) return text;
  text = PLAIN.test(value) && !AMBIGUOUS.test(value) && !value.includes('  ') ? value : JSON.stringify(value);
  // Long texts (free answers) seldom recur.
  if (value.length <= 200) {
    if (worded.size >= WORDED_AT_MOST) worded.clear();
    worded.set(value, text);
  }
  return text;
}

/** A line's value: a scalar, or a list in brackets. */
function shown(value: string | number | readonly (string | number)[]): string {
  if (!Array.isArray(value)) return scalar(value as string | number);
  let text = '[ ';
  for (let i = 0; i < value.length; i++) text += i === 0 ? scalar(value[i]!) : `, ${scalar(value[i]!)}`;
  return `${text} ]`;
}

function entries(indent: string, record: Record<string, unknown>): string {
  let text = '';
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    text += `${indent}${scalar(key)}: ${shown(value as string | number | (string | number)[])}\n`;
  }
  return text;
}

/** A name JavaScript orders before all others among an object's keys (an array index), as Object.entries gives them. */
const isIndex = (key: string) => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;

/** The answers' lines, in the order a record of them would give (Object.fromEntries, then Object.entries): indices first, in order. */
function answerLines(answers: AnswerMap): string {
  let text = '';
  let indices: string[] | undefined;
  const line = (key: string, value: Answer) => `  ${scalar(key)}: ${shown(value)}\n`;
  answers.forEach((value, key) => {
    const given = value as Answer | null | undefined;
    if (given === null || given === undefined) return; // no answer in a record (entries leaves it out too)
    if (isIndex(key)) (indices ??= []).push(key);
    else text += line(key, value);
  });
  if (indices === undefined) return text;
  let first = '';
  for (const key of indices.sort((a, b) => Number(a) - Number(b))) first += line(key, answers.get(key)!);
  return first + text;
}

/**
 * An imported response's answer file, with a comment saying where it came from (`unit` is "row", or
 * "response" for JSON); `schema` is the modeline's reference to the answers schema, as
 * `answersSchemaReference` gives it for the folder the file is written to.
 */
export function importedAnswerFileText(content: AnswerFile, file: string, unit: string, row: number, schema: string): string {
  return importedAnswerFileTextOf(content, new Map(Object.entries(content.answers) as [string, Answer][]), file, unit, row, schema);
}

/** importedAnswerFileText with the answers as checked (the answers that fit), rather than a record of them. */
export function importedAnswerFileTextOf(
  content: Omit<AnswerFile, 'answers'>,
  answers: AnswerMap,
  file: string,
  unit: string,
  row: number,
  schema: string,
): string {
  let text = `${schemaModeline(schema)}\n# Imported by ce-plan from ${JSON.stringify(basename(file))}, ${unit} ${row}.\n`;
  text += `bank: ${scalar(content.bank)}\n`;
  if (content.bank_version !== undefined) text += `bank_version: ${scalar(content.bank_version)}\n`;
  text += `organisation:\n${entries('  ', content.organisation)}`;
  if (content.respondent !== undefined) text += `respondent:\n${entries('  ', content.respondent)}`;
  const lines = answerLines(answers);
  return `${text}answers:${lines === '' ? ' {}\n' : `\n${lines}`}`;
}
