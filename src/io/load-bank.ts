// Loads a question bank: read, parse with positions, check against the schema, then the whole-bank rules.
// The build runs those checks on the built-in banks once and stores each clean result, named by a hash
// of the bank's text and of the code that checks it. Loading a bank takes a stored result when both
// match, which spares every start (and every worker thread of a batch) a parse and a check; an edited
// bank, or rebuilt checking code, is checked afresh. lint always checks afresh.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Diagnostic, Locator } from '../core/diagnostics.js';
import { InputError, UsageError } from '../core/errors.js';
import { lintBank } from '../core/lint/index.js';
import { bankSchema, type Bank } from '../core/schema.js';
import { validate } from '../core/validate.js';
import { BUILT_IN_BANKS, STORED_BANK_CHECKS } from './paths.js';
import { readSource, type Result } from './read-source.js';
import { parseYaml } from './yaml-source.js';

export interface LoadedBank {
  bank: Bank;
  file: string;
}

/** A bank checked just now, with the positions of its source for findings that span banks. */
export interface CheckedBank extends LoadedBank {
  locator: Locator;
}

/** What the build stores of a bank that loaded clean: the bank as checked, and its warnings. */
interface StoredCheck {
  bank: Bank;
  diagnostics: Diagnostic[];
}

/**
 * A bank with no errors (it may carry warnings), or every finding that stops it being used. A bank whose
 * text this code has checked at build time is taken as it was found then.
 */
export async function loadBankFile(file: string): Promise<Result<LoadedBank>> {
  const text = await readSource(file);
  if (!text.ok) return text;
  const stored = readStoredCheck(text.value);
  if (stored !== undefined) return { ok: true, value: { bank: stored.bank, file }, diagnostics: stored.diagnostics.map((d) => ({ ...d, file })) };
  return checkBank(file, text.value);
}

/** As loadBankFile, but always checked now, for lint. */
export async function checkBankFile(file: string): Promise<Result<CheckedBank>> {
  const text = await readSource(file);
  if (!text.ok) return text;
  return checkBank(file, text.value);
}

function checkBank(file: string, text: string): Result<CheckedBank> {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const { data, locator } = parsed.value;
  const checked = validate(bankSchema, data, locator, file);
  if (!checked.ok) return checked;
  const diagnostics: Diagnostic[] = lintBank(checked.value, locator, file);
  const value = { bank: checked.value, file, locator };
  return diagnostics.some((d) => d.severity === 'error') ? { ok: false, diagnostics } : { ok: true, value, diagnostics };
}

// Everything that decides a bank's findings lives in the core and the readers beside this module. A
// stored check counts only for the very code that made it, so after any change to them (a new lint rule,
// a rebuilt dist, tests running the TypeScript sources) old results are never read.
let checker: string | undefined;

function checkerId(): string {
  if (checker === undefined) {
    const hash = createHash('sha256');
    for (const folder of ['../core/', './']) {
      const url = new URL(folder, import.meta.url);
      for (const name of readdirSync(url).filter((n) => /\.[jt]s$/.test(n)).sort()) hash.update(`${folder}${name}\0`).update(readFileSync(new URL(name, url)));
    }
    checker = hash.digest('hex');
  }
  return checker;
}

/** Where the build stores its check of a bank with this text, made by this code. */
export function storedCheckPath(text: string): string {
  return join(STORED_BANK_CHECKS, `${createHash('sha256').update(checkerId()).update('\0').update(text).digest('hex')}.json`);
}

function readStoredCheck(text: string): StoredCheck | undefined {
  try {
    return JSON.parse(readFileSync(storedCheckPath(text), 'utf8')) as StoredCheck;
  } catch {
    return undefined; // none for this text and code, or unreadable: check it now
  }
}

/** For the build: checks a bank and, when it loads clean, says where its result is stored and what it holds. */
export async function checkForBuild(file: string): Promise<{ path: string; json: string } | { diagnostics: Diagnostic[] }> {
  const text = await readSource(file);
  if (!text.ok) return text;
  const checked = checkBank(file, text.value);
  if (!checked.ok) return checked;
  const stored: StoredCheck = { bank: checked.value.bank, diagnostics: checked.diagnostics };
  return { path: storedCheckPath(text.value), json: JSON.stringify(stored) };
}

// The package's own folder does not change while ce-plan runs: list it once, not once per answer file.
let builtIn: Promise<string[]> | undefined;

export function builtInBankFiles(): Promise<string[]> {
  builtIn ??= listBuiltInBanks();
  return builtIn;
}

async function listBuiltInBanks(): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(BUILT_IN_BANKS)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    // A checkout without built-in banks still works with banks given by path.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.map((name) => join(BUILT_IN_BANKS, name));
}

/** `--bank ID|PATH`: a path when it looks like one, otherwise the id of a built-in bank. */
export async function resolveBankFile(idOrPath: string): Promise<string> {
  if (/[\\/]/.test(idOrPath) || /\.ya?ml$/i.test(idOrPath)) return idOrPath;
  const files = await builtInBankFiles();
  const idOf = (file: string) => basename(file).replace(/\.ya?ml$/, '');
  const match = files.find((file) => idOf(file) === idOrPath);
  if (match) return match;
  const ids = files.map(idOf);
  throw new UsageError(`no built-in bank "${idOrPath}"; the built-in banks are ${ids.join(', ')} (or give a path to a bank file)`);
}

/** Loads the bank a command needs, or throws its findings. */
export async function loadBank(idOrPath: string): Promise<LoadedBank & { warnings: Diagnostic[] }> {
  const file = await resolveBankFile(idOrPath);
  const loaded = await loadBankFile(file);
  if (!loaded.ok) throw new InputError(loaded.diagnostics);
  return { ...loaded.value, warnings: loaded.diagnostics };
}
