import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { runCli } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir as newTempDir } from './helpers/temp.js';

const tempDir = async () => newTempDir('assess');
const NORTHFIELD = 'test/fixtures/answers/northfield.yaml';
const RIVERSIDE = 'test/fixtures/answers/riverside.yaml';
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |internal error/);

describe('ce-plan assess', () => {
  it('writes one Markdown report per answer file, named after it', async () => {
    const out = await tempDir();
    const run = await runInProcess(['assess', NORTHFIELD, RIVERSIDE, '--bank', EXAMPLE_BANK, '--out-dir', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`wrote ${join(out, 'northfield.md')}`);
    expect(await readFile(join(out, 'northfield.md'), 'utf8')).toBe(await readFile('test/golden/northfield.md', 'utf8'));
    expect(existsSync(join(out, 'riverside.md'))).toBe(true);
    expect(existsSync(join(out, 'northfield.json'))).toBe(false);
  });

  it('writes JSON too with --format md,json', async () => {
    const out = await tempDir();
    expect((await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', out, '--format', 'md,json'])).code).toBe(0);
    expect(await readFile(join(out, 'northfield.json'), 'utf8')).toBe(await readFile('test/golden/northfield.json', 'utf8'));
  });

  it('refuses to overwrite a report without --force', async () => {
    const out = await tempDir();
    await writeFile(join(out, 'northfield.md'), 'keep me\n');
    const refused = await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', out, '--format', 'md,json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('northfield.md already exists; use --force to overwrite it');
    expect(await readFile(join(out, 'northfield.md'), 'utf8')).toBe('keep me\n');
    expect(existsSync(join(out, 'northfield.json'))).toBe(false); // all of a file's reports or none
    // One report per file: the write itself refuses, and leaves nothing behind.
    const alone = await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', out]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('northfield.md already exists; use --force to overwrite it');
    expect(await readdir(out)).toEqual(['northfield.md']);
    expect(await readFile(join(out, 'northfield.md'), 'utf8')).toBe('keep me\n');
    expect((await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', out, '--force'])).code).toBe(0);
    expect(await readFile(join(out, 'northfield.md'), 'utf8')).toContain('# Readiness report: Northfield');
  });

  it('reports an invalid answer file at file:line:col, writes nothing for it and still does the others', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'bank: example\norganisation:\n  name: Bad\nanswers:\n  definition-written: partially\n  methods-usd: [meetings]\n');
    const run = await runInProcess(['assess', bad, NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(bad);
    expect(run.stderr).toMatch(/5:23\s+error\s+invalid-answer\s+"definition-written": the text "partially" is not an option; .*did you mean "partly"\?/);
    expect(run.stderr).toMatch(/6:3\s+error\s+unknown-question\s+no question "methods-usd" .*did you mean "methods-used"\?/);
    noStackTrace(run.stderr);
    expect(existsSync(join(dir, 'out', 'bad.md'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'northfield.md'))).toBe(true);
  });

  it('points at the bank line when the answer file names an unknown bank', async () => {
    const dir = await tempDir();
    const file = join(dir, 'unknown.yaml');
    await writeFile(file, '# answers\nbank: no-such-bank\norganisation:\n  name: X\n');
    const run = await runInProcess(['assess', file, '--out-dir', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2:7\s+error\s+unknown-bank\s+no bank "no-such-bank"/);
    noStackTrace(run.stderr);
  });

  it('prints warnings to stderr and still succeeds', async () => {
    const dir = await tempDir();
    const file = join(dir, 'hidden.yaml');
    await writeFile(file, 'bank: example\nbank_version: 0.1.0\norganisation:\n  name: X\nanswers:\n  definition-written: "no"\n  definition-shared: 4\n');
    const run = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/2:15\s+warning\s+bank-version/);
    expect(run.stderr).toMatch(/7:3\s+warning\s+hidden-answer/);
    expect(await readFile(join(dir, 'out', 'hidden.md'), 'utf8')).toContain('1 of 5 required questions answered');
  });

  it('exits 1 for a file that cannot be read, and 2 for usage errors', async () => {
    const out = await tempDir();
    const missing = await runInProcess(['assess', join(out, 'missing.yaml'), '--out-dir', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    noStackTrace(missing.stderr);
    expect((await runInProcess(['assess', NORTHFIELD, '--format', 'pdf'])).code).toBe(2);
    const date = await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', out, '--date', '20/11/2026']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date must be a date like 2026-11-20');
    expect((await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', out, '--template', join(out, 'none.eta')])).code).toBe(2);
  });

  it('uses --template instead of the built-in template', async () => {
    const dir = await tempDir();
    const template = join(dir, 'short.md.eta');
    await writeFile(template, '# <%= it.organisation.name %>\n\nScore: <%= it.overall.score %>\n');
    expect((await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', dir, '--template', template])).code).toBe(0);
    expect(await readFile(join(dir, 'northfield.md'), 'utf8')).toBe('# Northfield Community Safety Group\n\nScore: 58\n');
  });
});

describe('ce-plan assess refuses what it cannot do, before or without a stack trace', () => {
  it('a report folder under a file is a usage error naming the path', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'afile'), 'x');
    const run = await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'afile', 'sub')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot write ${join(dir, 'afile', 'sub', 'northfield.md')}: part of the path is a file, not a folder`);
    noStackTrace(run.stderr);
  });

  it('a template that does not compile, or fails on the report, is a usage error', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'unclosed.eta'), '<%= it.heading ');
    await writeFile(join(dir, 'fails.eta'), '<%= it.nothing.here %>');
    const unclosed = await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', dir, '--template', join(dir, 'unclosed.eta')]);
    expect(unclosed.code).toBe(2);
    expect(unclosed.stderr).toContain(`${join(dir, 'unclosed.eta')} does not parse: the "<%" tag opened at line 1, column 1 is never closed with "%>"`);
    const fails = await runCli(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', dir, '--template', join(dir, 'fails.eta')]);
    expect(fails.code).toBe(2);
    expect(fails.stderr).toContain(`${join(dir, 'fails.eta')} failed on this report: TypeError: Cannot read properties of undefined`);
    noStackTrace(unclosed.stderr + fails.stderr);
    expect(existsSync(join(dir, 'northfield.md'))).toBe(false);
  });

  it('a --summary that would land on a report is refused before anything is written', async () => {
    const dir = await tempDir();
    const run = await runInProcess(['assess', NORTHFIELD, '--bank', EXAMPLE_BANK, '--out-dir', dir, '--summary', join(dir, 'northfield.md'), '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('would overwrite the report');
    expect(existsSync(join(dir, 'northfield.md'))).toBe(false);
  });

  it('answer ids and dates are checked as a reader would: did-you-mean, real days, no terminal codes', async () => {
    const dir = await tempDir();
    const file = join(dir, 'odd.yaml');
    await writeFile(
      file,
      'bank: example\norganisation:\n  name: X\n  date: 2026-02-31\nanswers:\n  Definition_Written: "yes"\n  methods-fit: "\\e]0;pwned\\a"\n',
    );
    const run = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/4:9 +error +invalid-value +"date" must be a real date/);
    await writeFile(file, 'bank: example\norganisation: { name: X }\nanswers:\n  Definition_Written: "yes"\n  methods-fit: "\\e]0;pwned\\a"\n');
    const ids = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', dir]);
    expect(ids.stderr).toMatch(/4:3 +error +unknown-question +no question "Definition_Written" in bank "example"; did you mean "definition-written"\?/);
    expect(ids.stderr).toContain('"\\u001b]0;pwned\\u0007" is not an option');
    expect(ids.stderr).not.toMatch(/\u001b\]/);
  });
});
