// `ce-plan assess` at full width: many files, broken ones among them, stdin, name clashes, --fail-under,
// worker threads and the cohort summary, all through the built CLI.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Bank } from '../src/core/schema.js';
import { answerFileText } from '../src/io/answer-file-writer.js';
import { answersSchemaReference } from '../src/io/paths.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { BIN, ROOT, runCli, STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { answersFollowingSkipLogic } from './helpers/generators.js';
import { lintMarkdown } from './helpers/markdown.js';
import { tempDir } from './helpers/temp.js';

let quickCheck: Bank;
beforeAll(async () => {
  quickCheck = (await loadBank('quick-check', 'en')).bank;
});

const SCHEMA = answersSchemaReference();
const temp = () => tempDir('batch');

/** Answer file i of a cohort: deterministic, different from its neighbours, following the skip logic. */
function groupFile(bank: Bank, i: number): string {
  const answers = answersFollowingSkipLogic(bank, (question) => (i * 7 + question.id.length) % 5);
  return answerFileText({ bank, organisation: { name: `Group ${String(i).padStart(3, '0')}`, area: `Ward ${i % 4}`, date: '2026-11-20' }, answers }, SCHEMA);
}

function writeGroups(dir: string, bank: Bank, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `group-${String(i).padStart(3, '0')}.yaml`);
    writeFileSync(file, groupFile(bank, i));
    return file;
  });
}

