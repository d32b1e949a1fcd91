// Permission tests run the CLI as an ordinary user, for whom permissions hold: nobody, when the tests run
// as root (as CI does). Nobody must be able to reach the node binary, the clone and the temp folder: a
// folder above any of them that others cannot search (a clone in /root, a `mktemp -d` folder of mode 700
// as TMPDIR) stops nobody before ce-plan starts, and the tests are then skipped, saying why.
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { BIN } from './cli.js';
import { CAN_MOUNT } from './tmpfs.js';

/** The uid and gid the CLI runs as in permission tests; as root, nobody's. */
export const OTHER_USER = CAN_MOUNT ? { uid: 65534, gid: 65534 } : {};

/** The first folder on the way to `path` (itself excluded) that users other than its owner cannot search, if any. */
export function privateFolderAbove(path: string): string | undefined {
  const folders: string[] = [];
  for (let folder = dirname(resolve(path)); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (folder === dirname(folder)) break;
  }
  return folders.find((folder) => (statSync(folder).mode & 0o001) === 0);
}

/** Why the permission tests cannot run here, or undefined when they can. */
function whyNot(): string | undefined {
  if (!CAN_MOUNT) return undefined;
  for (const [what, path] of [
    ['node', process.execPath],
    ['the clone', BIN],
    ['the temp folder', resolve(tmpdir(), 'x')],
  ] as const) {
    const folder = privateFolderAbove(path);
    if (folder !== undefined) return `${folder} is not searchable by other users, so user nobody cannot reach ${what}`;
  }
  return undefined;
}

const reason = whyNot();
if (reason !== undefined) process.stderr.write(`permission tests skipped: ${reason} (clone into, and set TMPDIR to, folders like /tmp)\n`);

/** `test` where the CLI can run as another user, `test.skip` (said once, above) where it cannot. */
export const asOtherUser = reason === undefined;
