// Bank checks stored by the build: the built code loads a built-in bank from its stored check, which
// gives exactly what a fresh check gives; an edited bank, lint, and the TypeScript sources check afresh.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { storedCheckPath } from '../src/io/stored-checks.js';
import { checkBankFile, loadBankFile, storedCheckFor } from '../src/pipeline/load-bank.js';
import { ROOT } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { en } from '../src/core/words/en.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ce-plan-load-bank-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the built code (dist/, which made the stored checks) finds for a bank file. */
function loadWithBuild(file: string): { stored: boolean; sameAsFresh: boolean; ok: boolean; rules: string[] } {
  const script = `
    import { existsSync, readFileSync } from 'node:fs';
    import { isDeepStrictEqual } from 'node:util';
    import { storedCheckPath } from './dist/io/stored-checks.js';
    import { checkBankFile, loadBankFile } from './dist/pipeline/load-bank.js';
    import { en } from './dist/core/words/en.js';
    const file = process.argv[1];
    const path = storedCheckPath(readFileSync(file, 'utf8'));
    const [loaded, fresh] = [await loadBankFile(file, en), await checkBankFile(file, en)];
    const same = loaded.ok === fresh.ok && isDeepStrictEqual(loaded.diagnostics, fresh.diagnostics) && (!loaded.ok || isDeepStrictEqual(loaded.value.bank, fresh.value.bank));
    console.log(JSON.stringify({ stored: existsSync(path), sameAsFresh: same, ok: loaded.ok, rules: loaded.diagnostics.map((d) => d.rule) }));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, file], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe('bank checks stored by the build', () => {
  it('exist for every built-in bank and give exactly what a fresh check gives', async () => {
    const files = await builtInBankFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(loadWithBuild(file)).toMatchObject({ stored: true, sameAsFresh: true, ok: true });
  });

  it('are not read for an edited copy of a built-in bank, whose error is found', async () => {
    const file = (await builtInBankFiles()).find((f) => f.endsWith('/quick-check.yaml'))!;
    const edited = join(dir, 'quick-check.yaml');
    await writeFile(edited, (await readFile(file, 'utf8')).replace(/^bands:\n/m, 'bands:\n  - { id: late, label: Late, min: 5 }\n'));
    expect(loadWithBuild(edited)).toMatchObject({ stored: false, ok: false, rules: expect.arrayContaining(['band-order']) });
  });

  describe('planted for a broken bank', () => {
    // A check stored under a broken bank's text shows which loads take stored checks: the stored check
    // says it is a clean bank with one warning. The text is this test's own, so no other test loads it.
    let broken: string;
    let stored: string | undefined;
    beforeAll(async () => {
      const clean = await storedCheckFor('test/fixtures/broken-banks/unused-source.yaml');
      if (!('json' in clean)) throw new Error('unused-source.yaml must load clean, with a warning');
      broken = join(dir, 'band-order.yaml');
      const text = `# ${broken}\n${await readFile('test/fixtures/broken-banks/band-order.yaml', 'utf8')}`;
      await writeFile(broken, text);
      stored = storedCheckPath(text);
      await writeFile(stored, clean.json);
    });
    afterAll(async () => {
      if (stored !== undefined) await rm(stored, { force: true });
    });

    it('is what the built code loads, its warnings naming this file', () => {
      expect(loadWithBuild(broken)).toMatchObject({ stored: true, ok: true, rules: ['unused-source'] });
    });

    it('is never read by the TypeScript sources, which find the error', async () => {
      const loaded = await loadBankFile(broken, en);
      expect(loaded.ok).toBe(false);
      expect(loaded.diagnostics.map((d) => d.rule)).toContain('band-order');
    });

    it('is never read by lint, which still reports the error', async () => {
      expect((await checkBankFile(broken, en)).ok).toBe(false);
      const lint = await runInProcess(['lint', broken, '--format', 'json']);
      expect(lint.code).toBe(1);
      expect(JSON.parse(lint.stdout).map((d: { rule: string }) => d.rule)).toContain('band-order');
    });
  });
});