describe('a batch with broken files among good ones', () => {
  const dir = temp();
  const out = join(dir, 'reports');
  const good = () => groupFile(quickCheck, 1);
  const broken: Record<string, { text: string | Buffer; line?: number; rule: string }> = {
    'empty.yaml': { text: '', rule: 'empty-file' },
    'binary.yaml': { text: Buffer.from([0x62, 0x61, 0x6e, 0x6b, 0x00, 0x01, 0xff]), rule: 'not-text' },
    'syntax.yaml': { text: 'bank: quick-check\norganisation: { name: "X"\nanswers: {}\n', line: 3, rule: 'yaml-syntax' },
    'unknown-question.yaml': { text: 'bank: quick-check\norganisation: { name: X }\nanswers:\n  no-such-question: "yes"\n', line: 4, rule: 'unknown-question' },
    'not-an-option.yaml': { text: '', line: 0, rule: 'invalid-answer' },
    'proto.yaml': { text: 'bank: quick-check\norganisation:\n  name: X\n  __proto__: { polluted: true }\nanswers: {}\n', line: 4, rule: 'forbidden-key' },
    'alias-bomb.yaml': {
      text: 'bank: quick-check\norganisation: { name: X }\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      line: 4,
      rule: 'alias-limit',
    },
    'huge.yaml': { text: '', rule: 'file-too-large' },
    'duplicate-keys.yaml': { text: 'bank: quick-check\nbank: quick-check\norganisation: { name: X }\n', line: 2, rule: 'duplicate-key' },
  };

  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'good-one.yaml'), good());
    writeFileSync(join(dir, 'good-two.yaml'), groupFile(quickCheck, 2));
    // A real answer with one value swapped for one its question does not offer.
    const firstSingle = quickCheck.sections.flatMap((s) => s.questions).find((q) => q.type === 'single')!;
    const swapped = good().replace(new RegExp(`^  ${firstSingle.id}: .*$`, 'm'), `  ${firstSingle.id}: maybe-later`);
    broken['not-an-option.yaml']!.text = swapped;
    broken['not-an-option.yaml']!.line = swapped.split('\n').findIndex((l) => l.startsWith(`  ${firstSingle.id}:`)) + 1;
    broken['huge.yaml']!.text = 'bank: quick-check\n# ' + 'x'.repeat(30 * 1024 * 1024) + '\n';
    for (const [name, { text }] of Object.entries(broken)) writeFileSync(join(dir, name), text);
  });

  test('on worker threads, among enough good files to use them, gives the same findings', async () => {
    const inThread = await runInProcess(['assess', dir, '--out-dir', join(temp(), 'reports')]);
    expect(inThread.stderr).toMatch(/not-an-option\.yaml\n +\d+:\d+ +error +invalid-answer /);
    const big = temp();
    for (const name of readdirSync(dir)) writeFileSync(join(big, name), readFileSync(join(dir, name)));
    writeGroups(big, quickCheck, 70); // above the worker threshold; group-*.yaml sorts after the rest
    const onWorkers = await runInProcess(['assess', big, '--out-dir', join(big, 'reports')]);
    expect(onWorkers.code).toBe(1);
    // The findings are found in one thread and located in another, from the text passed along.
    expect(onWorkers.stderr).toBe(inThread.stderr.replaceAll(dir, big));
    expect(readdirSync(join(big, 'reports'))).toHaveLength(72);
  });

  test('each broken file is named with its line and gets no report; the good ones do; exit 1', async () => {
    const result = await runInProcess(['assess', dir, '--out-dir', out, '--format', 'md,json']);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    for (const [name, { line, rule }] of Object.entries(broken)) {
      const at = line === undefined ? '1:1' : `${line}:\\d+`;
      expect(result.stderr).toMatch(new RegExp(`${name}\\n {2}${at} +error +${rule} `));
    }
    expect(readdirSync(out).sort()).toEqual(['good-one.json', 'good-one.md', 'good-two.json', 'good-two.md']);
    expect(result.stdout).toBe(`wrote ${out}/good-one.md\nwrote ${out}/good-one.json\nwrote ${out}/good-two.md\nwrote ${out}/good-two.json\n`);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('assess inputs and outputs', () => {
  test('reads one answer file from stdin with -', async () => {
    const dir = temp();
    // A process: the answer file comes through a real pipe on stdin.
    const result = await runCli(['assess', '-', '--out-dir', dir], { input: groupFile(quickCheck, 3) });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'stdin.md'), 'utf8')).toContain('# Readiness report: Group 003');
  });

  test('two inputs that would write the same report are an error, and nothing is written', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'north.yaml'), groupFile(quickCheck, 1));
    writeFileSync(join(dir, 'b', 'north.yaml'), groupFile(quickCheck, 2));
    const result = await runInProcess(['assess', join(dir, 'a'), join(dir, 'b'), '--out-dir', join(dir, 'reports')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/a\/north\.yaml and .*b\/north\.yaml would both write .*reports\/north\.\*/);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });

  test('globs expand to the files they match', async () => {
    const dir = temp();
    writeGroups(join(dir, 'groups'), quickCheck, 3);
    const result = await runInProcess(['assess', join(dir, 'groups', 'group-00[02].yaml'), '--out-dir', join(dir, 'reports')]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['group-000.md', 'group-002.md']);
  });

  test('--fail-under exits 1 when any overall score is below it, naming the file', async () => {
    const dir = temp();
    const files = writeGroups(join(dir, 'groups'), quickCheck, 3);
    const scores = await Promise.all(
      files.map(async (file, i) => {
        await runInProcess(['assess', file, '--out-dir', join(dir, `r${i}`), '--format', 'json']);
        return (JSON.parse(readFileSync(join(dir, `r${i}`, `group-00${i}.json`), 'utf8')) as { overall: { score: number } }).overall.score;
      }),
    );
    const lowest = Math.min(...scores);
    const under = await runInProcess(['assess', ...files, '--out-dir', join(dir, 'under'), '--fail-under', String(Math.ceil(lowest + 0.001))]);
    expect(under.code).toBe(1);
    expect(under.stderr).toMatch(/scored under --fail-under/);
    expect(under.stderr).toContain(`group-00${scores.indexOf(lowest)}.yaml`);
    expect((await runInProcess(['assess', ...files, '--out-dir', join(dir, 'over'), '--fail-under', String(Math.floor(lowest))])).code).toBe(0);
    expect((await runInProcess(['assess', ...files, '--fail-under', '101'])).code).toBe(2);
  });
});

