// A small disk for tests of a full disk: a tmpfs of a given size, mounted where the test runs as root (as
// CI does). Elsewhere `mountTmpfs` returns undefined and the test says so; in CI a failure to mount fails
// the test, so none is ever skipped there.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Whether tests may mount: as root. */
export const CAN_MOUNT = process.getuid?.() === 0;

/** Runs `body` with a tmpfs of `size` (e.g. "68k") mounted at `<dir>/disk`, unmounted after, whatever happens. */
export async function withTmpfs<T>(dir: string, size: string, body: (disk: string) => Promise<T>, readOnly = false): Promise<T> {
  const disk = join(dir, 'disk');
  mkdirSync(disk, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755${readOnly ? ',ro' : ''}`, 'tmpfs', disk]);
  try {
    return await body(disk);
  } finally {
    execFileSync('umount', [disk]);
  }
}

/** `test` where a tmpfs can be mounted or in CI (where it must work), `test.skip` elsewhere. */
export const onTmpfs = CAN_MOUNT || process.env['CI'] !== undefined;
