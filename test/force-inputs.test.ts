// --force replaces outputs, never inputs: every output is compared with every input of the run, and with
// the other outputs, by the file it reaches (its folder's real path and name, and its device and inode,
// following symbolic links), and a clash is refused with --force or without, before anything is written.
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { ROOT, STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const NORTHFIELD = 'test/fixtures/answers/northfield.yaml';
const RIVERSIDE = 'test/fixtures/answers/riverside.yaml';

/** A folder with a.yaml and b.yaml (two answer files). */
function twoFiles(): { dir: string; a: string; b: string } {
  const dir = tempDir('force');
  const a = join(dir, 'a.yaml');
  const b = join(dir, 'b.yaml');
  copyFileSync(NORTHFIELD, a);
  copyFileSync(RIVERSIDE, b);
  return { dir, a, b };
}

const FORCE = [['with --force', ['--force']] as const, ['without --force', []] as const];

describe('assess --summary', () => {
  it.each(FORCE)('over an input answer file is refused, %s', async (_, force) => {
    const { dir, a, b } = twoFiles();
    const before = readFileSync(b, 'utf8');
    const run = await runInProcess(['assess', a, b, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out'), '--summary', b, ...force]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ce-plan: --summary ${b} would overwrite the answer file ${b}, an input of this run; choose another name\n`);
    expect(readFileSync(b, 'utf8')).toBe(before);
  });

  it('over an input reached by another name (a symbolic link, a hard link, a path through ..) is refused', async () => {
    const { dir, a, b } = twoFiles();
    const before = readFileSync(b, 'utf8');
    symlinkSync(b, join(dir, 'soft.md'));
    linkSync(b, join(dir, 'hard.md'));
    mkdirSync(join(dir, 'sub'));
    for (const summary of [join(dir, 'soft.md'), join(dir, 'hard.md'), join(dir, 'sub', '..', 'b.yaml')]) {
      const run = await runInProcess(['assess', a, b, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out'), '--summary', summary, '--force']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`would overwrite the answer file ${b}, an input of this run`);
    }
    expect(readFileSync(b, 'utf8')).toBe(before);
  });

  it('over the bank or the template given by path is refused', async () => {
    const { dir, a } = twoFiles();
    const bank = join(dir, 'bank.yaml');
    copyFileSync(EXAMPLE_BANK, bank);
    const template = join(dir, 'report.eta');
    writeFileSync(template, '# <%= it.heading %>\n');
    const onBank = await runInProcess(['assess', a, '--bank', bank, '--out-dir', join(dir, 'out'), '--summary', bank, '--force']);
    expect(onBank.stderr).toContain(`would overwrite the bank ${bank}, an input of this run`);
    const onTemplate = await runInProcess([
      'assess',
      a,
      '--bank',
      bank,
      '--template',
      template,
      '--out-dir',
      join(dir, 'out'),
      '--summary',
      template,
      '--force',
    ]);
    expect(onTemplate.stderr).toContain(`would overwrite the report template ${template}, an input of this run`);
    expect([onBank.code, onTemplate.code]).toEqual([2, 2]);
    expect(readFileSync(bank, 'utf8')).toBe(readFileSync(EXAMPLE_BANK, 'utf8'));
    expect(readFileSync(template, 'utf8')).toBe('# <%= it.heading %>\n');
  });

  it('over a built-in bank, which answer files name by id, is refused before any report is written', async () => {
    const { dir } = twoFiles();
    const bank = join(ROOT, 'questionnaires', 'quick-check.yaml');
    const before = readFileSync(bank, 'utf8');
    try {
      const run = await runInProcess(['assess', 'test/fixtures/compare/quick-check.yaml', '--out-dir', join(dir, 'out'), '--summary', bank, '--force']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`would overwrite the built-in bank questionnaires/quick-check.yaml, an input of this run`);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    } finally {
      writeFileSync(bank, before);
    }
  });

  it('reached through a symlinked alias of the out dir onto a report is refused', async () => {
    const { dir, a } = twoFiles();
    const out = join(dir, 'reports');
    mkdirSync(out);
    symlinkSync(out, join(dir, 'alias'));
    const run = await runInProcess(['assess', a, '--bank', EXAMPLE_BANK, '--out-dir', out, '--summary', join(dir, 'alias', 'a.md'), '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`would overwrite the report ${join(out, 'a.md')}`);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('assess reports', () => {
  it.each(FORCE)('that would land on an input are refused, %s', async (_, force) => {
    const { dir, a } = twoFiles();
    const out = join(dir, 'out');
    mkdirSync(out);
    // An answer file that happens to sit where the report of a.yaml would go.
    const input = join(out, 'a.md');
    copyFileSync(RIVERSIDE, input);
    const run = await runInProcess(['assess', a, input, '--bank', EXAMPLE_BANK, '--out-dir', out, ...force]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the report ${input} for ${a} would overwrite the answer file ${input}, an input of this run`);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(RIVERSIDE, 'utf8'));
    expect(readdirSync(out)).toEqual(['a.md']);
  });

  it('whose place is a symbolic link to an input are refused', async () => {
    const { dir, a, b } = twoFiles();
    const out = join(dir, 'out');
    mkdirSync(out);
    symlinkSync(b, join(out, 'a.md'));
    const run = await runInProcess(['assess', a, b, '--bank', EXAMPLE_BANK, '--out-dir', out, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`would overwrite the answer file ${b}, an input of this run`);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(RIVERSIDE, 'utf8'));
  });

  it('whose place is a hard link to an input, or an input reached through an alias of the out dir, are refused', async () => {
    const { dir, a, b } = twoFiles();
    const out = join(dir, 'out');
    mkdirSync(out);
    linkSync(b, join(out, 'a.md'));
    const hard = await runInProcess(['assess', a, b, '--bank', EXAMPLE_BANK, '--out-dir', out, '--force']);
    expect(hard.code).toBe(2);
    expect(hard.stderr).toContain(`would overwrite the answer file ${b}, an input of this run`);
    rmSync(join(out, 'a.md'));
    // The answer file sits where a.yaml's report goes, named through a symbolic link to the out dir.
    copyFileSync(RIVERSIDE, join(out, 'a.json'));
    symlinkSync(out, join(dir, 'alias'));
    const input = join(dir, 'alias', 'a.json');
    const alias = await runInProcess(['assess', a, input, '--bank', EXAMPLE_BANK, '--out-dir', out, '--format', 'md,json']);
    expect(alias.code).toBe(2);
    expect(alias.stderr).toContain(`the report ${join(out, 'a.json')} for ${a} would overwrite the answer file ${input}, an input of this run`);
    expect(readdirSync(out)).toEqual(['a.json']);
  });
});

describe('compare --out', () => {
  it.each(FORCE)('over an input is refused, %s', async (_, force) => {
    const { a } = twoFiles();
    const before = readFileSync(a, 'utf8');
    const run = await runInProcess(['compare', a, a, '--bank', EXAMPLE_BANK, '--out', a, ...force]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ce-plan: --out ${a} would overwrite the answer file ${a}, an input of this comparison; choose another name\n`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(a, 'utf8')).toBe(before);
  });

  it('over a built-in bank is refused', async () => {
    const bank = join(ROOT, 'questionnaires', 'quick-check.yaml');
    const before = readFileSync(bank, 'utf8');
    try {
      const run = await runInProcess(['compare', 'test/fixtures/compare/quick-check.yaml', 'test/fixtures/compare/quick-check.yaml', '--out', bank, '--force']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('would overwrite the built-in bank questionnaires/quick-check.yaml');
    } finally {
      writeFileSync(bank, before);
    }
  });

  it('over an input reached by a symbolic link, or over the bank, is refused', async () => {
    const { dir, a, b } = twoFiles();
    symlinkSync(b, join(dir, 'link.md'));
    const bank = join(dir, 'bank.yaml');
    copyFileSync(EXAMPLE_BANK, bank);
    const viaLink = await runInProcess(['compare', a, b, '--bank', bank, '--out', join(dir, 'link.md'), '--force']);
    expect(viaLink.stderr).toContain(`would overwrite the answer file ${b}`);
    const onBank = await runInProcess(['compare', a, b, '--bank', bank, '--out', bank, '--force']);
    expect(onBank.stderr).toContain(`would overwrite the bank ${bank}`);
    expect([viaLink.code, onBank.code]).toEqual([2, 2]);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(RIVERSIDE, 'utf8'));
    expect(readFileSync(bank, 'utf8')).toBe(readFileSync(EXAMPLE_BANK, 'utf8'));
  });
});

describe('export --out and import', () => {
  it.each(FORCE)('export over its bank, or a link to it, is refused, %s', async (_, force) => {
    const dir = tempDir('force');
    const bank = join(dir, 'bank.yaml');
    copyFileSync(EXAMPLE_BANK, bank);
    symlinkSync(bank, join(dir, 'form.json'));
    const before = readFileSync(bank, 'utf8');
    for (const out of [bank, join(dir, 'form.json')]) {
      const run = await runInProcess(['export', bank, '--to', 'surveyjs', '--out', out, ...force]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`ce-plan: --out ${out} would overwrite the bank ${bank}, an input of this export; choose another name\n`);
    }
    expect(readFileSync(bank, 'utf8')).toBe(before);
  });

  it('an answer file that would land on the bank fails its row, with --force too; the other rows are written', async () => {
    const dir = tempDir('force');
    const bank = join(dir, 'example.yaml');
    copyFileSync(EXAMPLE_BANK, bank);
    const before = readFileSync(bank, 'utf8');
    writeFileSync(join(dir, 'responses.csv'), 'Organisation,definition-written\nExample,yes\nNorthfield,no\n');
    const run = await runInProcess(['import', join(dir, 'responses.csv'), '--bank', bank, '--out-dir', dir, '--force']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`the answer file ${bank} would overwrite the bank ${bank}, an input of this import`);
    expect(readFileSync(bank, 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'northfield.yaml'))).toBe(true);
  });
});
