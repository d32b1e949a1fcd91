// Several respondents, one organisation (issue 17). An oracle written from the rule, not from the code:
// each respondent's own JSON report gives their scores; the combined report must give, for each
// recommendation, the mean of those scores over the respondents assessed on it, their lowest and
// highest as the spread, the overall as the bank-weighted mean of the combined scores, completeness
// summed, and as contested the questions whose scores (worked out here from the bank) differ by 0.5 or
// more, or, unscored, whose chosen options differ.
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { stringify } from 'yaml';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/host.js';
import type { Bank, Question } from '../src/core/schema.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { arbAnswers } from './helpers/generators.js';
import { runCli } from './helpers/cli.js';
import { lintMarkdown, renderHtml, tableShapes } from './helpers/markdown.js';
import { elementsOf } from './helpers/html.js';

const banks = await Promise.all((await builtInBankFiles()).map(async (file) => (await loadBank(file)).bank));
const made: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `ce-plan-combine-${name}-`));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** `main` in this process, its output kept. */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  const io: Io = {
    stdout: sink,
    stderr: sink,
    stdin: Readable.from([]),
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    pid: process.pid,
    onSignals: () => () => {},
  };
  return { code: await main(args, io), out };
}

const asked = (bank: Bank, answers: Map<string, Answer>) =>
  Object.fromEntries(shownQuestions(bank, answers).flatMap(({ question }) => (answers.has(question.id) ? [[question.id, answers.get(question.id)!]] : [])));

/** A question's score for an answer, from the bank's own definitions: null when not applicable or not scored. */
function oracleScore(question: Question, answer: Answer): number | null {
  if (question.type === 'scale') return (Number(answer) - question.scale.min) / (question.scale.max - question.scale.min);
  if (question.type !== 'single' && question.type !== 'multi') return null;
  const chosen = (Array.isArray(answer) ? answer : [answer]).map(String);
  const options = question.options.filter((o) => chosen.includes(o.value));
  if (options.some((o) => o.na) || !question.options.some((o) => o.score !== undefined)) return null;
  const sum = options.reduce((s, o) => s + (o.score ?? 0), 0);
  return sum >= 1 - 1e-9 ? 1 : sum;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const bandOf = (bank: Bank, score: number) => bank.bands.filter((b) => b.min <= score).reduce((a, b) => (b.min > a.min ? b : a)).id;

interface ReportJson {
  overall: { score: number | null; band: { id: string } | null };
  completeness: { answered: number; shown: number };
  recommendations: { id: string; score: number | null; band: { id: string } | null; spread?: { min: number; max: number } | null }[];
  respondents?: { role: string | null; recommendations: { id: string; score: number | null }[] }[];
  contested?: { question: string }[];
}

describe.each(banks.map((bank) => [bank.id, bank] as const))('combining respondents on %s', (_id, bank) => {
  it('gives exactly the numbers the rule gives, for 1 to 12 respondents', async () => {
    const names = ['Millbrook Group', ' millbrook  group', 'MILLBROOK GROUP '];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(arbAnswers(bank), { minLength: n, maxLength: n })),
        async (sets) => {
          const dir = tempDir('oracle');
          const files = sets.map((answers, i) => {
            const file = `r${String(i).padStart(2, '0')}`;
            const content = {
              bank: bank.id,
              organisation: { name: names[i % names.length] },
              respondent: { role: `Role ${i}` },
              answers: asked(bank, answers),
            };
            writeFileSync(join(dir, `${file}.yaml`), stringify(content));
            return { file, answers: content.answers as Record<string, Answer> };
          });
          expect((await run(['assess', dir, '--format', 'json', '--out-dir', join(dir, 'one')])).code).toBe(0);
          expect((await run(['assess', dir, '--combine', '--format', 'json', '--out-dir', join(dir, 'all')])).code).toBe(0);
          const singles = files.map(({ file }) => JSON.parse(readFileSync(join(dir, 'one', `${file}.json`), 'utf8')) as ReportJson);
          const [combinedFile] = readdirSync(join(dir, 'all'));
          const combined = JSON.parse(readFileSync(join(dir, 'all', combinedFile!), 'utf8')) as ReportJson;
          if (sets.length === 1) {
            expect(combinedFile).toBe('r00.json');
            expect(combined).toEqual(singles[0]);
            return;
          }
          expect(combinedFile).toBe('millbrook-group.json');
          let weighted = 0;
          let weights = 0;
          bank.recommendations.forEach((recommendation, i) => {
            const scores = singles.map((s) => s.recommendations[i]!.score).filter((s): s is number => s !== null);
            const got = combined.recommendations[i]!;
            if (scores.length === 0) {
              expect([recommendation.id, got.score, got.spread]).toEqual([recommendation.id, null, null]);
              return;
            }
            expect(got.score).toBeCloseTo(mean(scores), 9);
            expect(got.band?.id).toBe(bandOf(bank, got.score!));
            expect(got.spread).toEqual({ min: Math.min(...scores), max: Math.max(...scores) });
            weighted += recommendation.weight * got.score!;
            weights += recommendation.weight;
          });
          if (weights === 0) expect(combined.overall.score).toBeNull();
          else expect(combined.overall.score).toBeCloseTo(weighted / weights, 9);
          expect(combined.completeness.answered).toBe(singles.reduce((sum, s) => sum + s.completeness.answered, 0));
          expect(combined.completeness.shown).toBe(singles.reduce((sum, s) => sum + s.completeness.shown, 0));
          expect(combined.respondents!.map((r) => r.recommendations)).toEqual(singles.map((s) => s.recommendations.map((r) => ({ id: r.id, score: r.score }))));
          expect(combined.respondents!.map((r) => r.role)).toEqual(files.map((_, i) => `Role ${i}`));
          const contested = bank.sections
            .flatMap((s) => s.questions)
            .filter((question) => {
              const given = files.map((f) => f.answers[question.id]).filter((a): a is Answer => a !== undefined);
              if (given.length < 2) return false;
              const scored = given.map((a) => oracleScore(question, a));
              if ((question.type === 'single' || question.type === 'multi') && question.options.every((o) => o.score === undefined)) {
                return new Set(given.map((a) => JSON.stringify([a].flat().map(String).sort()))).size > 1;
              }
              const real = scored.filter((s): s is number => s !== null);
              return real.length > 1 && Math.max(...real) - Math.min(...real) >= 0.5 - 1e-9;
            })
            .map((question) => question.id);
          expect(combined.contested!.map((c) => c.question)).toEqual(contested);
        },
      ),
      { numRuns: 12 },
    );
  });
});

