// What every step that can fail on bad input returns: a value with any warnings, or the findings that
// stopped it.
import type { Diagnostic, Position } from './diagnostics.js';
import { START } from './diagnostics.js';

export type Result<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export type Failure = Extract<Result<never>, { ok: false }>;

/** One finding that stops a file: `unreadable` for input that is not text at all (exit 2). */
export function failure(file: string, rule: string, message: string, position: Position = START, unreadable = false): Failure {
  return { ok: false, diagnostics: [{ file, ...position, severity: 'error', rule, message, ...(unreadable ? { unreadable: true as const } : {}) }] };
}
