// How a batch ends early: a closed pipe ends it quietly (exit 141, no staging folder left); a first TERM or
// INT stops it between files (exit 130), with or without worker threads, and a second stops it at once
// where a file cannot be stopped; an interrupted run counts what it wrote, lists every report on disk,
// and is finished by running it again with --skip-existing; a summary says whom it leaves out.
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeMarkdown } from '../src/format/markdown-escape.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { BIN, ROOT, STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { Terminal } from './helpers/terminal.js';
import { tempDir } from './helpers/temp.js';

const NORTHFIELD = 'test/fixtures/answers/northfield.yaml';
const REPORT = readFileSync('test/golden/northfield.md', 'utf8');

/** `count` copies of Northfield in `<dir>/in`, each under its own name. */
function copies(dir: string, count: number, text = readFileSync(NORTHFIELD, 'utf8')): string {
  const folder = join(dir, 'in');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `n${String(i).padStart(4, '0')}.yaml`), text);
  return folder;
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when `text` has appeared on stderr (or stdout). */
  waitFor: (text: string | RegExp, stream?: 'stdout' | 'stderr') => Promise<void>;
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcessWithoutNullStreams[] = [];
// A test that fails part-way leaves no run behind.
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function start(args: string[], options: { keepStdinOpen?: boolean } = {}): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', CI: undefined } });
  children.push(child);
  const out = { stdout: '', stderr: '' };
  const waiters: (() => void)[] = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].on('data', (chunk: Buffer) => {
      out[stream] += chunk.toString();
      for (const wake of waiters.splice(0)) wake();
    });
  }
  if (!options.keepStdinOpen) child.stdin.end();
  const waitFor = (text: string | RegExp, stream: 'stdout' | 'stderr' = 'stderr') =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        const seen = out[stream];
        if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) resolve();
        else if (child.exitCode !== null) reject(new Error(`exited before ${String(text)}:\n${out.stderr}`));
        else waiters.push(check);
      };
      check();
    });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out.stdout, stderr: () => out.stderr, waitFor, closed };
}

/** Every file an out dir holds, and that each is a whole report. */
function expectWholeReports(out: string): string[] {
  const names = readdirSync(out);
  expect(names.filter((name) => !/^n\d{4}\.md$/.test(name))).toEqual([]); // no temp file, no staging folder
  for (const name of names) expect(readFileSync(join(out, name), 'utf8')).toBe(REPORT);
  return names;
}

describe('a closed pipe (| head -1)', () => {
  it.each([
    ['on worker threads', 300],
    ['in one thread', 40],
  ])('ends the run quietly with exit 141, %s, and leaves no staging folder', async (_, count) => {
    const dir = tempDir('control');
    const folder = copies(dir, count);
    const out = join(dir, 'out');
    // The attack as a user types it: the shell reports the status of ce-plan, the first command.
    const script = `"${process.execPath}" "${BIN}" assess "${folder}" --bank "${EXAMPLE_BANK}" --out-dir "${out}" | head -1; echo "status \${PIPESTATUS[0]}" >&2`;
    const run = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      const shell = spawn('bash', ['-c', script], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      shell.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      shell.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      shell.on('close', () => resolve({ stdout, stderr }));
    });
    expect(run.stdout).toMatch(/^wrote .*n0000\.md\n$/);
    expect(run.stderr).toBe('status 141\n');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const names = expectWholeReports(out);
    expect(names.length).toBeLessThanOrEqual(count);
  });
});

