// The files a single-output command reads (compare, export, import), so that nothing it writes lands on
// one of them, by whatever name, symbolic or hard link reaches it, with --force or without. The built-in
// banks are always among them: --force must not replace one either. `assess` has its own, larger check
// (many outputs against many inputs) in run/assess.ts.
import { builtInBankFiles } from '../io/bank-files.js';
import { IdentityCache, IdentityIndex } from '../io/file-identity.js';
import { UsageError } from '../core/errors.js';
import { displayPath, type Io } from './host.js';

/** A bank argument that names a file rather than a built-in bank's id. */
export const isBankPath = (bank: string): boolean => /[\\/]|\.ya?ml$/i.test(bank);

export interface InputFiles {
  /** Refuses an output on an input: `--out x would overwrite the bank x.yaml, an input of this comparison; …`. */
  refuseOver(flagAndPath: string, out: string): void;
}

/** `given` pairs what a file is ("the answer file") with its path; `-` (stdin) is never a clash. */
export async function inputFiles(io: Io, given: readonly (readonly [what: string, path: string])[], of: string): Promise<InputFiles> {
  const identities = new IdentityCache(io.cwd);
  const inputs = new IdentityIndex<string>();
  for (const [what, path] of given) if (path !== '-') inputs.add(identities.of(path), `${what} ${displayPath(path, io.cwd)}`);
  for (const file of await builtInBankFiles()) inputs.add(identities.of(file), `the built-in bank ${displayPath(file, io.cwd)}`);
  return {
    refuseOver(flagAndPath, out) {
      const input = inputs.hit(identities.of(out));
      if (input !== undefined) throw new UsageError(`${flagAndPath} would overwrite ${input}, an input of ${of}; choose another name`);
    },
  };
}