describe('large batches', () => {
  test('run on worker threads with the same reports, in input order, and a cohort summary', async () => {
    const dir = temp();
    const files = writeGroups(join(dir, 'groups'), quickCheck, 70); // above the worker threshold
    const result = await runInProcess(['assess', join(dir, 'groups'), '--out-dir', join(dir, 'reports'), '--summary', join(dir, 'summary.md')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const wrote = result.stdout.trimEnd().split('\n');
    expect(wrote).toEqual([
      ...files.map((f) => `wrote ${join(dir, 'reports', f.split('/').pop()!.replace('.yaml', '.md'))}`),
      `wrote ${join(dir, 'summary.md')}`,
    ]);
    // The same file alone (in this thread) gives the same bytes as in the batch (on a worker).
    const single = await runInProcess(['assess', files[41]!, '--out-dir', join(dir, 'single')]);
    expect(single.code).toBe(0);
    expect(readFileSync(join(dir, 'single', 'group-041.md'), 'utf8')).toBe(readFileSync(join(dir, 'reports', 'group-041.md'), 'utf8'));
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(summary.match(/^\| (\d+|—) \| Group \d{3}\b/gm)).toHaveLength(70);
    expect(await lintMarkdown(summary)).toEqual([]);
    // Each thread staged its temp files in a folder of its own; none is left behind.
    const reports = files.map((f) => f.split('/').pop()!.replace('.yaml', '.md')).sort();
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(reports);
    // --force replaces every report, through the same staging, and leaves nothing else either.
    const again = await runInProcess(['assess', join(dir, 'groups'), '--out-dir', join(dir, 'reports'), '--force']);
    expect(again.code).toBe(0);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(reports);
  });

  test('its threads load neither zod nor yaml for files the quick checks vouch for; a file they cannot vouch for loads both, its finding in place', async () => {
    const dir = temp();
    writeGroups(join(dir, 'groups'), quickCheck, 64); // just enough for threads
    /** The modules a run loads, in every thread, by URL. */
    const loadedBy = async (out: string, log: string) => {
      const run = await runCli(['assess', join(dir, 'groups'), '--out-dir', join(dir, out)], {
        nodeArgs: ['--import', join(ROOT, 'test/helpers/import-logger.mjs')],
        env: { IMPORT_LOG: join(dir, log) },
      });
      return { ...run, loaded: readFileSync(join(dir, log), 'utf8') };
    };
    const good = await loadedBy('reports', 'good.log');
    expect(good).toMatchObject({ code: 0, stderr: '' });
    expect(good.loaded).toContain('/dist/batch/assess-worker.js'); // the log sees the threads
    expect(good.loaded).not.toContain('/node_modules/zod/');
    expect(good.loaded).not.toContain('/node_modules/yaml/');
    writeFileSync(join(dir, 'groups', 'blank.yaml'), groupFile(quickCheck, 1).replace(/^ {2}name: .*$/m, '  name: "  "'));
    const odd = await loadedBy('reports-2', 'odd.log');
    expect(odd.code).toBe(1);
    expect(odd.stderr).toMatch(/blank\.yaml\n {2}\d+:9 +error +invalid-value +"name" must not be blank/);
    expect(odd.loaded).toContain('/node_modules/zod/');
    expect(odd.loaded).toContain('/node_modules/yaml/'); // to place the finding
  });

  test('a summary of nine groups, as JSON when the file says so', async () => {
    const dir = temp();
    writeGroups(join(dir, 'groups'), quickCheck, 9);
    const result = await runInProcess(['assess', join(dir, 'groups'), '--out-dir', join(dir, 'reports'), '--summary', join(dir, 'summary.json')]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { rows: unknown[] };
    expect(summary.rows).toHaveLength(9);
  });
});

describe('an interrupted batch', () => {
  test('Ctrl-C stops it between files: exit 130, only whole reports, no staging folder left behind', async () => {
    const dir = temp();
    writeGroups(join(dir, 'groups'), quickCheck, 1500);
    const out = join(dir, 'reports');
    const child = spawn(process.execPath, [BIN, 'assess', join(dir, 'groups'), '--out-dir', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The first "wrote" line means the workers are under way: interrupt mid-batch.
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toMatch(
      /^ce-plan: interrupted after \d+ of 1500 files: \d+ reports written \(each listed above\), every one whole; \d+ files not assessed\./m,
    );
    expect(stderr).not.toMatch(STACK_TRACE);
    const left = readdirSync(out);
    expect(left.filter((name) => !/^group-\d+\.md$/.test(name))).toEqual([]);
    expect(left.length).toBeLessThan(1500);
    for (const name of left) expect(readFileSync(join(out, name), 'utf8')).toMatch(/\n## References\n\n(- .+\n)+$/);
  });
});

describe('ce-plan template, filled in', () => {
  test.each(['quick-check', 'ce-readiness'])('%s: the template filled with generated answers assesses cleanly', async (id) => {
    const { bank } = await loadBank(id, 'en');
    const template = await runInProcess(['template', id]);
    const answers = answersFollowingSkipLogic(bank, (question) => question.id.length);
    // Fill in the blanks as a script would: the name, and each answer after its question's id.
    let filled = template.stdout.replace('  name: ""', '  name: "Filled-in Group"');
    for (const [questionId, answer] of answers) {
      filled = filled.replace(new RegExp(`^  ${questionId}:$`, 'm'), `  ${questionId}: ${JSON.stringify(answer)}`);
    }
    const dir = temp();
    writeFileSync(join(dir, 'filled.yaml'), filled);
    const result = await runInProcess(['assess', join(dir, 'filled.yaml'), '--out-dir', dir, '--format', 'json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(readFileSync(join(dir, 'filled.json'), 'utf8')) as { completeness: { ratio: number } };
    expect(report.completeness.ratio).toBe(1);
  });
});
