// Loads a question bank: read, parse with positions, check against the schema, then the whole-bank rules.
// The build runs those checks on the built-in banks once and keeps each clean result, named by the hash
// of the file's bytes: assess and init take a bank from there when its file is unchanged, which spares
// every start (and every worker thread of a batch) a parse and a check. lint always checks afresh.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Diagnostic, Locator } from '../core/diagnostics.js';
import { InputError, UsageError } from '../core/errors.js';
import { lintBank } from '../core/lint-rules.js';
import { bankSchema, type Bank } from '../core/schema.js';
import { validate } from '../core/validate.js';
import { BUILD_CHECKED_BANKS, BUILT_IN_BANKS } from './paths.js';
import { parseYaml, readSource, type Result } from './yaml-source.js';

export interface LoadedBank {
  bank: Bank;
  file: string;
}

/** A bank checked just now, with the positions of its source for findings that span banks. */
export interface CheckedBank extends LoadedBank {
  locator: Locator;
}

/** What the build keeps of a bank that loaded clean: the bank as checked, and its warnings. */
interface BuildCheck {
  bank: Bank;
  diagnostics: Diagnostic[];
}

/**
 * A bank with no errors (it may carry warnings), or every finding that stops it being used. A bank whose
 * bytes the build checked is taken as the build found it.
 */
export async function loadBankFile(file: string): Promise<Result<LoadedBank>> {
  const text = await readSource(file);
  if (!text.ok) return text;
  const built = readBuildCheck(text.value);
  if (built !== undefined) return { ok: true, value: { bank: built.bank, file }, diagnostics: built.diagnostics.map((d) => ({ ...d, file })) };
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

/** Where the build keeps its check of a bank with this text. */
export const buildCheckPath = (text: string): string => join(BUILD_CHECKED_BANKS, `${createHash('sha256').update(text).digest('hex')}.json`);

function readBuildCheck(text: string): BuildCheck | undefined {
  try {
    return JSON.parse(readFileSync(buildCheckPath(text), 'utf8')) as BuildCheck;
  } catch {
    return undefined; // not a bank the build checked (or changed since), or a damaged build: check it now
  }
}

/** For the build: checks a bank and, when it loads clean, says where its result goes and what it holds. */
export async function buildCheck(file: string): Promise<{ path: string; json: string } | { diagnostics: Diagnostic[] }> {
  const text = await readSource(file);
  if (!text.ok) return text;
  const checked = checkBank(file, text.value);
  if (!checked.ok) return checked;
  const kept: BuildCheck = { bank: checked.value.bank, diagnostics: checked.diagnostics };
  return { path: buildCheckPath(text.value), json: JSON.stringify(kept) };
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
