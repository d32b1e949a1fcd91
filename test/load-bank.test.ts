// Banks the build has already checked: assess and init take them as the build found them, while a bank
// whose bytes differ, and every bank lint sees, is checked afresh.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCheck, buildCheckPath, builtInBankFiles, checkBankFile, loadBankFile } from '../src/io/load-bank.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { runCli } from './helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ce-plan-load-bank-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('banks the build checked', () => {
  it.each(['ce-readiness', 'quick-check'])('%s has a build check that gives exactly what a fresh check gives', async (id) => {
    const file = (await builtInBankFiles()).find((f) => f.endsWith(`/${id}.yaml`))!;
    const built = await buildCheck(file);
    if (!('path' in built)) throw new Error(`${id} did not load clean`);
    expect(existsSync(built.path)).toBe(true); // `npm run build` wrote it
    const loaded = await loadBankFile(file);
    const checked = await checkBankFile(file);
    if (!loaded.ok || !checked.ok) throw new Error(`${id} did not load`);
    expect(loaded.value.bank).toStrictEqual(checked.value.bank);
    expect(loaded.diagnostics).toEqual(checked.diagnostics);
  });

  it('an edited copy of a built-in bank is checked afresh, and its error found', async () => {
    const file = (await builtInBankFiles()).find((f) => f.endsWith('/quick-check.yaml'))!;
    const edited = join(dir, 'quick-check.yaml');
    await writeFile(edited, (await readFile(file, 'utf8')).replace(/^bands:\n/m, 'bands:\n  - { id: late, label: Late, min: 5 }\n'));
    const loaded = await loadBankFile(edited);
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => [d.file, d.rule])).toContainEqual([edited, 'band-order']);
  });

  describe('a bank whose bytes have a build check', () => {
    // A broken bank, with a build check planted under the hash of its bytes, shows which loads trust the
    // build: the planted check says it is the example bank, clean. The bytes are this test's own, so no
    // other test running alongside loads them.
    let broken: string;
    let planted: string;
    beforeAll(async () => {
      const example = await buildCheck(EXAMPLE_BANK);
      if (!('json' in example)) throw new Error('the example bank must load clean');
      broken = join(dir, 'band-order.yaml');
      const text = `# ${broken}\n${await readFile('test/fixtures/broken-banks/band-order.yaml', 'utf8')}`;
      await writeFile(broken, text);
      planted = buildCheckPath(text);
      await writeFile(planted, example.json);
    });
    afterAll(async () => {
      await rm(planted, { force: true });
    });

    it('is taken as the build found it by assess and init', async () => {
      const loaded = await loadBankFile(broken);
      expect(loaded.ok).toBe(true);
      expect(loaded.ok && loaded.value.bank.id).toBe('example');
      expect(loaded.ok && loaded.value.file).toBe(broken);
    });

    it('is checked afresh by lint, which still reports its error', async () => {
      expect((await checkBankFile(broken)).ok).toBe(false);
      const lint = await runCli(['lint', broken, '--format', 'json']);
      expect(lint.code).toBe(1);
      expect(JSON.parse(lint.stdout).map((d: { rule: string }) => d.rule)).toContain('band-order');
    });
  });
});
