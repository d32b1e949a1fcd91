// Findings about a file, each pointing at a line and column, as a compiler reports them.
import type { Words } from './words/index.js';

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
  /** On the one finding that stands for those left out after a file's first ones (see capFindings). */
  hidden?: { errors: number; warnings: number };
}

/** Finds where a path sits in the source text; a missing path resolves to its nearest existing ancestor. */
export interface Locator {
  /** 'key' points at the last key itself (for unknown keys); 'value' at what it holds. */
  at(path: DocPath, target?: 'key' | 'value'): Position;
}

export const START: Position = { line: 1, column: 1 };
export const nowhere: Locator = { at: () => START };

/** How many errors and warnings, counting those a capped file left out. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.hidden) {
      errors += d.hidden.errors;
      warnings += d.hidden.warnings;
    } else if (d.severity === 'error') {
      errors++;
    } else {
      warnings++;
    }
  }
  return { errors, warnings };
}

/** A file's findings shown at most: past these, more of the same help no one, and 20,000 of them flood a terminal. */
export const MAX_FINDINGS_PER_FILE = 100;
const TOO_MANY = 'too-many-findings';

/**
 * The first MAX_FINDINGS_PER_FILE findings of each file, in file order, then one finding that says how
 * many more there are (an error if any of them is), in `words`' language. Capping a list already capped changes nothing.
 */
export function capFindings(diagnostics: readonly Diagnostic[], words: Words, limit = MAX_FINDINGS_PER_FILE): Diagnostic[] {
  const byFile = new Map<string, Diagnostic[]>();
  // Findings of each file, not counting one that stands for others.
  const counts = new Map<string, number>();
  let over = false;
  for (const d of diagnostics) {
    let list = byFile.get(d.file);
    if (list === undefined) byFile.set(d.file, (list = []));
    list.push(d);
    const count = (counts.get(d.file) ?? 0) + (d.hidden ? 0 : 1);
    counts.set(d.file, count);
    if (count > limit) over = true;
  }
  if (!over) return [...diagnostics];
  const capped: Diagnostic[] = [];
  for (const [file, list] of byFile) {
    if (counts.get(file)! <= limit) {
      capped.push(...list);
      continue;
    }
    const hidden = { errors: 0, warnings: 0 };
    const findings: Diagnostic[] = [];
    for (const d of list) {
      if (d.hidden) {
        hidden.errors += d.hidden.errors;
        hidden.warnings += d.hidden.warnings;
      } else {
        findings.push(d);
      }
    }
    findings.sort(byPosition);
    const left = findings.slice(limit);
    for (const d of left) hidden[d.severity === 'error' ? 'errors' : 'warnings']++;
    capped.push(...findings.slice(0, limit));
    const first = left[0] ?? findings.at(-1)!;
    const more = hidden.errors + hidden.warnings;
    capped.push({
      file,
      line: first.line,
      column: first.column,
      severity: hidden.errors > 0 ? 'error' : 'warning',
      rule: TOO_MANY,
      message: words.findings.tooMany(more, limit),
      hidden,
    });
  }
  return capped;
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
  'yaml-version': 'the file is YAML 1.2: a `%YAML 1.1` directive (which reads 010 as 8 and 1_000 as 1000) is refused',
  'duplicate-key': 'no map gives the same key twice (keys compare as the text they become, so 1 and "1" clash)',
  'invalid-key': 'keys are plain words, not lists or maps',
  'forbidden-key': 'no __proto__, constructor or prototype keys',
  'alias-limit': 'aliases expand at most 200 times (no "billion laughs")',
  'missing-key': 'every required key is there',
  'unknown-key': 'every key is one the format knows, with a "did you mean" for near misses',
  'wrong-type': 'each value has the right type (text, number, list, map)',
  'invalid-value': 'each value is one the format allows (ids in kebab-case, known question types, non-empty text)',
  'out-of-range': 'numbers are within their bounds (scores in [0, 1], weights above 0, band minimums in [0, 100])',
  [TOO_MANY]: `stands for the findings past a file's first ${MAX_FINDINGS_PER_FILE}, with how many there are`,
} as const;
