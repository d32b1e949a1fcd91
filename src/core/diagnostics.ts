// Findings about a file, each pointing at a line and column, as a compiler reports them.

export type Severity = 'error' | 'warning';

/** A path into a parsed document: map keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface Diagnostic extends Position {
  file: string;
  severity: Severity;
  rule: string;
  message: string;
  /** Set when the file could not be read as text at all (exit code 2 rather than 1). */
  unreadable?: true;
}

/** Finds where a path sits in the source text; a missing path resolves to its nearest existing ancestor. */
export interface Locator {
  /** 'key' points at the last key itself (for unknown keys); 'value' at what it holds. */
  at(path: DocPath, target?: 'key' | 'value'): Position;
}

export const START: Position = { line: 1, column: 1 };
export const nowhere: Locator = { at: () => START };

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/** Rules applied while reading a file and checking it against the schema, before any whole-file rule. */
export const INPUT_RULES = {
  unreadable: 'the file exists and can be read (exit 2)',
  'file-too-large': 'the file is at most 4 MiB (exit 2)',
  'not-text': 'the file is UTF-8 text with no zero bytes (exit 2)',
  'empty-file': 'the file holds a YAML map',
  'yaml-syntax': 'the file is one well-formed YAML document, not nested absurdly deep',
  'duplicate-key': 'no map gives the same key twice (keys compare as the text they become, so 1 and "1" clash)',
  'invalid-key': 'keys are plain words, not lists or maps',
  'forbidden-key': 'no __proto__, constructor or prototype keys',
  'alias-limit': 'aliases expand at most 200 times (no "billion laughs")',
  'missing-key': 'every required key is there',
  'unknown-key': 'every key is one the format knows, with a "did you mean" for near misses',
  'wrong-type': 'each value has the right type (text, number, list, map)',
  'invalid-value': 'each value is one the format allows (ids in kebab-case, known question types, non-empty text)',
  'out-of-range': 'numbers are within their bounds (scores in [0, 1], weights above 0, band minimums in [0, 100])',
} as const;
