// `ce-plan import` and `ce-plan export` as a user runs them: names from the organisation, never an
// overwrite without --force, the details of who answered, --map and mapping files, and `assess` on a
// form export directly. Start-up stays light: neither exceljs nor csv-parse loads unless a command needs it.
import { describe, expect, test } from '@jest/globals';
import { stringify } from 'csv-stringify/sync';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, runCli, STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { EXPORT_FORMAT_NAMES } from '../src/format/export/index.js';
import { TOOLS } from '../src/forms/tools.js';
import { tempDir as makeTempDir } from './helpers/temp.js';

const tempDir = () => makeTempDir('import-cli');

const MUST_DO = 'Do your leaders see work with residents as a "must do", not an extra?';
const DEFINITION = 'Have you written down what community engagement means for your group?';
const UNDERSTOOD = 'How many of the people you work with understand what you mean by it?';
const csv = (rows: string[][]) => stringify(rows);

function responses(rows: string[][]): { dir: string; file: string; out: string } {
  const dir = tempDir();
  const file = join(dir, 'responses.csv');
  writeFileSync(file, csv(rows));
  return { dir, file, out: join(dir, 'answers') };
}

const read = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { answers: Record<string, unknown> };

describe('start-up', () => {
  test('--version, help and assess on answer files load neither exceljs nor csv-parse', async () => {
    const dir = tempDir();
    for (const [i, args] of [
      ['--version'],
      ['import', '--help'],
      ['export', '--help'],
      ['assess', 'test/fixtures/answers/northfield.yaml', '--bank', 'test/fixtures/banks/example.yaml', '--out-dir', join(dir, 'r')],
    ].entries()) {
      const log = join(dir, `imports-${i}.log`);
      const run = await runCli(args, { nodeArgs: ['--import', join(ROOT, 'test/helpers/import-logger.mjs')], env: { IMPORT_LOG: log } });
      expect(run.code).toBe(0);
      const loaded = readFileSync(log, 'utf8');
      expect(loaded).toContain('/dist/cli/main.js');
      for (const heavy of ['/node_modules/exceljs/', '/node_modules/csv-parse/', '/node_modules/survey-core/']) expect(loaded).not.toContain(heavy);
    }
  });
});

describe('answer files', () => {
  test('are named after the organisation, clash-safe, and always inside --out-dir', async () => {
    const rows = ['Northfield', 'Northfield!', 'northfield', 'Northfield 2', 'CON', '../../escaped', 'Ŷnys Môn', '---'].map((name) => [name, 'Yes']);
    const { file, out, dir } = responses([['Organisation', MUST_DO], ...rows]);
    const run = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(out).sort()).toEqual(
      ['northfield', 'northfield-2', 'northfield-3', 'northfield-2-2', 'con-group', 'escaped', 'ynys-mon', 'response'].map((stem) => `${stem}.yaml`).sort(),
    );
    expect(readdirSync(dir).sort()).toEqual(['answers', 'responses.csv']);
    expect(read(join(out, 'escaped.yaml')).organisation).toEqual({ name: '../../escaped' });
  });

  test('are never written over without --force: each row then fails, and the files are kept', async () => {
    const { file, out } = responses([
      ['Organisation', MUST_DO],
      ['Northfield', 'Yes'],
    ]);
    expect((await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out])).code).toBe(0);
    writeFileSync(join(out, 'northfield.yaml'), 'keep me\n');
    const again = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/2:1 +error +not-written +.*northfield\.yaml already exists; use --force to overwrite it/);
    expect(readFileSync(join(out, 'northfield.yaml'), 'utf8')).toBe('keep me\n');
    const forced = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out, '--force']);
    expect(forced.code).toBe(0);
    expect(read(join(out, 'northfield.yaml')).answers).toEqual({ 'must-do': 'yes' });
    expect(readdirSync(out)).toEqual(['northfield.yaml']); // no temp file left behind
  });

  test('hold the area, date, respondent and role; an answer the skip logic hides is kept with a warning', async () => {
    const { file, out } = responses([
      ['Organisation', 'Area', 'Your name', 'Your role', 'Date', DEFINITION, UNDERSTOOD],
      ['Northfield', 'North', 'Sam Patel', 'Chair', '2026-11-20', 'No', 'Most of them'],
    ]);
    const run = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/2:7 +warning +hidden-answer +"definition-understood" is not asked given the other answers/);
    // Named after the organisation and its area, as --combine names its report.
    const content = read(join(out, 'northfield-north.yaml'));
    expect(content.organisation).toEqual({ name: 'Northfield', area: 'North', date: '2026-11-20' });
    expect(content.respondent).toEqual({ name: 'Sam Patel', role: 'Chair' });
    expect(content.answers).toEqual({ 'definition-written': 'no', 'definition-understood': 'most' });
  });
});

