// `ce-plan agree` in a real terminal (issue 25): the built CLI under node-pty, on a partnership of four
// (test/fixtures/combine/) that contests three questions, interrupted with Ctrl-C and resumed.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli } from './helpers/cli.js';
import { FIXTURE_BANK, KEY, Terminal } from './helpers/terminal.js';

const FOUR = new URL('./fixtures/combine/', import.meta.url);

let dir: string;
const terminals: Terminal[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ce-plan-agree-'));
  for (const name of await readdir(FOUR)) await copyFile(new URL(name, FOUR), join(dir, name));
});
afterEach(async () => {
  for (const t of terminals.splice(0)) t.kill();
  await rm(dir, { recursive: true, force: true });
});

function start(...args: string[]): Terminal {
  const terminal = new Terminal(['agree', '.', '--bank', FIXTURE_BANK, ...args], { cwd: dir });
  terminals.push(terminal);
  return terminal;
}

const agreement = async () => parse(await readFile(join(dir, 'agreement.yaml'), 'utf8')) as Record<string, unknown>;

describe('ce-plan agree in a terminal', () => {
  test('asks the three contested questions with what each said; Ctrl-C keeps what was agreed, and a second run resumes; assess --combine applies it', async () => {
    const first = start();
    await first.waitFor('3 questions to agree, where your answers differ.');
    // Everyone is ticked to start with.
    await first.answer('Who is here? Untick anyone who is not', KEY.enter);
    await first.waitFor('Contested question 1 of 3');
    // What each respondent answered, by role, before the question.
    await first.waitFor('Resident chair: Partly');
    await first.waitFor('Neighbourhood police sergeant: Yes');
    // The guidance's help on `?`; then Partly, the second option, by its number.
    await first.answer('Have you written down what community engagement means for your group?', '?');
    await first.waitFor('The pilot found groups did better when everyone shared one definition from the start.');
    first.write('2' + KEY.enter);
    await first.answer('Why, in one line?', 'Our notes are not a definition every partner has signed.', KEY.enter);
    await first.waitFor('Contested question 2 of 3');
    await first.answer('Which ways of engaging do you use? (tick none to leave it contested)', KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.text).toContain('the agreement so far is saved to agreement.yaml; run `ce-plan agree` on the same files again to resume');
    const saved = await agreement();
    expect(saved['agreed']).toEqual({ 'definition-written': { answer: 'partly', reason: 'Our notes are not a definition every partner has signed.' } });
    expect(saved['present']).toEqual(['Resident chair', 'Housing manager', 'Council community safety officer', 'Neighbourhood police sergeant']);

    const second = start();
    await second.answer('agreement.yaml holds 1 agreed answer. Resume, or start again?', KEY.enter);
    // The sergeant has left: this sitting's answers say who was present.
    await second.answer('Who is here? Untick anyone who is not', KEY.down, KEY.down, KEY.down, KEY.space, KEY.enter);
    // It resumes at the first question not yet agreed: the one interrupted.
    await second.waitFor('Contested question 2 of 3');
    await second.waitFor('Neighbourhood police sergeant: Meetings with service providers, Street surgeries');
    // Nothing ticked: left contested.
    await second.answer('Which ways of engaging do you use?', KEY.enter);
    await second.waitFor('Contested question 3 of 3');
    await second.answer('Do you choose each method to suit who you want to reach?', '1', KEY.enter);
    await second.answer('Why, in one line?', 'The street surgeries were placed for the estates the panel never reaches.', KEY.enter);
    await second.waitFor('2 of the 3 contested questions agreed; saved to agreement.yaml');
    expect(await second.exited).toBe(0);

    const done = await agreement();
    expect(done).toMatchObject({
      bank: 'example',
      bank_version: '1.0.0',
      organisation: { name: 'Northfield Community Safety Group', area: 'Northfield' },
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      respondents: ['chair.yaml', 'housing.yaml', 'officer.yaml', 'sergeant.yaml'].map((file) => ({ file, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })),
      present: ['Resident chair', 'Housing manager', 'Council community safety officer', 'Neighbourhood police sergeant'],
      agreed: {
        'definition-written': { answer: 'partly', reason: 'Our notes are not a definition every partner has signed.' },
        'methods-fit': {
          answer: 'yes',
          reason: 'The street surgeries were placed for the estates the panel never reaches.',
          present: ['Resident chair', 'Housing manager', 'Council community safety officer'],
        },
      },
    });
    expect(Object.keys(done['agreed'] as object)).toEqual(['definition-written', 'methods-fit']);
    expect(await readFile(join(dir, 'agreement.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+agreement\.schema\.json\n/);

    // The agreement sits with the answer files, so `assess --combine` on the folder finds and applies it.
    const assessed = await runCli(['assess', dir, '--bank', FIXTURE_BANK, '--combine', '--format', 'json', '--out-dir', join(dir, 'reports')]);
    expect(assessed.stderr).toBe('');
    expect(assessed.code).toBe(0);
    const report = JSON.parse(await readFile(join(dir, 'reports', 'northfield-community-safety-group.json'), 'utf8'));
    expect(report.agreed.map((a: { question: string }) => a.question)).toEqual(['definition-written', 'methods-fit']);
    expect(report.contested.map((c: { question: string }) => c.question)).toEqual(['methods-used']);
    expect(report.overall.score).toBeCloseTo(212.5 / 3, 9);
  }, 90_000);

  test('--resume goes on without asking; --restart starts again, keeping a copy of the agreement so far', async () => {
    const first = start();
    await first.answer('Who is here? Untick anyone who is not', KEY.enter);
    await first.answer('Have you written down', '1', KEY.enter);
    await first.answer('Why, in one line?', 'All four partners signed it in May.', KEY.enter);
    await first.answer('Which ways of engaging do you use?', KEY.ctrlC);
    expect(await first.exited).toBe(130);

    const resumed = start('--resume');
    await resumed.answer('Who is here? Untick anyone who is not', KEY.enter);
    await resumed.answer('Contested question 2 of 3', KEY.ctrlC);
    expect(await resumed.exited).toBe(130);
    expect(resumed.text).not.toContain('Resume, or start again?');

    const restarted = start('--restart');
    await restarted.waitFor('The old answers are kept in agreement.yaml.bak; agreement.yaml will hold the new ones.');
    await restarted.answer('Who is here? Untick anyone who is not', KEY.enter);
    await restarted.answer('Contested question 1 of 3', KEY.ctrlC);
    expect(await restarted.exited).toBe(130);
    expect(parse(await readFile(join(dir, 'agreement.yaml.bak'), 'utf8')).agreed).toEqual({
      'definition-written': { answer: 'yes', reason: 'All four partners signed it in May.' },
    });
  }, 90_000);

  test('--anonymise names the respondents "Respondent N" and --plain lists numbered options', async () => {
    const t = start('--anonymise', '--plain', '--out', 'meeting.agreement.yaml');
    await t.answer('Who is here? Untick anyone who is not', KEY.enter);
    await t.waitFor('Respondent 1: Partly');
    await t.waitFor('Respondent 4: Yes');
    await t.answer('Choose 1-4', '3', KEY.enter);
    await t.answer('Why, in one line?', 'Nothing is written down.', KEY.enter);
    await t.answer('Which ways of engaging do you use?', KEY.ctrlC);
    expect(await t.exited).toBe(130);
    expect(t.text).not.toMatch(/Resident chair|Housing manager|sergeant/);
    const saved = parse(await readFile(join(dir, 'meeting.agreement.yaml'), 'utf8'));
    expect(saved.present).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3', 'Respondent 4']);
    expect(saved.agreed).toEqual({ 'definition-written': { answer: 'no', reason: 'Nothing is written down.' } });
  }, 60_000);
});

describe('ce-plan agree without a terminal', () => {
  test('is refused with exit 2 and the way on: a blank agreement from ce-plan template --agree', async () => {
    const result = await runCli(['agree', dir, '--bank', FIXTURE_BANK]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ce-plan template --agree');
    expect(await readdir(dir)).not.toContain('agreement.yaml');
  });
});
