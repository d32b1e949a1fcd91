// A batch's staging folder in the out dir: each thread's temp files, and with --combine every checked
// answer file, until its organisation's report is written. The batch removes it when it ends; a run
// killed outright (kill -9, a power cut) cannot, so two things keep what it leaves harmless:
// - the staged answers are sealed (AES-256-GCM) with a key that lives only in the run's memory, so once
//   the run is gone they cannot be read, by anyone: no respondent's answers or name, even with --anonymise;
// - the folder's name records its run (host, pid, start), and the next `assess` into that out dir
//   removes the folders of runs that are gone, and says so.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isGone, thisProcess } from './process-owner.js';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** `.ce-plan-<host>-<pid>-<start>-<random>.staging`: the host as a short hash (any name, one form). */
const NAME = /^\.ce-plan-([0-9a-f]{8})-(\d+)-(\d*)-[0-9a-z]+\.staging$/;

const hostTag = () => createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/** A new staging folder's name for this run: its own, and telling which run made it. */
export function stagingFolderName(pid: number): string {
  return `.ce-plan-${hostTag()}-${pid}-${thisProcess(pid).start ?? ''}-${Math.random().toString(36).slice(2)}.staging`;
}

/** Removes the staging folders in `outDir` left by runs of this host that are gone; returns each, with its run's pid. */
export function removeStaleStagingFolders(outDir: string): { path: string; pid: number }[] {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return []; // no out dir yet, or one that cannot be read: the batch says why when it writes
  }
  const removed: { path: string; pid: number }[] = [];
  const host = hostname();
  for (const name of names) {
    const match = NAME.exec(name);
    if (match === null || match[1] !== hostTag()) continue;
    const pid = Number(match[2]);
    if (!isGone({ pid, host, ...(match[3] ? { start: match[3] } : {}) })) continue;
    const path = join(outDir, name);
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push({ path, pid });
    } catch {
      // Not ours to remove (another user's run): it is sealed all the same.
    }
  }
  return removed;
}

/** A key for one run's staged answers, as text, so it reaches worker threads with the batch's settings. */
export function newStagingKey(): string {
  return randomBytes(32).toString('base64');
}

/** Text sealed with the run's key: a random IV, the ciphertext and its tag. */
export function seal(key: string, text: string): Uint8Array {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, Buffer.from(key, 'base64'), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

/** The text sealed by {@link seal} with the same key; throws if it was changed. */
export function unseal(key: string, bytes: Uint8Array): string {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decipher = createDecipheriv(ALGORITHM, Buffer.from(key, 'base64'), data.subarray(0, IV_BYTES));
  decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
  return Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]).toString('utf8');
}
