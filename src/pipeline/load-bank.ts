// Loading a bank: read its file, then take the build's stored check of it or check it now.
import type { Diagnostic } from '../core/diagnostics.js';
import { InputError } from '../core/errors.js';
import type { Language } from '../core/languages.js';
import type { Result } from '../core/result.js';
import { wordsFor, type Words } from '../core/words/index.js';
import { resolveBankFile } from '../io/bank-files.js';
import { readSource } from '../io/read-source.js';
import { readStoredCheck, storedCheckPath, type StoredCheck } from '../io/stored-checks.js';
import { textHash } from '../io/text-hash.js';
import type { CheckedBank, LoadedBank } from './bank.js';

export type { LoadedBank };

/** The parser, the schema and the lint rules, loaded only when a bank has to be checked now. */
async function checkBankText(file: string, text: string, words: Words): Promise<Result<CheckedBank>> {
  return (await import('./bank.js')).checkBankText(file, text, words);
}

/**
 * A bank with no errors (it may carry warnings), or every finding that stops it being used, in `words`'
 * language.
 */
export async function loadBankFile(file: string, words: Words): Promise<Result<LoadedBank>> {
  const text = await readSource(file, words);
  if (!text.ok) return text;
  const stored = readStoredCheck(text.value);
  // A stored check's warnings were worded by the build, in English; the built-in banks it is made for have none.
  if (stored !== undefined)
    return { ok: true, value: { bank: stored.bank, file, sha256: textHash(text.value) }, diagnostics: stored.diagnostics.map((d) => ({ ...d, file })) };
  return checkBankText(file, text.value, words);
}

/** As loadBankFile, but always checked now, for lint. */
export async function checkBankFile(file: string, words: Words): Promise<Result<CheckedBank>> {
  const text = await readSource(file, words);
  return text.ok ? checkBankText(file, text.value, words) : text;
}

/** Loads the bank a command needs, or throws its findings (in `language`, that of the command's findings). */
export async function loadBank(idOrPath: string, language: Language): Promise<LoadedBank & { warnings: Diagnostic[] }> {
  const loaded = await loadBankFile(await resolveBankFile(idOrPath), wordsFor(language));
  if (!loaded.ok) throw new InputError(loaded.diagnostics, language);
  return { ...loaded.value, warnings: loaded.diagnostics };
}

/** Banks by resolved path, so a batch of answer files reads each bank once. */
export type BankCache = Map<string, Promise<Result<LoadedBank>>>;

/** A cache serves one run, so one language: that of its findings (`words`). */
export function loadCached(cache: BankCache, file: string, words: Words): Promise<Result<LoadedBank>> {
  let load = cache.get(file);
  if (load === undefined) {
    load = loadBankFile(file, words);
    cache.set(file, load);
  }
  return load;
}

/** For the build: checks a bank and, when it loads clean, says where its result is stored and what it holds (any warnings in English). */
export async function storedCheckFor(file: string): Promise<{ path: string; json: string } | { diagnostics: Diagnostic[] }> {
  const words = wordsFor('en');
  const text = await readSource(file, words);
  if (!text.ok) return text;
  const checked = await checkBankText(file, text.value, words);
  if (!checked.ok) return checked;
  const stored: StoredCheck = { bank: checked.value.bank, diagnostics: checked.diagnostics };
  return { path: storedCheckPath(text.value), json: JSON.stringify(stored) };
}
