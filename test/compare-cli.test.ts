import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { STACK_TRACE, runCli } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir as newTempDir } from './helpers/temp.js';

const SPRING = 'test/fixtures/compare/northfield-2026-05.yaml';
const AUTUMN = 'test/fixtures/answers/northfield.yaml';
const NEXT_VERSION = 'test/fixtures/compare/northfield-v1.1.yaml';
const tempDir = async () => newTempDir('compare');
const golden = (format: 'md' | 'json') => readFile(`test/golden/compare.${format}`, 'utf8');

describe('ce-plan compare', () => {
  it('prints the Markdown comparison to stdout', async () => {
    const run = await runInProcess(['compare', SPRING, AUTUMN, '--bank', EXAMPLE_BANK]);
    expect(run).toEqual({ code: 0, stdout: await golden('md'), stderr: '' });
  });

  it('prints JSON with --format json', async () => {
    const run = await runInProcess(['compare', SPRING, AUTUMN, '--bank', EXAMPLE_BANK, '--format', 'json']);
    expect(run).toEqual({ code: 0, stdout: await golden('json'), stderr: '' });
  });

  it('warns at the top and on stderr when BEFORE is dated after AFTER, and still compares', async () => {
    const run = await runInProcess(['compare', AUTUMN, SPRING, '--bank', EXAMPLE_BANK]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('> **Check:** The dates run backwards: 2026-11-20 before, 2026-05-20 after;');
    expect(run.stderr).toBe(
      'ce-plan: warning: the dates run backwards: 2026-11-20 before, 2026-05-20 after; give the earlier assessment first, so a change reads as progress\n',
    );
  });

  it('flags answers written for different bank versions, at the top, in JSON and on stderr', async () => {
    const md = await runInProcess(['compare', SPRING, NEXT_VERSION, '--bank', 'test/fixtures/banks/example-v1.1.yaml']);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[4]).toMatch(
      /^> \*\*The method changed; numbers may not be comparable\.\*\* The answer files were written for different versions of the bank \(1\.0\.0 before, 1\.1\.0 after\)/,
    );
    expect(md.stderr).toMatch(/3:15\s+warning\s+bank-version/);
    expect(md.stderr).toContain('ce-plan: warning: the method changed; numbers may not be comparable');
    expect(md.stderr).toContain('ce-plan: warning: the organisation names differ: "Northfield Community Safety Group" before, "Northfield CSG" after');
    const json = await runInProcess(['compare', SPRING, NEXT_VERSION, '--bank', 'test/fixtures/banks/example-v1.1.yaml', '--format', 'json']);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.comparable).toBe(false);
    expect(parsed.reasons).toHaveLength(1);
    expect(parsed.warnings).toHaveLength(1);
  });

  it('flags two different banks', async () => {
    const run = await runInProcess(['compare', 'test/fixtures/compare/quick-check.yaml', 'test/fixtures/compare/ce-readiness.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout);
    expect(parsed).toMatchObject({ comparable: false, reasons: ['the bank differs: "quick-check" before, "ce-readiness" after'], warnings: [] });
  });

  it("writes in the AFTER file's lang: unless --lang says otherwise, the bank's titles in that language", async () => {
    const dir = await tempDir();
    const before = 'test/fixtures/compare/ce-readiness.yaml';
    const after = join(dir, 'after.yaml');
    await writeFile(after, `${await readFile(before, 'utf8')}\nlang: cy\n`);
    const welsh = JSON.parse((await runInProcess(['compare', before, after, '--format', 'json'])).stdout);
    const english = JSON.parse((await runInProcess(['compare', before, after, '--format', 'json', '--lang', 'en,cy'])).stdout);
    expect([welsh.lang, english.lang]).toEqual(['cy', 'en']);
    // Each recommendation by id: its Welsh title from the bank, not the English marked as untranslated.
    const titles = (json: { recommendations: { id: string; title: string }[] }) => new Map(json.recommendations.map((r) => [r.id, r.title]));
    const [cy, en] = [titles(welsh), titles(english)];
    for (const [id, title] of cy) expect(title).not.toBe(en.get(id));
    expect([...cy.values()].some((title) => title.startsWith('[Saesneg]'))).toBe(false);
    const page = await runInProcess(['compare', before, after]);
    expect(page.stdout).toContain('## At ei gilydd');
  });

  it('writes --out atomically, and never over an existing file without --force', async () => {
    const dir = await tempDir();
    const out = join(dir, 'progress.md');
    const first = await runInProcess(['compare', SPRING, AUTUMN, '--bank', EXAMPLE_BANK, '--out', out]);
    expect(first).toEqual({ code: 0, stdout: `wrote ${out}\n`, stderr: '' });
    expect(await readFile(out, 'utf8')).toBe(await golden('md'));

    await writeFile(out, 'keep me\n');
    const refused = await runInProcess(['compare', SPRING, AUTUMN, '--bank', EXAMPLE_BANK, '--out', out, '--format', 'json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('progress.md already exists; use --force to overwrite it');
    expect(await readFile(out, 'utf8')).toBe('keep me\n');

    const forced = await runInProcess(['compare', SPRING, AUTUMN, '--bank', EXAMPLE_BANK, '--out', out, '--format', 'json', '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await golden('json'));
  });

  it('reads one side from stdin with -', async () => {
    // A process: one side comes through a real pipe on stdin.
    const run = await runCli(['compare', SPRING, '-', '--bank', EXAMPLE_BANK], { input: await readFile(AUTUMN) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('- **After:** `<stdin>`: Northfield Community Safety Group');
    expect((await runInProcess(['compare', '-', '-'])).code).toBe(2);
  });

  it('names every finding in bad files at file:line:col, prints no comparison and exits 1', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'bank: example\norganisation:\n  name: Bad\nanswers:\n  definition-written: partially\n');
    const worse = join(dir, 'worse.yaml');
    await writeFile(worse, 'bank: example\norganisation:\n  name: Worse\nanswers:\n  methods-usd: [meetings]\n');
    const run = await runInProcess(['compare', bad, worse, '--bank', EXAMPLE_BANK]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(bad);
    expect(run.stderr).toMatch(/5:23\s+error\s+invalid-answer/);
    expect(run.stderr).toContain(worse);
    expect(run.stderr).toMatch(/5:3\s+error\s+unknown-question/);
    expect(run.stderr).not.toMatch(STACK_TRACE);

    const one = await runInProcess(['compare', SPRING, bad, '--bank', EXAMPLE_BANK, '--out', join(dir, 'out.md')]);
    expect(one.code).toBe(1);
    expect(existsSync(join(dir, 'out.md'))).toBe(false);
  });

  it('exits 2 for unreadable input and bad flags', async () => {
    const dir = await tempDir();
    const missing = await runInProcess(['compare', SPRING, join(dir, 'missing.yaml'), '--bank', EXAMPLE_BANK]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.yaml');
    expect(missing.stderr).not.toMatch(STACK_TRACE);
    const binary = join(dir, 'binary.yaml');
    await writeFile(binary, Buffer.from([0, 1, 2, 3]));
    expect((await runInProcess(['compare', binary, AUTUMN, '--bank', EXAMPLE_BANK])).code).toBe(2);
    expect((await runInProcess(['compare', SPRING, AUTUMN, '--format', 'pdf'])).code).toBe(2);
    expect((await runInProcess(['compare', SPRING])).code).toBe(2);
  });
});
