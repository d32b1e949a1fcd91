// The files a command reads, so that nothing it writes lands on one of them, by whatever name, symbolic
// or hard link reaches it, with --force or without. The built-in banks are always among them: --force
// must not replace one either. Every command that writes asks here: compare, export and import for their
// one output, assess for each report and its summary.
import { builtInBankFiles } from '../io/bank-files.js';
import { IdentityCache, IdentityIndex, type FileIdentity } from '../io/file-identity.js';
import { UsageError, type Wording } from '../core/errors.js';
import type { Words } from '../core/words/index.js';
import { displayPath, type Io } from './host.js';

type Errors = Words['messages']['errors'];
/** What an input is, as messages name it ("the bank x.yaml"). */
export type InputKind = keyof Errors['inputs'];

/** A bank argument that names a file rather than a built-in bank's id. */
export const isBankPath = (bank: string): boolean => /[\\/]|\.ya?ml$/i.test(bank);

export interface InputFiles {
  /** Refuses an output on an input: `--out x would overwrite the bank x.yaml, an input of this comparison; …`. */
  refuseOver(flagAndPath: Wording, out: string): void;
  /** The input (or other file added) that writing `out` would replace, worded as messages name it; undefined when none. */
  at(out: string): Wording | undefined;
  /** As `at`, for a path whose identity is known already. */
  atIdentity(out: FileIdentity): Wording | undefined;
  /** Adds a file nothing may be written over once known (the summary, a bank an answer file names). */
  add(what: InputKind, path: string): void;
}

/** `given` pairs what a file is (`answerFile`) with its path; `-` (stdin) is never a clash. */
export async function inputFiles(io: Io, given: readonly (readonly [what: InputKind, path: string])[], of: keyof Errors['runs']): Promise<InputFiles> {
  const identities = new IdentityCache(io.cwd);
  const inputs = new IdentityIndex<Wording>();
  const add = (what: InputKind, path: string) => {
    const shown = displayPath(path, io.cwd);
    if (path !== '-') inputs.add(identities.of(path), (w) => w.errors.inputs[what](shown));
  };
  for (const [what, path] of given) add(what, path);
  for (const file of await builtInBankFiles()) add('builtInBank', file);
  const atIdentity = (out: FileIdentity) => inputs.hit(out);
  const at = (out: string) => atIdentity(identities.of(out));
  return {
    refuseOver(flagAndPath, out) {
      const input = at(out);
      if (input !== undefined) throw new UsageError((w) => w.errors.overwritesInput(flagAndPath(w), input(w), w.errors.runs[of]));
    },
    at,
    atIdentity,
    add,
  };
}
