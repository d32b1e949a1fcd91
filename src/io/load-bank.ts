// Loads a question bank: read, parse with positions, check against the schema, then the whole-bank rules.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Diagnostic, Locator } from '../core/diagnostics.js';
import { InputError, UsageError } from '../core/errors.js';
import { lintBank } from '../core/lint-rules.js';
import { bankSchema, type Bank } from '../core/schema.js';
import { validate } from '../core/validate.js';
import { BUILT_IN_BANKS } from './paths.js';
import { parseYaml, readSource, type Result } from './yaml-source.js';

export interface LoadedBank {
  bank: Bank;
  file: string;
  locator: Locator;
}

/** A bank with no errors (it may carry warnings), or every finding that stops it being used. */
export async function loadBankFile(file: string): Promise<Result<LoadedBank>> {
  const text = await readSource(file);
  if (!text.ok) return text;
  const parsed = parseYaml(file, text.value);
  if (!parsed.ok) return parsed;
  const { data, locator } = parsed.value;
  const checked = validate(bankSchema, data, locator, file);
  if (!checked.ok) return checked;
  const diagnostics: Diagnostic[] = lintBank(checked.value, locator, file);
  const value = { bank: checked.value, file, locator };
  return diagnostics.some((d) => d.severity === 'error') ? { ok: false, diagnostics } : { ok: true, value, diagnostics };
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