describe('a large export', () => {
  test('is checked on worker threads: the same answer files as a small one gives, written in order, each bad row at its cell', async () => {
    const answers = ['Yes', 'No', 'Partly'];
    const rows = Array.from({ length: 70 }, (_, i) => [`Group ${i}`, i === 30 ? 'Maybe' : i === 50 ? '' : answers[i % 3]!]);
    rows[50] = ['', ''];
    const large = responses([['Organisation', MUST_DO], ...rows]); // above the worker threshold
    const small = responses([['Organisation', MUST_DO], ...rows.slice(0, 40)]); // below it: checked in this thread
    mkdirSync(large.out);
    writeFileSync(join(large.out, 'group-10.yaml'), 'keep me\n');
    // The large one's modules are logged, in every thread: its rows' shape is vouched for without the schema (zod).
    const logged = { nodeArgs: ['--import', join(ROOT, 'test/helpers/import-logger.mjs')], env: { IMPORT_LOG: join(large.dir, 'imports.log') } };
    const [big, few] = await Promise.all(
      [large, small].map(({ dir }) =>
        runCli(['import', 'responses.csv', '--bank', 'quick-check', '--out-dir', 'answers'], { cwd: dir, ...(dir === large.dir ? logged : {}) }),
      ),
    );
    const loaded = readFileSync(join(large.dir, 'imports.log'), 'utf8');
    expect(loaded).toContain('/dist/batch/import-worker.js');
    expect(loaded).not.toContain('/node_modules/zod/');
    expect(big!.code).toBe(1);
    expect(big!.stderr).toMatch(/^ +12:1 +error +not-written +answers\/group-10\.yaml already exists/m);
    expect(big!.stderr).toMatch(/^ +52:1 +warning +empty-row /m);
    expect(big!.stderr).toMatch(/^ +32:2 +error +unknown-option +"must-do": "Maybe"/m);
    const wrote = rows.flatMap(([name], i) =>
      i === 10 || i === 30 || i === 50 ? [] : [`wrote ${join('answers', `${name!.toLowerCase().replace(' ', '-')}.yaml`)}`],
    );
    expect(big!.stdout.trimEnd().split('\n')).toEqual(wrote);
    expect(few!.stderr).toMatch(/^ +32:2 +error +unknown-option +"must-do": "Maybe"/m);
    for (const name of readdirSync(small.out)) {
      const same = name === 'group-10.yaml' ? 'keep me\n' : readFileSync(join(small.out, name), 'utf8');
      expect(readFileSync(join(large.out, name), 'utf8')).toBe(same);
    }
    expect(readdirSync(large.out)).toHaveLength(68);
  });

  test('a row whose shape the quick check cannot vouch for is checked against the schema, on worker threads as in this one, each finding at its cell', async () => {
    // 1e999 reads as a number too large for one, and a blank --organisation names no organisation: the schema refuses both.
    const rows = Array.from({ length: 70 }, (_, i) => [`Group ${i}`, i === 20 ? '1e999' : String(i)]);
    const large = responses([['Organisation', 'meetings-per-year'], ...rows]); // above the worker threshold
    const small = responses([['Organisation', 'meetings-per-year'], ...rows.slice(0, 40)]); // below it
    const blank = responses([['meetings-per-year'], ...rows.map(([, count]) => [count!])]);
    const runs = await Promise.all(
      [large, small, blank].map(({ dir }, i) =>
        runCli(['import', 'responses.csv', '--bank', 'ce-readiness', '--out-dir', 'answers', ...(i === 2 ? ['--organisation', '  '] : [])], { cwd: dir }),
      ),
    );
    const infinite = /^ +22:2 +error +wrong-type +"meetings-per-year" must be an option value, a number, or a list of option values, not the number Infinity$/m;
    for (const [run, written] of [
      [runs[0]!, 69],
      [runs[1]!, 39],
    ] as const) {
      expect(run.code).toBe(1);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).toMatch(infinite);
      expect(run.stderr.match(/^ +\d+:\d+ +error /gm)).toHaveLength(1);
      expect(run.stdout.trimEnd().split('\n')).toHaveLength(written);
    }
    expect(readdirSync(large.out)).toHaveLength(69);
    expect(runs[2]!.code).toBe(1);
    expect(runs[2]!.stderr).toMatch(/^ +2:1 +error +invalid-value +"name" must not be blank, not the text " {2}"$/m);
    expect(runs[2]!.stderr).toMatch(/^ +71:1 +error +invalid-value +"name" must not be blank, not the text " {2}"$/m);
    expect(existsSync(blank.out)).toBe(false);
  });

  test('on worker threads as in this one: no two rows claim one file by any name, none lands on an input, and no staging folder is left', async () => {
    // Group 1's file is reached through a link named for Group 2's; the bank, given by path, is named as Group 5's file would be.
    const rows = Array.from({ length: 70 }, (_, i) => [`Group ${i}`, 'Yes']);
    const runs: { stdout: string }[] = [];
    for (const count of [70, 10]) {
      const { dir, out } = responses([['Organisation', MUST_DO], ...rows.slice(0, count)]);
      mkdirSync(out);
      symlinkSync('group-2.yaml', join(out, 'group-1.yaml'));
      copyFileSync(join(ROOT, 'questionnaires', 'quick-check.yaml'), join(out, 'group-5.yaml'));
      const run = await runCli(['import', 'responses.csv', '--bank', 'answers/group-5.yaml', '--out-dir', 'answers', '--force'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /^ +4:1 +error +not-written +row 4 would write answers\/group-2\.yaml, which row 3 of this import has written; name the organisations apart$/m,
      );
      expect(run.stderr).toMatch(
        /^ +7:1 +error +not-written +the answer file answers\/group-5\.yaml would overwrite the bank answers\/group-5\.yaml, an input of this import/m,
      );
      expect(read(join(out, 'group-2.yaml')).organisation).toEqual({ name: 'Group 1' });
      expect(readFileSync(join(out, 'group-5.yaml'), 'utf8')).toBe(readFileSync(join(ROOT, 'questionnaires', 'quick-check.yaml'), 'utf8'));
      // Every other row written, and nothing else left in the out dir: no staging folder, no temp file.
      expect(readdirSync(out).sort()).toEqual(
        rows
          .slice(0, count)
          .map((_, i) => `group-${i}.yaml`)
          .sort(),
      );
      runs.push(run);
    }
    const wrote = (run: { stdout: string }) => run.stdout.trimEnd().split('\n');
    expect(wrote(runs[0]!).slice(0, wrote(runs[1]!).length)).toEqual(wrote(runs[1]!));
  });
});

