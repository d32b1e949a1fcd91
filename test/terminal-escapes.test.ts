// Text from files (answer keys, keys under organisation and in banks, bank_version, organisation names,
// file names) reaches the terminal only through one quoting function: no control character a terminal
// would obey, and no newline that could fake a line, in any message, finding or `wrote` line.
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { terminalLines, terminalText } from '../src/format/terminal-text.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { FIXTURE_BANK, Terminal } from './helpers/terminal.js';
import { tempDir } from './helpers/temp.js';

const NORTHFIELD = 'test/fixtures/answers/northfield.yaml';
/** Sets the window title, rings the bell and clears the screen. */
const PWNED = '\u001b]0;PWNED\u0007\u001b[2J';
/** Anything a terminal would obey: C0 controls but the newline that ends a line, DEL, C1 controls, bidirectional overrides. */
const OBEYED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const northfield = readFileSync(NORTHFIELD, 'utf8');
const yamlString = (text: string) => JSON.stringify(text);

function expectInert(output: { stdout: string; stderr: string }): void {
  expect(output.stdout).not.toMatch(OBEYED);
  expect(output.stderr).not.toMatch(OBEYED);
  expect(output.stderr).not.toMatch(STACK_TRACE);
}

describe('terminalText', () => {
  it.each([
    ['plain text', 'plain text'],
    [PWNED, '\\u001b]0;PWNED\\u0007\\u001b[2J'],
    ['a\nwrote fake.yaml', 'a\\nwrote fake.yaml'],
    ['tab\tcr\r', 'tab\\tcr\\r'],
    ['csi \u009b31m', 'csi \\u009b31m'],
    ['bidi \u202eevil\u202c', 'bidi \\u202eevil\\u202c'],
    ['zero\u200bwidth', 'zero\\u200bwidth'],
    ['Ünïcödé, “quotes” — dashes', 'Ünïcödé, “quotes” — dashes'],
  ])('%j → %j', (text, shown) => {
    expect(terminalText(text)).toBe(shown);
    expect(terminalText(shown)).toBe(shown); // once quoted, quoting again changes nothing
  });

  it('keeps the lines of a document, and nothing else a terminal obeys', () => {
    expect(terminalLines(`a\n\tb${PWNED}\n`)).toBe('a\n\tb\\u001b]0;PWNED\\u0007\\u001b[2J\n');
  });
});

describe('printed through the CLI', () => {
  it('an answer key is shown quoted in its unknown-question finding', async () => {
    const dir = tempDir('escapes');
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, northfield.replace('answers:\n', `answers:\n  ${yamlString(PWNED)}: "yes"\n`));
    const run = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('unknown-question  no question "\\u001b]0;PWNED\\u0007\\u001b[2J"');
    expectInert(run);
  });

  it('a key under organisation is shown quoted in its unknown-key finding', async () => {
    const dir = tempDir('escapes');
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, northfield.replace('organisation:\n', `organisation:\n  ${yamlString(PWNED)}: x\n`));
    const run = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/unknown-key +unknown key "\\u001b\]0;PWNED/);
    expectInert(run);
  });

  it.each(['stylish', 'json', 'github'])('a key in a bank is shown quoted by lint --format %s', async (format) => {
    const dir = tempDir('escapes');
    const bank = join(dir, 'bank.yaml');
    writeFileSync(bank, readFileSync(EXAMPLE_BANK, 'utf8').replace(/^title: /m, `${yamlString(PWNED)}: x\ntitle: `));
    const run = await runInProcess(['lint', bank, '--format', format]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(format === 'json' ? 'unknown key \\"\\u001b]0;PWNED' : 'unknown key "\\u001b]0;PWNED');
    expectInert(run);
  });

  it('bank_version, which must be a version number, is shown quoted when it is refused, in assess and compare', async () => {
    const dir = tempDir('escapes');
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, northfield.replace('bank_version: 1.0.0', `bank_version: ${yamlString(`1.0.0${PWNED}`)}`));
    const assess = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
    expect(assess.code).toBe(1);
    expect(assess.stderr).toContain('not the text "1.0.0\\u001b]0;PWNED\\u0007\\u001b[2J"');
    expectInert(assess);
    const compare = await runInProcess(['compare', NORTHFIELD, file, '--bank', EXAMPLE_BANK]);
    expect(compare.code).toBe(1);
    expect(compare.stderr).toContain('not the text "1.0.0\\u001b]0;PWNED\\u0007\\u001b[2J"');
    expectInert(compare);
  });

  it("organisation names are shown quoted in compare's warning", async () => {
    const dir = tempDir('escapes');
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, northfield.replace('name: Northfield Community Safety Group', `name: ${yamlString(`Eastgate${PWNED}\nwrote fake.yaml`)}`));
    const compare = await runInProcess(['compare', NORTHFIELD, file, '--bank', EXAMPLE_BANK, '--out', join(dir, 'progress.md')]);
    expect(compare.code).toBe(0);
    expect(compare.stderr).toContain('"Eastgate\\u001b]0;PWNED\\u0007\\u001b[2J\\nwrote fake.yaml" after');
    expectInert(compare);
  });

  it('a file name is shown quoted in `wrote` lines and in the header of its findings', async () => {
    const dir = tempDir('escapes');
    const name = 'a\u001b[31m\nwrote fake';
    const groups = join(dir, 'groups');
    mkdirSync(groups);
    // A good file and a broken one, both with the hostile name (in two folders, as they would write the same report).
    copyFileSync(NORTHFIELD, join(groups, `${name}.yaml`));
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', `${name}.yml`), 'bank: [\n');
    const good = await runInProcess(['assess', groups, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
    expect(good.code).toBe(0);
    expect(good.stdout).toBe(`wrote ${join(dir, 'out')}/a\\u001b[31m\\nwrote fake.md\n`);
    expectInert(good);
    const bad = await runInProcess(['assess', join(dir, 'broken'), '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out2')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${join(dir, 'broken')}/a\\u001b[31m\\nwrote fake.yml\n`);
    expect(bad.stderr).not.toMatch(/^wrote fake/m);
    expectInert(bad);
  });

  it('a name in a usage error is shown quoted', async () => {
    const run = await runInProcess(['assess', NORTHFIELD, '--bank', `no-such${PWNED}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no built-in bank "no-such\\u001b]0;PWNED');
    expectInert(run);
  });
});

describe('in init, in a real terminal', () => {
  it("shows a resumed file's bank_version quoted when it is refused", async () => {
    const dir = tempDir('escapes');
    writeFileSync(
      join(dir, 'ce-plan-answers.yaml'),
      `bank: example\nbank_version: ${yamlString(`0.9${PWNED}`)}\norganisation: { name: Northfield CSG }\nanswers:\n  definition-written: partly\n`,
    );
    const t = new Terminal(['init', '--bank', FIXTURE_BANK, '--resume'], { cwd: dir });
    try {
      await t.waitFor('not the text "0.9\\u001b]0;PWNED\\u0007\\u001b[2J"');
      expect(await t.exited).toBe(1);
      expect(t.raw).not.toContain(PWNED);
    } finally {
      t.kill();
    }
  }, 90_000);
});