describe('signals below the worker threshold', () => {
  // Files that take a while each (5,000 unknown keys: their findings), so a run of 20 lasts long enough.
  const slowFile = () =>
    readFileSync(NORTHFIELD, 'utf8').replace('answers:\n', `answers:\n${Array.from({ length: 5000 }, (_, i) => `  no-such-${i}: x\n`).join('')}`);

  it.each(['SIGTERM', 'SIGINT'] as const)('a first %s stops between files, with 130', async (signal) => {
    const dir = tempDir('control');
    const folder = copies(dir, 20, slowFile());
    const run = start(['assess', folder, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
    await run.waitFor('n0000.yaml');
    run.child.kill(signal);
    const { code } = await run.closed;
    expect(code).toBe(130);
    const stopped = /^ce-plan: interrupted after (\d+) of 20 files: 0 reports written, every one whole; (\d+) files not assessed\./m.exec(run.stderr());
    expect(stopped).not.toBeNull();
    expect(Number(stopped![1])).toBeLessThan(20);
    expect(Number(stopped![1]) + Number(stopped![2])).toBe(20);
    expect(run.stderr()).not.toMatch(STACK_TRACE);
  });

  it('a file that cannot be stopped (stdin that never ends) is stopped at once by a second signal', async () => {
    const dir = tempDir('control');
    const run = start(['assess', NORTHFIELD, '-', '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')], { keepStdinOpen: true });
    await run.waitFor('northfield.md', 'stdout');
    run.child.kill('SIGTERM');
    await run.waitFor('stopping once the files under way are done (interrupt again to stop at once)');
    run.child.kill('SIGTERM');
    expect((await run.closed).code).toBe(130);
    expect(run.stderr()).toMatch(/^ce-plan: interrupted after 1 of 2 files: 1 report written \(each listed above\), every one whole; 1 file not assessed\./m);
  });

  it('a template running while(true){} ignores no signal: the first stops nothing under way, the second ends the run at once', async () => {
    const dir = tempDir('control');
    const marker = join(dir, 'started');
    const template = join(dir, 'loop.eta');
    writeFileSync(template, `<% process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, ''); while (true) {} %>`);
    const out = join(dir, 'out');
    const run = start(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', out, '--template', template]);
    while (!existsSync(marker)) await new Promise((resolve) => setTimeout(resolve, 20));
    run.child.kill('SIGTERM');
    await run.waitFor('stopping once the files under way are done');
    run.child.kill('SIGTERM');
    expect((await run.closed).code).toBe(130);
    expect(run.stderr()).toMatch(/interrupted after 0 of 1 files: 0 reports written/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]); // the staging folder too is gone
  });
});

describe('a signal during a long parse (issue 28)', () => {
  it('is heard in a terminal, where output is written at once: TERMs during the last file exit 130, not 1', async () => {
    const dir = tempDir('control');
    // About 2 MB of answers to questions the bank does not have: seconds of parsing and checking.
    const big = join(dir, 'big.yaml');
    writeFileSync(
      big,
      readFileSync(NORTHFIELD, 'utf8').replace(
        'answers:\n',
        `answers:\n${Array.from({ length: 50_000 }, (_, i) => `  no-such-${i}: some text ${i}\n`).join('')}`,
      ),
    );
    const out = join(dir, 'out');
    const terminal = new Terminal(['assess', NORTHFIELD, big, '--bank', EXAMPLE_BANK, '--out-dir', out], { cwd: ROOT });
    try {
      // Once the progress bar counts the first file, the second (the last) is being read and parsed.
      await terminal.waitFor('1/2');
      process.kill(terminal.pid, 'SIGTERM');
      process.kill(terminal.pid, 'SIGTERM');
      expect(await terminal.exited).toBe(130);
      expect(terminal.text).toMatch(/interrupted after \d of 2 files/);
    } finally {
      terminal.kill();
    }
  });
});

describe('an interrupted batch, and the rerun that finishes it', () => {
  it('counts and lists every report written, and --skip-existing writes exactly the rest', async () => {
    const dir = tempDir('control');
    const folder = copies(dir, 1500);
    const out = join(dir, 'out');
    const run = start(['assess', folder, '--bank', EXAMPLE_BANK, '--out-dir', out]);
    await run.waitFor('wrote', 'stdout');
    run.child.kill('SIGINT');
    expect((await run.closed).code).toBe(130);
    const stopped =
      /^ce-plan: interrupted after (\d+) of 1500 files: (\d+) reports written \(each listed above\), every one whole; (\d+) files not assessed\. To finish, run the same command again with --skip-existing/m.exec(
        run.stderr(),
      );
    expect(stopped).not.toBeNull();
    const [seen, written, rest] = stopped!.slice(1).map(Number) as [number, number, number];
    expect(seen + rest).toBe(1500);
    expect(written).toBe(seen);
    expect(written).toBeLessThan(1500);
    // Every report on disk is in a `wrote` line, and the count says how many.
    const listed = run
      .stdout()
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(`wrote ${out}/`, ''));
    const onDisk = expectWholeReports(out);
    expect(listed.sort()).toEqual([...onDisk].sort());
    expect(listed).toHaveLength(written);
    const before = new Map(onDisk.map((name) => [name, statSync(join(out, name)).ino]));

    // Without a flag, the rerun refuses what exists, as ever; with --skip-existing it finishes the job.
    const rerun = await runInProcess(['assess', folder, '--bank', EXAMPLE_BANK, '--out-dir', out, '--skip-existing', '--summary', join(dir, 'summary.json')]);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toBe('');
    const wrote = rerun.stdout.trimEnd().split('\n');
    expect(wrote).toHaveLength(1500 - written + 1);
    expect(wrote.at(-1)).toBe(`wrote ${join(dir, 'summary.json')}`);
    expect(expectWholeReports(out)).toHaveLength(1500);
    for (const [name, inode] of before) expect(statSync(join(out, name)).ino).toBe(inode); // kept, not rewritten
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { organisations: number; notIncluded: string[] };
    expect(summary).toMatchObject({ organisations: 1500, notIncluded: [] });
  });

  it('--skip-existing and --force together are a usage error', async () => {
    const run = await runInProcess(['assess', NORTHFIELD, '--skip-existing', '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('use --force (replace existing reports) or --skip-existing (keep them), not both');
  });
});

describe('a summary that leaves organisations out', () => {
  it('says so, on stderr, in the Markdown and in the JSON', async () => {
    const dir = tempDir('control');
    const folder = copies(dir, 3);
    writeFileSync(join(folder, 'broken.yaml'), 'bank: example\norganisation: { name: Broken }\nanswers:\n  definition-written: sometimes\n');
    const out = join(dir, 'out');
    copyFileSync(NORTHFIELD, join(folder, 'n0001.yaml'));
    const md = await runInProcess(['assess', folder, '--bank', EXAMPLE_BANK, '--out-dir', out, '--summary', join(dir, 'summary.md')]);
    expect(md.code).toBe(1);
    expect(md.stderr).toContain('ce-plan: the summary leaves out 1 of 4 answer files, which failed (above); it names them under "Not included"');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain(
      `- Not included: one answer file of this run that could not be assessed (see the run's findings): ${escapeMarkdown(join(folder, 'broken.yaml'))}`,
    );
    const json = await runInProcess(['assess', folder, '--bank', EXAMPLE_BANK, '--out-dir', out, '--force', '--summary', join(dir, 'summary.json')]);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toMatchObject({ organisations: 3, notIncluded: [join(folder, 'broken.yaml')] });
    expect(json.code).toBe(1);
  });
});