describe('the columns', () => {
  test('with no organisation column, --organisation names every response', async () => {
    const { file, out } = responses([
      ['Name', MUST_DO],
      ['Sam', 'Yes'],
      ['Jo', 'No'],
    ]);
    const refused = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "has no column for the organisation's name; name one with --map organisation=COLUMN, or give every response one with --organisation NAME",
    );
    const run = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out, '--organisation', 'Northfield CSG', '--map', 'respondent=Name']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(out).sort()).toEqual(['northfield-csg-2.yaml', 'northfield-csg.yaml']);
    expect(read(join(out, 'northfield-csg-2.yaml')).respondent).toEqual({ name: 'Jo' });
  });

  test('--map names a column for a question; a mapping file maps columns, ignores some, and reads other words for options', async () => {
    const { dir, file, out } = responses([
      ['Groupe', 'Q1', 'Q2', 'Remarques'],
      ['Northfield', 'Oui', 'En partie', 'rien'],
    ]);
    const plain = await runInProcess([
      'import',
      file,
      '--bank',
      'quick-check',
      '--out-dir',
      out,
      '--map',
      'organisation=Groupe',
      '--map',
      'must-do=Q1',
      '--ignore',
      'Q2',
      '--ignore',
      'Remarques',
    ]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/2:2 +error +unknown-option +"must-do": "Oui" fits no option/);
    writeFileSync(
      join(dir, 'map.yaml'),
      [
        'columns:',
        '  organisation: Groupe',
        '  must-do: Q1',
        '  definition-written: Q2',
        'ignore: [Remarques]',
        'values:',
        '  must-do: { Oui: "yes", Non: "no" }',
        '  definition-written: { "En partie": partly }',
        '',
      ].join('\n'),
    );
    const mapped = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out, '--map', join(dir, 'map.yaml')]);
    expect(mapped).toMatchObject({ code: 0, stderr: '' });
    expect(read(join(out, 'northfield.yaml')).answers).toEqual({ 'must-do': 'yes', 'definition-written': 'partly' });
  });

  test('a mapping file or --map that names no question or option is a usage error with "did you mean"', async () => {
    const { dir, file, out } = responses([
      ['Organisation', MUST_DO],
      ['Northfield', 'Yes'],
    ]);
    const flag = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out, '--map', 'must-doo=Q1']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--map must-doo=…: no detail or question "must-doo" in bank "quick-check"; did you mean "must-do"?');
    writeFileSync(join(dir, 'map.yaml'), 'values:\n  must-do: { Oui: yess }\ncolums: {}\n');
    const file2 = await runInProcess(['import', file, '--bank', 'quick-check', '--out-dir', out, '--map', join(dir, 'map.yaml')]);
    expect(file2.code).toBe(1);
    expect(file2.stderr).toMatch(/3:1 +error +unknown-key +.*"colums".*did you mean "columns"\?/);
    expect(file2.stderr).not.toMatch(STACK_TRACE);
  });

  test('--multi-separator reads options joined another way', async () => {
    const { file, out } = responses([
      ['Organisation', 'Which of these is your engagement linked to?'],
      ['Northfield', 'Your business plan | How your organisation works day to day (its culture and values)'],
    ]);
    const run = await runInProcess(['import', file, '--bank', 'ce-readiness', '--out-dir', out, '--multi-separator', '|']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(read(join(out, 'northfield.yaml')).answers).toEqual({ 'plan-links': ['business-plan', 'culture'] });
  });
});

