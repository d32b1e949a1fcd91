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