const EXAMPLE = 'test/fixtures/banks/example.yaml';
const FOUR = 'test/fixtures/combine';
const NAMES = ['Alex Morgan', 'Sam Patel', 'Jo Okafor', 'Chris Lee'];

describe('assess --combine', () => {
  it('gives four respondents who contest three questions one report: the golden Markdown, HTML and JSON', async () => {
    const out = tempDir('golden');
    const result = await runCli(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--format', 'md,json,html', '--out-dir', out]);
    expect(result.code).toBe(0);
    // Names and areas match ignoring case and spacing, so the four files are one organisation.
    expect(readdirSync(out).sort()).toEqual(['html', 'json', 'md'].map((format) => `northfield-community-safety-group-northfield.${format}`));
    const md = readFileSync(join(out, 'northfield-community-safety-group-northfield.md'), 'utf8');
    const json = readFileSync(join(out, 'northfield-community-safety-group-northfield.json'), 'utf8');
    const html = readFileSync(join(out, 'northfield-community-safety-group-northfield.html'), 'utf8');
    if (process.env['UPDATE_GOLDEN'] === '1') {
      writeFileSync('test/golden/combined.md', md);
      writeFileSync('test/golden/combined.json', json);
      writeFileSync('test/golden/combined.html', html);
    }
    expect(md).toBe(readFileSync('test/golden/combined.md', 'utf8'));
    expect(json).toBe(readFileSync('test/golden/combined.json', 'utf8'));
    expect(html).toBe(readFileSync('test/golden/combined.html', 'utf8'));
    const errors: string[] = [];
    elementsOf(html, { errors });
    expect(errors).toEqual([]);
    expect(JSON.parse(json).contested.map((c: { question: string }) => c.question)).toEqual(['definition-written', 'methods-used', 'methods-fit']);
    expect(await lintMarkdown(md)).toEqual([]);
    for (const { header, rows } of tableShapes(renderHtml(md))) for (const cells of rows) expect(cells).toBe(header);
  });

  it('keeps organisations apart when their names or areas differ', async () => {
    const dir = tempDir('apart');
    for (const [file, area] of <[string, string][]>[
      ['a.yaml', 'Northfield'],
      ['b.yaml', 'Southfield'],
      ['c.yaml', ' northfield'],
    ]) {
      writeFileSync(join(dir, file), stringify({ bank: 'example', organisation: { name: 'Group', area }, answers: { 'definition-written': 'yes' } }));
    }
    const result = await runCli(['assess', dir, '--bank', EXAMPLE, '--combine', '--out-dir', join(dir, 'out')]);
    expect(result.code).toBe(0);
    // Southfield alone keeps its file's name, as without --combine.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['b.md', 'group-northfield.md']);
  });

  it('with --anonymise, names no respondent anywhere, and keeps their roles', async () => {
    const out = tempDir('anonymous');
    const result = await runCli([
      'assess',
      FOUR,
      '--bank',
      EXAMPLE,
      '--combine',
      '--anonymise',
      '--format',
      'md,json,html',
      '--summary',
      join(out, 'summary.md'),
      '--out-dir',
      out,
    ]);
    expect(result.code).toBe(0);
    for (const file of readdirSync(out)) {
      const text = readFileSync(join(out, file), 'utf8');
      for (const name of NAMES) expect(text).not.toContain(name);
      if (file !== 'summary.md') expect(text).toContain('Respondent 2 (Housing manager)');
    }
    expect(result.stdout + result.stderr).not.toMatch(new RegExp(NAMES.join('|')));
    const json = JSON.parse(readFileSync(join(out, 'northfield-community-safety-group-northfield.json'), 'utf8'));
    expect(json.respondents.map((r: { name: string }) => r.name)).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3', 'Respondent 4']);
  });

  it('gives a combined organisation one row of the cohort summary, with its number of respondents', async () => {
    const out = tempDir('cohort');
    const result = await runCli(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--summary', join(out, 'summary.json'), '--out-dir', out]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.rows.map((r: { organisation: string; respondents: number }) => [r.organisation, r.respondents])).toEqual([
      ['Northfield Community Safety Group', 4],
    ]);
    const md = await runCli(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--summary', join(out, 'summary.md'), '--out-dir', out, '--force']);
    expect(md.code).toBe(0);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('Northfield Community Safety Group (Northfield), 4 respondents');
  });

  it('with --skip-existing, keeps a combined report that is there and writes the rest', async () => {
    const out = tempDir('skip');
    expect((await runCli(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--format', 'md', '--out-dir', out])).code).toBe(0);
    const md = join(out, 'northfield-community-safety-group-northfield.md');
    writeFileSync(md, 'kept\n');
    const again = await runCli(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--format', 'md,json', '--skip-existing', '--out-dir', out]);
    expect(again.code).toBe(0);
    expect(readFileSync(md, 'utf8')).toBe('kept\n');
    expect(again.stdout).toBe(`wrote ${join(out, 'northfield-community-safety-group-northfield.json')}\n`);
  });

  it('never writes a combined report over an input, with --force or without', async () => {
    // The bank, saved under the name the organisation's report takes, in the out dir.
    const folder = join(tempDir('over-input'), 'out');
    mkdirSync(folder);
    const bank = join(folder, 'northfield-community-safety-group-northfield.md');
    writeFileSync(bank, readFileSync(EXAMPLE, 'utf8'));
    const run = await runCli(['assess', FOUR, '--bank', bank, '--combine', '--out-dir', folder, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the report ${bank} would overwrite the bank ${bank}`);
    expect(readFileSync(bank, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  it('refuses an organisation whose respondents answered different bank versions, naming the files, and goes on with the others', async () => {
    const dir = tempDir('versions');
    for (const file of readdirSync(FOUR)) writeFileSync(join(dir, file), readFileSync(join(FOUR, file), 'utf8'));
    writeFileSync(join(dir, 'chair.yaml'), readFileSync(join(FOUR, 'chair.yaml'), 'utf8').replace('bank_version: 1.0.0', 'bank_version: 1.1.0'));
    writeFileSync(join(dir, 'other.yaml'), stringify({ bank: 'example', organisation: { name: 'Other' }, answers: {} }));
    const result = await runCli(['assess', dir, '--bank', EXAMPLE, '--combine', '--out-dir', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/different banks or bank versions.*chair\.yaml \(example 1\.1\.0\).*housing\.yaml \(example 1\.0\.0\)/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['other.md']);
  });

  it('refuses the same answer file given twice, and --anonymise without --combine', async () => {
    const twice = await runCli(['assess', FOUR, `./${FOUR}/chair.yaml`, '--bank', EXAMPLE, '--combine', '--out-dir', tempDir('twice')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/chair\.yaml and .*chair\.yaml are the same answer file/);
    expect((await runCli(['assess', FOUR, '--anonymise', '--out-dir', tempDir('alone')])).code).toBe(2);
  });

  it('gives 50 organisations of 6 respondents the same reports on worker threads as in one thread', async () => {
    const dir = tempDir('fifty');
    const bank = banks.find((b) => b.id === 'quick-check')!;
    const sets = fc.sample(arbAnswers(bank), { numRuns: 300, seed: 17 });
    sets.forEach((answers, i) => {
      const organisation = { name: `Group ${Math.floor(i / 6)}`, area: 'County' };
      writeFileSync(
        join(dir, `f${String(i).padStart(3, '0')}.yaml`),
        stringify({ bank: bank.id, organisation, respondent: { role: `Role ${i % 6}` }, answers: asked(bank, answers) }),
      );
    });
    const all = await runCli(['assess', dir, '--combine', '--format', 'md,json', '--out-dir', join(dir, 'workers')]);
    expect(all.code).toBe(0);
    // The same files ten organisations at a time: 60 files, below the worker threshold, so in one thread.
    for (let start = 0; start < 300; start += 60) {
      const chunk = Array.from({ length: 60 }, (_, i) => join(dir, `f${String(start + i).padStart(3, '0')}.yaml`));
      expect((await runCli(['assess', ...chunk, '--combine', '--format', 'md,json', '--out-dir', join(dir, 'one')])).code).toBe(0);
    }
    const names = readdirSync(join(dir, 'workers')).sort();
    expect(names.length).toBe(100);
    expect(readdirSync(join(dir, 'one')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(dir, 'workers', name), 'utf8')).toBe(readFileSync(join(dir, 'one', name), 'utf8'));
  });

  it('compares two sets of respondents as two combined assessments (compare --combine)', async () => {
    const dir = tempDir('compare');
    for (const side of ['before', 'after']) {
      mkdirSync(join(dir, side));
      for (const file of readdirSync(FOUR)) {
        const text = readFileSync(join(FOUR, file), 'utf8');
        writeFileSync(join(dir, side, file), side === 'before' ? text : text.replace('methods-fit: "no"', 'methods-fit: "yes"'));
      }
    }
    const result = await runCli(['compare', '--combine', join(dir, 'before'), join(dir, 'after'), '--bank', EXAMPLE, '--format', 'json']);
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout);
    const combinedBefore = JSON.parse(readFileSync('test/golden/combined.json', 'utf8'));
    expect(comparison.overall.before.score).toBeCloseTo(combinedBefore.overall.score, 9);
    expect(comparison.gapsClosed.map((g: { id: string }) => g.id)).toEqual(['methods']);
    expect(comparison.answersChanged).toEqual([
      expect.objectContaining({
        question: 'methods-fit',
        before: expect.stringContaining('No (Resident chair)'),
        after: expect.stringContaining('Yes (Resident chair'),
      }),
    ]);
    const mixed = await runCli(['compare', '--combine', FOUR, 'test/fixtures/answers', '--bank', EXAMPLE]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/more than one organisation/);
  });
});
