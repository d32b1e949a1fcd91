// Issue 26: a form export's own findings, reading a file, writing one, and the anonymised report's mark
// in Welsh. With `--lang cy` a form export's findings (a column that matches no question, a cell that
// fits no option) are Welsh at the same row, column and rule as the English, in `assess` and in `import`,
// on the main thread or the workers; so are a missing file and a report that exists.
import { describe, expect, it } from '@jest/globals';
import { stringify } from 'csv-stringify/sync';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const MUST_DO = 'Do your leaders see work with residents as a "must do", not an extra?';
const RESPONDING = 'When residents raise an issue, do you reply and say what you will do?';
const HEADER = ['Organisation', MUST_DO, RESPONDING, 'Favourite colour'];
const row = (name: string, mustDo = 'Yes') => [name, mustDo, 'Sometimes', 'Blue'];

/** An export with a column that matches no question, and a cell (row 3, column 2) that fits no option; `more` good rows after. */
const exportOf = (more = 0) =>
  stringify([HEADER, row('Northfield'), row('Riverside', 'Partially'), ...Array.from({ length: more }, (_, i) => row(`Group ${i}`))], {
    record_delimiter: '\r\n',
  });

/** Each finding of stylish output: its place, severity, rule and message. */
function findings(stderr: string): { at: string; rule: string; message: string }[] {
  return [...stderr.matchAll(/^ {2}(\d+:\d+) +\S+ +(\S+) +(.+)$/gm)].map(([, at, rule, message]) => ({ at: at!, rule: rule!, message: message! }));
}

async function run(command: 'assess' | 'import', text: string, ...flags: string[]) {
  const dir = tempDir('forms-welsh');
  const file = join(dir, 'responses.csv');
  writeFileSync(file, text);
  const result = await runInProcess([command, file, '--bank', 'quick-check', '--out-dir', join(dir, 'out'), ...flags]);
  expect(result.stderr).not.toMatch(STACK_TRACE);
  return result;
}

/** The English and Welsh findings of one run, checked to be at the same places under the same rules, and both there. */
async function bothLanguages(command: 'assess' | 'import', text: string) {
  const [english, welsh] = [findings((await run(command, text)).stderr), findings((await run(command, text, '--lang', 'cy')).stderr)];
  expect(welsh.map(({ at, rule }) => ({ at, rule }))).toEqual(english.map(({ at, rule }) => ({ at, rule })));
  const of = (list: typeof english, rule: string) => list.find((f) => f.rule === rule);
  return { english, welsh, of };
}

describe("a form export's own findings with --lang cy", () => {
  for (const command of ['assess', 'import'] as const) {
    it(`are in Welsh in ${command}, at the same row, column and rule as in English`, async () => {
      const { english, welsh, of } = await bothLanguages(command, exportOf());
      expect(of(english, 'unknown-column')).toMatchObject({ at: '1:4', message: expect.stringContaining('column "Favourite colour" matches no question') });
      expect(of(welsh, 'unknown-column')).toMatchObject({
        at: '1:4',
        message: expect.stringContaining('nid yw colofn "Favourite colour" yn cyfateb i unrhyw gwestiwn yn y banc "quick-check"'),
      });
      expect(of(english, 'unknown-option')).toMatchObject({ at: '3:2', message: expect.stringContaining('"Partially" fits no option') });
      expect(of(welsh, 'unknown-option')).toMatchObject({
        at: '3:2',
        message: expect.stringMatching(/^"must-do": nid yw "Partially" yn cyfateb i unrhyw opsiwn \(.*\); oeddech chi'n golygu "Partly"\?$/),
      });
    });
  }

  it('are in Welsh in a large import, whose rows are read on the worker threads', async () => {
    const { welsh, of } = await bothLanguages('import', exportOf(70));
    expect(of(welsh, 'unknown-option')).toMatchObject({ at: '3:2', message: expect.stringContaining('nid yw "Partially" yn cyfateb i unrhyw opsiwn') });
    expect(of(welsh, 'unknown-column')?.message).toContain('nid yw colofn "Favourite colour"');
  });
});

describe('reading and writing files with --lang cy', () => {
  it('says in Welsh that a file is missing', async () => {
    const dir = tempDir('forms-welsh');
    const missing = join(dir, 'missing.yaml');
    const english = await runInProcess(['assess', missing, '--bank', EXAMPLE_BANK, '--out-dir', dir]);
    const welsh = await runInProcess(['assess', missing, '--bank', EXAMPLE_BANK, '--out-dir', dir, '--lang', 'cy']);
    expect(english.stderr).toContain('no such file');
    expect(welsh.stderr).toContain('nid yw’r ffeil yn bod');
    expect(welsh.stderr).not.toContain('no such file');
    expect(welsh.code).toBe(english.code);
  });

  it('says in Welsh that a report exists, without --force', async () => {
    const dir = tempDir('forms-welsh');
    const answers = join(dir, 'northfield.yaml');
    writeFileSync(answers, readFileSync('test/fixtures/answers/northfield.yaml', 'utf8'));
    const args = ['assess', answers, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out'), '--format', 'md'];
    expect((await runInProcess(args)).code).toBe(0);
    const english = await runInProcess(args);
    const welsh = await runInProcess([...args, '--lang', 'cy']);
    expect(english.stderr).toContain('already exists; use --force to overwrite it');
    expect(welsh.stderr).toContain("yn bodoli eisoes; defnyddiwch --force i'w drosysgrifo");
    expect(welsh.stderr).not.toContain('already exists');
    expect(welsh.code).toBe(english.code);
  });
});

describe('an anonymised combined report in Welsh', () => {
  it("gives a respondent's name in free text as the Welsh mark, and each respondent as Ymatebydd N", async () => {
    const dir = tempDir('forms-welsh');
    const four = 'test/fixtures/combine';
    for (const file of readdirSync(four)) {
      let text = readFileSync(join(four, file), 'utf8');
      if (file === 'officer.yaml') text = text.replace(/little-scope: .*/, 'little-scope: "Chris Lee says the police budget is fixed."');
      writeFileSync(join(dir, file), text);
    }
    const out = join(dir, 'out');
    const result = await runInProcess([
      'assess',
      dir,
      '--bank',
      'test/fixtures/banks/example.yaml',
      '--combine',
      '--anonymise',
      '--format',
      'md',
      '--out-dir',
      out,
      '--lang',
      'cy',
    ]);
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, 'northfield-community-safety-group.md'), 'utf8');
    expect(md).toContain('\\[ymatebydd\\] says the police budget is fixed.');
    expect(md).not.toContain('Chris Lee');
    expect(md).not.toContain('a respondent');
    expect(md).toContain('| Ymatebydd 1 |');
    expect(md).not.toContain('Respondent 1');
    expect(result.stderr).toContain('[ymatebydd]');
  });
});
