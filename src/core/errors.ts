// The one family of known errors. Anything else that escapes to the CLI is a bug and gets a stack trace.
import type { Diagnostic } from './diagnostics.js';
import { en } from './words/en.js';
import type { Words } from './words/index.js';

/**
 * An error's words as a function of the catalogue: deep code that throws need not know the language of
 * the messages; they are worded in it where the error is printed (cli/main.ts). `message` is the English.
 */
export type Wording = (words: Words['messages']) => string;

export class CePlanError extends Error {
  readonly wording: Wording;

  constructor(
    message: string | Wording,
    readonly exitCode: 1 | 2,
  ) {
    const wording = typeof message === 'string' ? () => message : message;
    super(wording(en.messages));
    this.wording = wording;
    this.name = new.target.name;
  }
}

/** Wrong flags or arguments: exit 2. */
export class UsageError extends CePlanError {
  constructor(message: string | Wording) {
    super(message, 2);
  }
}

/** A file that could not be read or is not valid: its findings say where. */
export class InputError extends CePlanError {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`).join('\n'), diagnostics.some((d) => d.unreadable) ? 2 : 1);
  }
}

/** Ctrl-C or closed input during an interactive run: exit 130. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
}
