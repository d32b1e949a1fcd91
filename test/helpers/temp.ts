// Temp folders for tests, each removed when its test file ends, so a test run leaves nothing behind.
import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new folder under the system's temp folder, `ce-plan-<name>-…`, removed after the test file's last test. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ce-plan-${name}-`));
  made.push(dir);
  return dir;
}

// Registered once per test file (each file has its own copy of this module).
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
