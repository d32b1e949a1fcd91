// The staging folder of an assess batch (src/io/staging.ts): what a killed run leaves cannot be read, and
// the next run removes it, but never the folder of a run that is still going, or of another host's.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newStagingKey, removeStaleStagingFolders, seal, stagingFolderName, unseal } from '../src/io/staging.js';
import { tempDir } from './helpers/temp.js';

function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('staging folders', () => {
  it('removes only those of runs of this host that are gone', () => {
    const out = tempDir('staging');
    const gone = deadPid();
    const live = stagingFolderName(process.pid);
    const dead = stagingFolderName(gone);
    const otherHost = dead.replace(/^\.ce-plan-[0-9a-f]{8}-/, '.ce-plan-00000000-');
    const older = `.ce-plan-${gone}-abc.staging`; // an older build's name, which says no host
    for (const name of [live, dead, otherHost, older, 'report.md']) mkdirSync(join(out, name));
    expect(removeStaleStagingFolders(out)).toEqual([{ path: join(out, dead), pid: gone }]);
    expect(readdirSync(out).sort()).toEqual([live, otherHost, older, 'report.md'].sort());
  });

  it('seals staged answers with the run key: unreadable without it, and tampering is refused', () => {
    const key = newStagingKey();
    const text = JSON.stringify({ respondent: { name: 'Alex Morgan' } });
    const sealed = seal(key, text);
    expect(Buffer.from(sealed).includes('Alex')).toBe(false);
    expect(unseal(key, sealed)).toBe(text);
    expect(() => unseal(newStagingKey(), sealed)).toThrow();
    const changed = Buffer.from(sealed);
    changed[20] = changed[20]! ^ 1;
    expect(() => unseal(key, changed)).toThrow();
  });
});
