// The answer file's lock (src/io/answer-lock.ts): one interview at a time, and a lock whose process is
// gone never blocks the next. The terminal tests (init-terminal.test.ts) run two real interviews.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lockAnswerFile } from '../src/io/answer-lock.js';
import { thisProcess } from '../src/io/process-owner.js';
import { tempDir } from './helpers/temp.js';

const now = new Date('2026-12-06T10:00:00Z');

/** A pid that ran and has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the lock on an answer file', () => {
  it('is held by one interview: a second, by the file or a link to it, is told who holds it', async () => {
    const dir = tempDir('lock');
    const file = join(dir, 'answers.yaml');
    symlinkSync('answers.yaml', join(dir, 'alias.yaml'));
    const first = await lockAnswerFile(file, process.pid, now);
    if (!('held' in first)) throw new Error('not taken');
    for (const name of [file, join(dir, 'alias.yaml')]) {
      const second = await lockAnswerFile(name, process.pid, now);
      expect(second).toEqual({ holder: { path: `${file}.lock`, owner: thisProcess(process.pid), since: now.toISOString() } });
    }
    expect(first.held.stillOurs()).toBe(true);
    first.held.release();
    expect(existsSync(`${file}.lock`)).toBe(false);
    expect('held' in (await lockAnswerFile(file, process.pid, now))).toBe(true);
  });

  it('of a process that has ended, or of a pid now running another process, is taken over and named', async () => {
    const dir = tempDir('lock');
    const file = join(dir, 'answers.yaml');
    const gone = deadPid();
    for (const stale of [
      { pid: gone, host: hostname() },
      // This pid, but another process: its start differs.
      { ...thisProcess(process.pid), start: '1' },
    ]) {
      writeFileSync(`${file}.lock`, JSON.stringify(stale));
      const taken = await lockAnswerFile(file, process.pid, now);
      if (!('held' in taken)) throw new Error(`not taken over from ${JSON.stringify(stale)}`);
      expect(taken.held.tookOver).toEqual(stale);
      expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      taken.held.release();
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is never removed by an interview that no longer holds it, which knows it (init then refuses its next save)', async () => {
    const dir = tempDir('lock');
    const file = join(dir, 'answers.yaml');
    const first = await lockAnswerFile(file, process.pid, now);
    if (!('held' in first)) throw new Error('not taken');
    // Removed by hand, and taken by another interview.
    rmSync(`${file}.lock`);
    const other = JSON.stringify({ pid: 1, host: 'elsewhere.example' });
    writeFileSync(`${file}.lock`, other);
    expect(first.held.stillOurs()).toBe(false);
    first.held.release();
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(other);
  });

  it('that cannot be read as one is in the way, and is left for a person to look at', async () => {
    const dir = tempDir('lock');
    const file = join(dir, 'answers.yaml');
    writeFileSync(`${file}.lock`, 'not a lock');
    expect(await lockAnswerFile(file, process.pid, now)).toEqual({ holder: { path: `${file}.lock`, owner: undefined, since: undefined } });
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe('not a lock');
  });
});