describe('assess on a form export', () => {
  test('writes one report per response, named after its organisation, and the cohort summary', async () => {
    const { dir, file } = responses([
      ['Organisation', MUST_DO, DEFINITION],
      ['Northfield', 'Yes', 'Partly, or only in rough notes'],
      ['Riverside', 'No', 'No'],
      ['Eastgate', 'Maybe', 'No'],
    ]);
    const run = await runInProcess(['assess', file, '--bank', 'quick-check', '--out-dir', join(dir, 'reports'), '--summary', join(dir, 'summary.md')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/4:2 +error +unknown-option +"must-do": "Maybe" fits no option/);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['northfield.md', 'riverside.md']);
    expect(readFileSync(join(dir, 'reports', 'northfield.md'), 'utf8')).toContain('Northfield');
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('Riverside');
  });

  test('--combine joins the rows of one organisation into one report, named after it', async () => {
    const { dir, file } = responses([
      ['Organisation', 'Respondent', MUST_DO, DEFINITION],
      ['Northfield', 'Council officer', 'Yes', 'Partly, or only in rough notes'],
      ['Riverside', 'Chair', 'No', 'No'],
      [' northfield ', 'Police sergeant', 'No', 'No'],
    ]);
    const run = await runInProcess(['assess', file, '--bank', 'quick-check', '--out-dir', join(dir, 'reports'), '--combine']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['northfield.md', 'riverside.md']);
    const northfield = readFileSync(join(dir, 'reports', 'northfield.md'), 'utf8');
    expect(northfield).toContain('Council officer');
    expect(northfield).toContain('Police sergeant');
  });

  test('needs --bank, and refuses two inputs that would write the same report', async () => {
    const { dir, file } = responses([
      ['Organisation', MUST_DO],
      ['Northfield', 'Yes'],
    ]);
    const noBank = await runInProcess(['assess', file, '--out-dir', join(dir, 'reports')]);
    expect(noBank.code).toBe(2);
    expect(noBank.stderr).toContain('is a form export: name the bank its form was made from with --bank');
    mkdirSync(join(dir, 'groups'));
    writeFileSync(join(dir, 'groups', 'northfield.yaml'), 'bank: quick-check\norganisation:\n  name: Northfield\nanswers: {}\n');
    const clash = await runInProcess(['assess', file, join(dir, 'groups', 'northfield.yaml'), '--bank', 'quick-check', '--out-dir', join(dir, 'reports')]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/responses\.csv:2 and .*northfield\.yaml would both write/);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });
});

