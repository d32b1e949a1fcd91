// Issue 26: ce-plan's own messages (what a run wrote, how a batch ended, usage errors, compare's notes on
// its method) and `--help` come from the catalogue, in the first language of --lang, else English. In
// process through main(argv, io); the English of the same runs is what every other test holds.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageLanguage } from '../src/cli/message-language.js';
import { cy } from '../src/core/words/cy.js';
import { en } from '../src/core/words/en.js';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const NORTHFIELD = readFileSync('test/fixtures/answers/northfield.yaml', 'utf8');
const SPRING = 'test/fixtures/compare/northfield-2026-05.yaml';
const AUTUMN = 'test/fixtures/answers/northfield.yaml';

describe('the language of the messages', () => {
  it.each([
    [[], 'en'],
    [['assess', 'a.yaml', '--lang', 'cy'], 'cy'],
    [['assess', 'a.yaml', '--lang=cy,en'], 'cy'],
    [['assess', 'a.yaml', '--lang', 'en,cy'], 'en'],
    [['assess', 'a.yaml', '--lang', 'cy', '--lang', 'en'], 'en'],
    [['assess', '--', '--lang', 'cy'], 'en'],
    [['assess', '--lang', 'fr'], 'en'],
  ])('%j speaks %s', (argv, language) => {
    expect(messageLanguage(argv)).toBe(language);
  });
});

describe('assess --lang cy', () => {
  it('says what it wrote and how the batch ended in Welsh; without --lang, in English even for a Welsh answer file', async () => {
    const dir = tempDir('welsh-messages');
    const file = join(dir, 'northfield.yaml');
    writeFileSync(file, NORTHFIELD.replace('bank_version: 1.0.0', 'bank_version: 1.0.0\nlang: cy'));
    const out = join(dir, 'out');
    const welsh = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', out, '--format', 'md,json', '--fail-under', '99', '--lang', 'cy']);
    expect(welsh.code).toBe(1);
    expect(welsh.stdout).toBe(`wedi ysgrifennu ${join(out, 'northfield.md')}\nwedi ysgrifennu ${join(out, 'northfield.json')}\n`);
    expect(welsh.stderr).toMatch(/^ce-plan: cafodd 1 sgôr islaw --fail-under 99: .*northfield\.yaml \(\d+(\.\d)?\)\n$/);

    const english = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', out, '--fail-under', '99', '--force']);
    expect(english.stdout).toBe(`wrote ${join(out, 'northfield.md')}\n`);
    expect(english.stderr).toMatch(/^ce-plan: 1 scored under --fail-under 99: /);
  });

  it('gives a usage error in Welsh, exit 2, without a stack trace', async () => {
    const run = await runInProcess(['assess', AUTUMN, '--force', '--skip-existing', '--lang', 'cy']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ce-plan: ${cy.messages.errors.forceOrSkip}\n`);
    expect(run.stderr).toContain('defnyddiwch --force');
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("words an error thrown deep in the run (no file matches) in Welsh, and commander's own errors too", async () => {
    const none = await runInProcess(['assess', 'test/fixtures/nothing-here/*.yaml', '--lang', 'cy']);
    expect(none).toMatchObject({ code: 2, stderr: `ce-plan: nid oes ffeiliau'n cyfateb i "test/fixtures/nothing-here/*.yaml"\n` });
    const unknown = await runInProcess(['assess', AUTUMN, '--bogus', '--lang', 'cy']);
    expect(unknown).toMatchObject({ code: 2, stderr: "gwall: opsiwn anhysbys '--bogus'\n" });
    const score = await runInProcess(['assess', AUTUMN, '--fail-under', 'lots', '--lang', 'cy']);
    expect(score).toMatchObject({
      code: 2,
      stderr: "gwall: mae dadl 'lots' yr opsiwn '--fail-under <score>' yn annilys. disgwylid sgôr o 0 i 100.\n",
    });
  });
});

describe('--help --lang cy', () => {
  it("shows a command's description, arguments and options from the Welsh catalogue", async () => {
    const run = await runInProcess(['assess', '--help', '--lang', 'cy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Defnydd: ce-plan assess \[options\] <files\.\.\.>\n/);
    for (const heading of ['Dadleuon:', 'Opsiynau:', 'Enghraifft:']) expect(run.stdout).toContain(`\n${heading}\n`);
    const flat = run.stdout.replace(/\s+/g, ' ');
    for (const words of [cy.help.commands.assess, cy.help.assess.skipExisting, cy.help.help, '(rhagosodiad: "reports")']) expect(flat).toContain(words);
    expect(flat).not.toContain(en.help.assess.skipExisting);
    expect(run.stdout).not.toMatch(/^(Usage|Options|Arguments):/m);
  });

  it('shows the top level in Welsh: every command, the examples and the exit codes', async () => {
    const run = await runInProcess(['--help', '--lang', 'cy']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Defnydd: ce-plan \[options\] \[command\]\n/);
    expect(run.stdout).toContain('\nGorchmynion:\n');
    const flat = run.stdout.replace(/\s+/g, ' ');
    for (const description of Object.values(cy.help.commands)) expect(flat).toContain(description);
    expect(run.stdout).toContain('Codau gadael:');
    expect(flat).not.toContain(en.help.commands.assess);
  });

  it('stays English without --lang', async () => {
    const run = await runInProcess(['assess', '--help']);
    expect(run.stdout).toMatch(/^Usage: ce-plan assess/);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(en.help.assess.skipExisting);
  });
});

describe('compare --lang cy', () => {
  it('gives its notes on the method in Welsh, on stderr and in the progress report', async () => {
    const run = await runInProcess(['compare', AUTUMN, SPRING, '--bank', EXAMPLE_BANK, '--lang', 'cy']);
    expect(run.code).toBe(0);
    const note = cy.messages.method.datesBackwards('2026-11-20', '2026-05-20');
    expect(run.stderr).toBe(`ce-plan: rhybudd: ${note}\n`);
    expect(note).toContain("mae'r dyddiadau'n mynd tuag yn ôl");
    expect(run.stdout).toContain("Mae'r dyddiadau'n mynd tuag yn ôl: 2026-11-20 cyn, 2026-05-20 wedyn");
    expect(run.stdout).not.toContain('the dates run backwards');
  });

  it('says the method changed in Welsh, in JSON too', async () => {
    const run = await runInProcess([
      'compare',
      'test/fixtures/compare/quick-check.yaml',
      'test/fixtures/compare/ce-readiness.yaml',
      '--format',
      'json',
      '--lang',
      'cy',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ comparable: false, reasons: [`mae'r banc yn wahanol: "quick-check" cyn, "ce-readiness" wedyn`] });
    expect(run.stderr).toBe(
      `ce-plan: rhybudd: newidiodd y dull; efallai na ellir cymharu'r rhifau: mae'r banc yn wahanol: "quick-check" cyn, "ce-readiness" wedyn\n`,
    );
  });
});
