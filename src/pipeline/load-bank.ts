// Loading a bank: read its file, then take the build's stored check of it or check it now.
import type { Diagnostic } from '../core/diagnostics.js';
import { InputError } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { resolveBankFile } from '../io/bank-files.js';
import { readSource } from '../io/read-source.js';
import { readStoredCheck, storedCheckPath, type StoredCheck } from '../io/stored-checks.js';
import { textHash } from '../io/text-hash.js';
import type { CheckedBank, LoadedBank } from './bank.js';

export type { LoadedBank };

/** The parser, the schema and the lint rules, loaded only when a bank has to be checked now. */
async function checkBankText(file: string, text: string): Promise<Result<CheckedBank>> {
  return (await import('./bank.js')).checkBankText(file, text);
}

/** A bank with no errors (it may carry warnings), or every finding that stops it being used. */
export async function loadBankFile(file: string): Promise<Result<LoadedBank>> {
  const text = await readSource(file);
  if (!text.ok) return text;
  const stored = readStoredCheck(text.value);
  if (stored !== undefined)
    return { ok: true, value: { bank: stored.bank, file, sha256: textHash(text.value) }, diagnostics: stored.diagnostics.map((d) => ({ ...d, file })) };
  return checkBankText(file, text.value);
}

/** As loadBankFile, but always checked now, for lint. */
export async function checkBankFile(file: string): Promise<Result<CheckedBank>> {
  const text = await readSource(file);
  return text.ok ? checkBankText(file, text.value) : text;
}

/** Loads the bank a command needs, or throws its findings. */
export async function loadBank(idOrPath: string): Promise<LoadedBank & { warnings: Diagnostic[] }> {
  const loaded = await loadBankFile(await resolveBankFile(idOrPath));
  if (!loaded.ok) throw new InputError(loaded.diagnostics);
  return { ...loaded.value, warnings: loaded.diagnostics };
}

/** Banks by resolved path, so a batch of answer files reads each bank once. */
export type BankCache = Map<string, Promise<Result<LoadedBank>>>;

export function loadCached(cache: BankCache, file: string): Promise<Result<LoadedBank>> {
  let load = cache.get(file);
  if (load === undefined) {
    load = loadBankFile(file);
    cache.set(file, load);
  }
  return load;
}

/** For the build: checks a bank and, when it loads clean, says where its result is stored and what it holds. */
export async function storedCheckFor(file: string): Promise<{ path: string; json: string } | { diagnostics: Diagnostic[] }> {
  const text = await readSource(file);
  if (!text.ok) return text;
  const checked = await checkBankText(file, text.value);
  if (!checked.ok) return checked;
  const stored: StoredCheck = { bank: checked.value.bank, diagnostics: checked.diagnostics };
  return { path: storedCheckPath(text.value), json: JSON.stringify(stored) };
}
