// A bank's text to a checked bank: parse with positions, check against the schema, then the lint rules.
import { textHash } from '../io/text-hash.js';
import type { Diagnostic, Locator } from '../core/diagnostics.js';
import { lintBank } from '../core/lint/index.js';
import type { Result } from '../core/result.js';
import { bankSchema, type Bank } from '../core/schema.js';
import { validate } from '../core/validate.js';
import type { Words } from '../core/words/index.js';
import { parseYaml } from './parse-yaml.js';

/** A bank ready to use: no errors, perhaps warnings. */
export interface LoadedBank {
  bank: Bank;
  file: string;
  /** The SHA-256 of the bank file's text (src/io/text-hash.ts), which reports record. */
  sha256: string;
}

/** A bank checked just now, with the positions of its source for findings that span banks. */
export interface CheckedBank extends LoadedBank {
  locator: Locator;
}

/** The bank with its warnings, or every finding when it has errors, worded in `words`' language. */
export function checkBankText(file: string, text: string, words: Words): Result<CheckedBank> {
  const parsed = parseYaml(file, text, words);
  if (!parsed.ok) return parsed;
  const { data, locator } = parsed.value;
  const checked = validate(bankSchema, data, locator, file, words);
  if (!checked.ok) return checked;
  const diagnostics: Diagnostic[] = lintBank(checked.value, locator, file, words);
  const value = { bank: checked.value, file, sha256: textHash(text), locator };
  return diagnostics.some((d) => d.severity === 'error') ? { ok: false, diagnostics } : { ok: true, value, diagnostics };
}
