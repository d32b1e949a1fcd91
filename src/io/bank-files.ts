// Where banks are: the built-in ones in the package's questionnaires/ folder, found by id, or a path.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { BUILT_IN_BANKS } from './paths.js';

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

/** A built-in bank's id: its file name. */
export const bankIdOf = (file: string): string => basename(file).replace(/\.ya?ml$/, '');

/** `--bank ID|PATH`: a path when it looks like one, otherwise the id of a built-in bank. */
export async function resolveBankFile(idOrPath: string): Promise<string> {
  if (/[\\/]/.test(idOrPath) || /\.ya?ml$/i.test(idOrPath)) return idOrPath;
  const files = await builtInBankFiles();
  const match = files.find((file) => bankIdOf(file) === idOrPath);
  if (match) return match;
  throw new UsageError((w) => w.errors.noBuiltInBank(idOrPath, files.map(bankIdOf)));
}
