// The text of an answer file made from one response of a form export (spec §3), written directly rather
// than through yaml's document model: an import writes thousands, and this is several times faster. Every
// value is a plain word where YAML reads it back as the same text, and otherwise JSON's quoting, which
// YAML reads as a double-quoted string.
import { basename } from 'node:path';
import type { AnswerFile } from '../core/schema.js';
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

function entries(indent: string, record: Record<string, unknown>): string {
  let text = '';
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    const shown = Array.isArray(value) ? `[ ${(value as (string | number)[]).map(scalar).join(', ')} ]` : scalar(value as string | number);
    text += `${indent}${scalar(key)}: ${shown}\n`;
  }
  return text;
}

/**
 * An imported response's answer file, with a comment saying where it came from (`unit` is "row", or
 * "response" for JSON); `schema` is the modeline's reference to the answers schema, as
 * `answersSchemaReference` gives it for the folder the file is written to.
 */
export function importedAnswerFileText(content: AnswerFile, file: string, unit: string, row: number, schema: string): string {
  let text = `${schemaModeline(schema)}\n# Imported by ce-plan from ${JSON.stringify(basename(file))}, ${unit} ${row}.\n`;
  text += `bank: ${scalar(content.bank)}\n`;
  if (content.bank_version !== undefined) text += `bank_version: ${scalar(content.bank_version)}\n`;
  text += `organisation:\n${entries('  ', content.organisation)}`;
  if (content.respondent !== undefined) text += `respondent:\n${entries('  ', content.respondent)}`;
  const answers = entries('  ', content.answers);
  return `${text}answers:${answers === '' ? ' {}\n' : `\n${answers}`}`;
}