describe('export', () => {
  test("writes to the bank's id and the format's extension, never over a file without --force", async () => {
    const dir = tempDir();
    const first = await runCli(['export', 'quick-check', '--to', 'surveyjs'], { cwd: dir });
    expect(first).toMatchObject({ code: 0, stdout: 'wrote quick-check.survey.json\n', stderr: '' });
    const again = await runCli(['export', 'quick-check', '--to', 'surveyjs'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('quick-check.survey.json already exists; use --force to overwrite it');
    expect((await runCli(['export', 'quick-check', '--to', 'surveyjs', '--force'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['export', 'quick-check', '--to', 'xlsform'], { cwd: dir })).stdout).toBe('wrote quick-check.xlsx\n');
    expect(readFileSync(join(dir, 'quick-check.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).sort()).toEqual(['quick-check.survey.json', 'quick-check.xlsx']);
  });

  test('--to is required and checked', async () => {
    expect((await runInProcess(['export', 'quick-check'])).stderr).toContain("required option '--to <format>' not specified");
    const wrong = await runInProcess(['export', 'quick-check', '--to', 'pdf']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Allowed choices are xlsform, surveyjs, html');
  });
});

test('docs/forms.md has a worked path for every export format and every tool import knows, and paper', () => {
  const doc = readFileSync('docs/forms.md', 'utf8');
  const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  for (const format of EXPORT_FORMAT_NAMES) expect(doc).toContain(`--to ${format}`);
  for (const { name } of Object.values(TOOLS)) expect(doc).toContain(name);
  expect(headings).toEqual(expect.arrayContaining(['KoboToolbox (and other XLSForm tools)', 'SurveyJS', 'Microsoft Forms', 'Google Forms', 'On paper']));
  for (const option of ['--map', '--ignore', '--organisation', '--multi-separator', '--delimiter', '--encoding', '--sheet', '--force', '--out-dir']) {
    expect(doc).toContain(option);
  }
});
