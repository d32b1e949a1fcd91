// Writes that cannot lie: a file is written whole or not at all, a set of reports all or none, an answer
// file being replaced stays intact when its replacement fails, and an out dir that cannot be written
// gives one message and stops the batch. A real full disk (a small tmpfs) where mounting works, as in CI;
// a shim over the writer's file-system calls for the failures no small disk can be made to give.
import { afterEach, beforeAll, describe, expect, it, test } from '@jest/globals';
import { withoutProvenance } from './helpers/reports.js';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bank } from '../src/core/schema.js';
import { writeAnswerFile } from '../src/io/answer-file-writer.js';
import { fileSystem, writeFileAtomic, writeFilesAtomic, WriteError } from '../src/io/write-file.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { BIN, STACK_TRACE, type CliResult } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';
import { asOtherUser, OTHER_USER, privateFolderAbove } from './helpers/other-user.js';
import { onTmpfs, withTmpfs } from './helpers/tmpfs.js';

const NORTHFIELD = 'test/fixtures/answers/northfield.yaml';
const real = { ...fileSystem };
afterEach(() => {
  Object.assign(fileSystem, real);
});

/** What is left in a folder besides `expected`: temp files, staging folders, short files. */
const others = (dir: string, expected: string[]) => readdirSync(dir).filter((name) => !expected.includes(name));

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('a file is written whole or not at all (a shim over the disk)', () => {
  it('writes on after a short write, until every byte is written', async () => {
    const dir = tempDir('writes');
    const text = 'é'.repeat(5000);
    fileSystem.writeSync = (fd, buffer, offset, length) => real.writeSync(fd, buffer, offset, Math.min(length, 7));
    await writeFileAtomic(join(dir, 'r.md'), text);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(text);
    expect(others(dir, ['r.md'])).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EIO', 'the disk reported an input/output error'],
  ])('a write that stops part-way with %s is an error, and nothing is put in place', async (code, reason) => {
    const dir = tempDir('writes');
    let calls = 0;
    // As a full disk does: what fits, then the error.
    fileSystem.writeSync = (fd, buffer, offset, length) => {
      if (calls++ === 0) return real.writeSync(fd, buffer, offset, Math.min(length, 4096));
      throw errno(code);
    };
    const error = await writeFileAtomic(join(dir, 'r.md'), 'x'.repeat(4732)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).message).toBe(`cannot write ${join(dir, 'r.md')}: ${reason}`);
    expect((error as WriteError).stopsBatch).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a write that writes nothing, and says no error, is an error too', async () => {
    const dir = tempDir('writes');
    fileSystem.writeSync = () => 0;
    await expect(writeFileAtomic(join(dir, 'r.md'), 'text')).rejects.toThrow('cannot write');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['fsyncSync', 'closeSync'] as const)('a flush or close that fails (%s) puts nothing in place', async (call) => {
    const dir = tempDir('writes');
    fileSystem[call] = ((fd: number) => {
      if (call === 'closeSync') real.closeSync(fd);
      throw errno('EIO');
    }) as never;
    await expect(writeFileAtomic(join(dir, 'r.md'), 'text', { durable: true })).rejects.toThrow('input/output error');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a set of reports is written all or none (a shim over the disk)', () => {
  const two = (dir: string) => [
    { path: join(dir, 'x.md'), content: 'new md' },
    { path: join(dir, 'x.json'), content: 'new json' },
  ];

  it('a json that cannot be written leaves no md behind', async () => {
    const dir = tempDir('writes');
    fileSystem.writeSync = (fd, buffer, offset, length) => {
      if (buffer.toString().startsWith('new json')) throw errno('ENOSPC');
      return real.writeSync(fd, buffer, offset, length);
    };
    await expect(writeFilesAtomic(two(dir))).rejects.toThrow(`cannot write ${join(dir, 'x.json')}: the disk is full`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a json whose name is taken, by a dangling symlink too, leaves no md behind', async () => {
    const dir = tempDir('writes');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'x.json'));
    await expect(writeFilesAtomic(two(dir))).rejects.toThrow(`${join(dir, 'x.json')} already exists; use --force`);
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('with --force, a json that cannot be put in place puts the old md back', async () => {
    const dir = tempDir('writes');
    writeFileSync(join(dir, 'x.md'), 'old md');
    writeFileSync(join(dir, 'x.json'), 'old json');
    fileSystem.renameSync = (from, to) => {
      if (String(to).endsWith('x.json')) throw errno('EIO');
      real.renameSync(from, to);
    };
    await expect(writeFilesAtomic(two(dir), { overwrite: true })).rejects.toThrow('cannot write');
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe('old md');
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('old json');
    expect(readdirSync(dir).sort()).toEqual(['x.json', 'x.md']);
  });

  it('with --force and nothing failing, both are replaced and nothing else is left', async () => {
    const dir = tempDir('writes');
    writeFileSync(join(dir, 'x.md'), 'old md');
    await writeFilesAtomic(two(dir), { overwrite: true });
    expect(readFileSync(join(dir, 'x.md'), 'utf8')).toBe('new md');
    expect(readdirSync(dir).sort()).toEqual(['x.json', 'x.md']);
  });
});

describe('in the CLI', () => {
  it('--format md,json with a dangling symlink at out/x.json writes neither report', async () => {
    const dir = tempDir('writes');
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(join(dir, 'nowhere'), join(out, 'northfield.json'));
    const run = await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', out, '--format', 'md,json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('northfield.json already exists; use --force');
    expect(readdirSync(out)).toEqual(['northfield.json']);
  });
});

let bank: Bank;
beforeAll(async () => {
  bank = (await loadBank(EXAMPLE_BANK, 'en')).bank;
});

const answerData = (name: string) => ({ bank, organisation: { name }, answers: new Map([['definition-written', 'partly' as const]]) });

describe('an answer file being replaced stays intact when the write fails', () => {
  it('under the shim: a short write and then a full disk', async () => {
    const dir = tempDir('writes');
    const file = join(dir, 'answers.yaml');
    await writeAnswerFile(file, answerData('Good'));
    const good = readFileSync(file, 'utf8');
    let calls = 0;
    fileSystem.writeSync = (fd, buffer, offset, length) => {
      if (calls++ === 0) return real.writeSync(fd, buffer, offset, Math.min(length, 10));
      throw errno('ENOSPC');
    };
    await expect(writeAnswerFile(file, answerData('A much longer name than before'))).rejects.toThrow('the disk is full');
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  (onTmpfs ? test : test.skip)('on a full disk (tmpfs)', async () => {
    const dir = tempDir('writes');
    await withTmpfs(dir, '8k', async (disk) => {
      const file = join(disk, 'answers.yaml');
      await writeAnswerFile(file, answerData('Good'));
      const good = readFileSync(file, 'utf8');
      // Fill the rest of the disk.
      try {
        writeFileSync(join(disk, 'filler'), Buffer.alloc(64 * 1024));
      } catch {
        // as full as it gets
      }
      await expect(writeAnswerFile(file, answerData('x'.repeat(9000)))).rejects.toThrow(/the disk is full/);
      expect(readFileSync(file, 'utf8')).toBe(good);
      expect(readdirSync(disk).sort()).toEqual(['answers.yaml', 'filler']);
    });
  });
});

describe('an answer file reached through a symbolic link (a synced or shared file)', () => {
  it('is written through the links to their target, atomically, and every link stays a link', async () => {
    const dir = tempDir('writes');
    mkdirSync(join(dir, 'synced'));
    mkdirSync(join(dir, 'here'));
    writeFileSync(join(dir, 'synced', 'answers.yaml'), 'old\n');
    // A chain of two relative links: here/answers.yaml → here/middle.yaml → ../synced/answers.yaml.
    symlinkSync(join('..', 'synced', 'answers.yaml'), join(dir, 'here', 'middle.yaml'));
    symlinkSync('middle.yaml', join(dir, 'here', 'answers.yaml'));
    const shown: string[] = [];
    const rename = real.renameSync;
    fileSystem.renameSync = (from, to) => {
      shown.push(`${String(from)} -> ${String(to)}`);
      rename(from, to);
    };
    await writeAnswerFile(join(dir, 'here', 'answers.yaml'), answerData('Through'));
    await writeAnswerFile(join(dir, 'here', 'answers.yaml'), answerData('Through again'));
    expect(lstatSync(join(dir, 'here', 'answers.yaml')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'here', 'middle.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'synced', 'answers.yaml'), 'utf8')).toContain('name: Through again');
    // The temp file was made beside the target and renamed onto it.
    expect(shown).toHaveLength(2);
    for (const line of shown)
      expect(line).toMatch(new RegExp(`^${join(dir, 'synced')}/\\.answers\\.yaml\\.\\w+\\.tmp -> ${join(dir, 'synced', 'answers.yaml')}$`));
    expect(readdirSync(join(dir, 'synced'))).toEqual(['answers.yaml']);
    expect(readdirSync(join(dir, 'here')).sort()).toEqual(['answers.yaml', 'middle.yaml']);
  });

  it("creates a dangling link's target, and refuses a loop of links with a message", async () => {
    const dir = tempDir('writes');
    symlinkSync('later.yaml', join(dir, 'answers.yaml'));
    await writeAnswerFile(join(dir, 'answers.yaml'), answerData('First'));
    expect(lstatSync(join(dir, 'answers.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'later.yaml'), 'utf8')).toContain('name: First');
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    await expect(writeAnswerFile(join(dir, 'loop-a.yaml'), answerData('Never'))).rejects.toThrow(
      `cannot write ${join(dir, 'loop-a.yaml')}: the path has too many symbolic links`,
    );
  });
});

describe('a full disk in a batch (tmpfs)', () => {
  /** 30 copies of Northfield, and the report each gives on a disk with room. */
  function cohort(dir: string): { inputs: string; report: string; json: string } {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    for (let i = 1; i <= 30; i++) copyFileSync(NORTHFIELD, join(inputs, `n${String(i).padStart(2, '0')}.yaml`));
    return { inputs, report: readFileSync('test/golden/northfield.md', 'utf8'), json: readFileSync('test/golden/northfield.json', 'utf8') };
  }

  (onTmpfs ? test : test.skip)('every report said to be written is whole; the first failure is said once and stops the batch', async () => {
    const dir = tempDir('writes');
    const { inputs, report } = cohort(dir);
    await withTmpfs(dir, '68k', async (disk) => {
      const out = join(disk, 'out');
      const run = await runInProcess(['assess', inputs, '--bank', EXAMPLE_BANK, '--out-dir', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr.match(/the disk is full/g)).toHaveLength(1);
      expect(run.stderr).toMatch(
        /^ce-plan: stopped: no report can be written to .*out \(above\); \d+ reports written \(each listed above\), \d+ files not assessed$/m,
      );
      const wrote = run.stdout.trimEnd().split('\n');
      expect(wrote.length).toBeGreaterThan(2);
      expect(wrote.length).toBeLessThan(30);
      // Every file on the disk is one the run said it wrote, and each is the whole report.
      expect(readdirSync(out).sort()).toEqual(wrote.map((line) => line.replace(`wrote ${out}/`, '')).sort());
      for (const name of readdirSync(out)) expect(readFileSync(join(out, name), 'utf8')).toBe(report);
    });
  });

  (onTmpfs ? test : test.skip)('with --format md,json, each file has both reports or neither, whole', async () => {
    const dir = tempDir('writes');
    const { inputs, report, json } = cohort(dir);
    await withTmpfs(dir, '100k', async (disk) => {
      const out = join(disk, 'out');
      const run = await runInProcess(['assess', inputs, '--bank', EXAMPLE_BANK, '--out-dir', out, '--format', 'md,json']);
      expect(run.code).toBe(2);
      const names = readdirSync(out).sort();
      expect(names.length).toBeGreaterThan(1);
      expect(names.length % 2).toBe(0);
      for (const name of names) {
        expect(names).toContain(name.endsWith('.md') ? name.replace(/md$/, 'json') : name.replace(/json$/, 'md'));
        // Whole, and the report of those answers: the JSON's provenance names the copy it was made from.
        if (name.endsWith('.md')) expect(readFileSync(join(out, name), 'utf8')).toBe(report);
        else expect(withoutProvenance(readFileSync(join(out, name), 'utf8'), 'json')).toBe(withoutProvenance(json, 'json'));
      }
    });
  });

  (onTmpfs ? test : test.skip)('on worker threads too, with no staging folder left behind', async () => {
    const dir = tempDir('writes');
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    for (let i = 0; i < 80; i++) copyFileSync(NORTHFIELD, join(inputs, `n${String(i).padStart(2, '0')}.yaml`));
    const report = readFileSync('test/golden/northfield.md', 'utf8');
    await withTmpfs(dir, '68k', async (disk) => {
      const run = await runInProcess(['assess', inputs, '--bank', EXAMPLE_BANK, '--out-dir', disk]);
      expect(run.code).toBe(2);
      expect(run.stderr.match(/the disk is full/g)).toHaveLength(1);
      const wrote = run.stdout.trimEnd().split('\n');
      expect(readdirSync(disk).sort()).toEqual(wrote.map((line) => line.replace(`wrote ${disk}/`, '')).sort());
      for (const name of readdirSync(disk)) expect(readFileSync(join(disk, name), 'utf8')).toBe(report);
    });
  });
});

describe('an out dir that cannot be written', () => {
  /** Runs the CLI as an ordinary user (nobody, when the tests run as root), for whom permissions hold. */
  function runAsUser(args: string[], cwd: string): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd, ...OTHER_USER, env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end();
    });
  }

  it('the permission tests skip where a folder above is private: the first such folder is named', () => {
    const dir = tempDir('writes');
    const hidden = join(dir, 'private');
    const bin = join(hidden, 'clone', 'bin', 'ce-plan.js');
    mkdirSync(dirname(bin), { recursive: true });
    chmodSync(dir, 0o755);
    chmodSync(hidden, 0o700);
    // The folders above the test's own come first: a private TMPDIR is named before it.
    const above = privateFolderAbove(join(dir, 'x'));
    expect(privateFolderAbove(bin)).toBe(above ?? hidden);
    chmodSync(hidden, 0o755);
    expect(privateFolderAbove(bin)).toBe(above);
  });

  function inputs(dir: string, count: number): string {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    for (let i = 0; i < count; i++) copyFileSync(NORTHFIELD, join(folder, `n${String(i).padStart(3, '0')}.yaml`));
    copyFileSync(EXAMPLE_BANK, join(dir, 'bank.yaml'));
    return folder;
  }

  (asOtherUser ? it : it.skip).each([10, 100])('read-only, %s files: one "permission denied", and the batch stops', async (count) => {
    const dir = tempDir('writes');
    chmodSync(dir, 0o755);
    const folder = inputs(dir, count);
    const out = join(dir, 'out');
    mkdirSync(out, { mode: 0o555 });
    chmodSync(out, 0o555);
    const run = await runAsUser(['assess', folder, '--bank', join(dir, 'bank.yaml'), '--out-dir', out], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.match(/^ce-plan: cannot write .*: permission denied$/gm)).toHaveLength(1);
    expect(run.stderr).not.toContain('ENOENT');
    expect(run.stderr).toMatch(/^ce-plan: stopped: no report can be written to .*out \(above\); 0 reports written, \d+ files? not assessed$/m);
    expect(statSync(out).isDirectory() && readdirSync(out)).toEqual([]);
  });

  (onTmpfs ? test : test.skip)('on a read-only disk: one "the disk is read-only" (not ENOENT), for a folder to make there too', async () => {
    const dir = tempDir('writes');
    const folder = inputs(dir, 100);
    await withTmpfs(
      dir,
      '1m',
      async (disk) => {
        for (const out of [disk, join(disk, 'reports')]) {
          const run = await runInProcess(['assess', folder, '--bank', EXAMPLE_BANK, '--out-dir', out]);
          expect(run.code).toBe(2);
          expect(run.stderr.match(/: the disk is read-only$/gm)).toHaveLength(1);
          expect(run.stderr).not.toContain('ENOENT');
        }
        expect(existsSync(join(disk, 'reports'))).toBe(false);
      },
      true,
    );
  });
});
