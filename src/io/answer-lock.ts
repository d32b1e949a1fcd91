// One interview per answer file. `init` saves after every answer, replacing the whole file, so two
// interviews on one file would each wipe the other's answers. While an interview runs it holds
// `<answer file>.lock` beside the file (beside its target, for a symbolic link), which names its process;
// a second interview finds it and is refused. A lock whose process is gone (killed outright: a power cut,
// `kill -9`) is taken over, so it never blocks the next interview; one held on another host cannot be
// checked, and is left for a person to remove. The `.lock` ending keeps it out of `assess FOLDER`.
import * as fs from 'node:fs';
import { UsageError } from '../core/errors.js';
import { isGone, ownerFrom, thisProcess, type ProcessOwner } from './process-owner.js';
import { FileExistsError, throughLinks, writeFileAtomic } from './write-file.js';

export interface HeldLock {
  /** The lock file. */
  path: string;
  /** The owner of a lock taken over from an interview that stopped without releasing it. */
  tookOver?: ProcessOwner;
  /** Whether the lock is still this interview's: nobody removed it, or took it over, meanwhile. */
  stillOurs(): boolean;
  /** Removes the lock, if it is still this interview's. */
  release(): void;
}

/** The interview that holds the lock: its owner, and when it began; undefined when the lock file cannot be read as one. */
export interface LockHolder {
  path: string;
  owner: ProcessOwner | undefined;
  since: string | undefined;
}

/** Takes the lock on an answer file for this process, or says who holds it. */
export async function lockAnswerFile(answers: string, pid: number, now: Date): Promise<{ held: HeldLock } | { holder: LockHolder }> {
  const path = `${throughLinks(answers)}.lock`;
  const mine = `${JSON.stringify({ ...thisProcess(pid), since: now.toISOString() })}\n`;
  let tookOver: ProcessOwner | undefined;
  // Each round either takes the lock, finds it held, or clears a stale one; a race with another
  // interview doing the same can cost a round, so a few are allowed.
  for (let round = 0; round < 5; round++) {
    try {
      await writeFileAtomic(path, mine);
      return { held: heldLock(path, mine, tookOver) };
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
    }
    const text = readIfThere(path);
    if (text === undefined) continue; // released meanwhile
    const owner = ownerFrom(text);
    if (owner === undefined || !isGone(owner)) return { holder: { path, owner, since: sinceOf(text) } };
    if (clearStale(path, text)) tookOver = owner;
  }
  return { holder: { path, owner: undefined, since: undefined } };
}

function heldLock(path: string, mine: string, tookOver: ProcessOwner | undefined): HeldLock {
  const stillOurs = () => readIfThere(path) === mine;
  return {
    path,
    ...(tookOver === undefined ? {} : { tookOver }),
    stillOurs,
    release() {
      if (!stillOurs()) return;
      try {
        fs.unlinkSync(path);
      } catch {
        // Gone already.
      }
    },
  };
}

/**
 * Removes a stale lock, unless another interview replaced it after it was read: it is first moved aside
 * (a rename moves exactly one file), then checked, and put back if it is not the stale one.
 */
function clearStale(path: string, stale: string): boolean {
  const aside = `${path}.${Math.random().toString(36).slice(2)}.stale`;
  try {
    fs.renameSync(path, aside);
  } catch {
    return false; // gone meanwhile: the next round sees why
  }
  const moved = readIfThere(aside);
  if (moved !== stale) {
    try {
      fs.linkSync(aside, path);
    } catch {
      // Another lock is there already; the next round finds it.
    }
  }
  fs.rmSync(aside, { force: true });
  return moved === stale;
}

function readIfThere(path: string): string | undefined {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UsageError((w) => w.errors.cannotReadLock(path, code ?? String(error)));
  }
}

function sinceOf(text: string): string | undefined {
  try {
    const since = (JSON.parse(text) as { since?: unknown }).since;
    return typeof since === 'string' ? since : undefined;
  } catch {
    return undefined;
  }
}
