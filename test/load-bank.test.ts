// Bank checks stored by the build: loading a bank takes one when both the bank's text and the checking
// code match, while an edited bank, other checking code, and every bank lint sees are checked afresh.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInBankFiles, checkBankFile, checkForBuild, loadBankFile, storedCheckPath } from '../src/io/load-bank.js';
import { ROOT, runCli } from './helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ce-plan-load-bank-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What the built code (dist/, which made the stored checks) finds for a bank file. */
function loadWithBuild(file: string): { stored: boolean; path: string; sameAsFresh: boolean; ok: boolean; rules: string[] } {
  const script = `
    import { existsSync, readFileSync } from 'node:fs';
    import { isDeepStrictEqual } from 'node:util';
    import { checkBankFile, loadBankFile, storedCheckPath } from './dist/io/load-bank.js';
    const file = process.argv[1];
    const path = storedCheckPath(readFileSync(file, 'utf8'));
    const [loaded, fresh] = [await loadBankFile(file), await checkBankFile(file)];
    const same = loaded.ok === fresh.ok && isDeepStrictEqual(loaded.diagnostics, fresh.diagnostics) && (!loaded.ok || isDeepStrictEqual(loaded.value.bank, fresh.value.bank));
    console.log(JSON.stringify({ stored: existsSync(path), path, sameAsFresh: same, ok: loaded.ok, rules: loaded.diagnostics.map((d) => d.rule) }));
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

  it('are named for the code that made them: other checking code (here, the TypeScript sources) never reads them', async () => {
    const file = (await builtInBankFiles())[0]!;
    expect(storedCheckPath(await readFile(file, 'utf8'))).not.toBe(loadWithBuild(file).path);
  });

  describe('for a bank whose text and checking code match', () => {
    // A broken bank, with a check stored under its name, shows which loads take stored checks: the
    // stored check says it is a clean bank with one warning. The text is this test's own, so no other
    // test running alongside loads it.
    let broken: string;
    let stored: string | undefined;
    beforeAll(async () => {
      const clean = await checkForBuild('test/fixtures/broken-banks/unused-source.yaml');
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

    it('is loaded as the stored check found it, its warnings naming this file', async () => {
      const loaded = await loadBankFile(broken);
      expect(loaded.ok).toBe(true);
      expect(loaded.diagnostics.map((d) => [d.file, d.rule, d.severity])).toEqual([[broken, 'unused-source', 'warning']]);
    });

    it('is checked afresh by lint, which still reports its error', async () => {
      expect((await checkBankFile(broken)).ok).toBe(false);
      const lint = await runCli(['lint', broken, '--format', 'json']);
      expect(lint.code).toBe(1);
      expect(JSON.parse(lint.stdout).map((d: { rule: string }) => d.rule)).toContain('band-order');
    });
  });
});
