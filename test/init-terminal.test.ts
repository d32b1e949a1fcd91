// `ce-plan init` in a real terminal: the built CLI under node-pty.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { loadAnswerFile } from '../src/pipeline/answer-shape.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { readTracker } from '../src/pipeline/tracker-file.js';
import { runCli } from './helpers/cli.js';
import { CLI, FIXTURE_BANK, KEY, Terminal } from './helpers/terminal.js';
import { en } from '../src/core/words/en.js';

let dir: string;
const terminals: Terminal[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ce-plan-init-'));
});
afterEach(async () => {
  for (const t of terminals.splice(0)) t.kill();
  await rm(dir, { recursive: true, force: true });
});

function start(...args: string[]): Terminal {
  const terminal = new Terminal(['init', '--bank', FIXTURE_BANK, ...args], { cwd: dir });
  terminals.push(terminal);
  return terminal;
}

async function savedAnswers() {
  const loaded = await loadAnswerFile(join(dir, 'ce-plan-answers.yaml'), en);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value.content;
}

/** The organisation's details and the first section: Partly, then 4 on the scale. */
async function answerFirstSection(t: Terminal) {
  await t.answer('Organisation name', 'Northfield CSG', KEY.enter);
  await t.answer('Area (optional)', KEY.enter);
  await t.answer('Completed by (optional)', 'Sam Patel', KEY.enter);
  await t.waitFor('Section 1 of 2 · Question 1 of about 6');
  // Lists start on no answer, best first: Yes, Partly, No; the scale 5 to 1. Partly by arrows, 4 by its number.
  await t.answer('Have you written down', KEY.down, KEY.down, KEY.enter);
  await t.answer('How well do your partners understand', '4', KEY.enter);
}

/** The organisation's details, with the optional ones left empty. */
async function answerOrganisation(t: Terminal) {
  await t.answer('Organisation name', 'Northfield', KEY.enter);
  await t.answer('Area (optional)', KEY.enter);
  await t.answer('Completed by (optional)', KEY.enter);
}

async function answerSecondSection(t: Terminal) {
  await t.answer('Which ways of engaging do you use?', KEY.space, KEY.down, KEY.space, KEY.enter);
  await t.answer('Do you choose each method', KEY.down, KEY.enter);
  await t.answer('About how many hours a month', '12', KEY.enter);
  await t.answer('Where is there little scope', 'Parking enforcement', KEY.enter);
}

const ALL_ANSWERS = {
  'definition-written': 'partly',
  'definition-shared': 4,
  'methods-used': ['meetings', 'street-surgery'],
  'methods-fit': 'yes',
  hours: 12,
  'little-scope': 'Parking enforcement',
};

describe('ce-plan init in a terminal', () => {
  test('before its first question on a built-in bank, init loads neither zod nor yaml, and of inquirer only the prompts it uses', async () => {
    const log = join(dir, 'imports.log');
    const logger = fileURLToPath(new URL('./helpers/import-logger.mjs', import.meta.url));
    const t = new Terminal(['init'], { cwd: dir, env: { NODE_OPTIONS: `--import ${logger}`, IMPORT_LOG: log } });
    terminals.push(t);
    await t.waitFor('Organisation name');
    const loaded = await readFile(log, 'utf8');
    expect(loaded).toContain('/node_modules/@inquirer/select/'); // the log works
    expect(loaded).not.toContain('/node_modules/zod/');
    expect(loaded).not.toContain('/node_modules/yaml/');
    const inquirer = new Set([...loaded.matchAll(/\/node_modules\/@inquirer\/([^/]+)\//g)].map((m) => m[1]));
    expect([...inquirer].sort()).toEqual(['ansi', 'checkbox', 'core', 'figures', 'input', 'select', 'type']);
    // The answer file is still written once there is an answer, its writer loaded then.
    t.write('Northfield CSG' + KEY.enter);
    await t.answer('Area (optional)', KEY.enter);
    await t.answer('Completed by (optional)', KEY.enter, KEY.ctrlC);
    expect(await t.exited).toBe(130);
    expect(await readFile(join(dir, 'ce-plan-answers.yaml'), 'utf8')).toMatch(/^ {2}name: Northfield CSG$/m);
  });

  test('answers a bank from start to end and saves every answer', async () => {
    const t = start();
    await answerFirstSection(t);
    await answerSecondSection(t);
    await t.waitFor('report written to ce-plan-report.md');
    expect(await t.exited).toBe(0);
    expect(await readFile(join(dir, 'ce-plan-report.md'), 'utf8')).toMatch(/^# /m);
    const content = await savedAnswers();
    expect(content.organisation).toMatchObject({ name: 'Northfield CSG', completed_by: 'Sam Patel' });
    expect(content.organisation.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(content.answers).toEqual(ALL_ANSWERS);
  }, 90_000);

  test('--format md,html writes the HTML report beside the Markdown one, named after --out', async () => {
    const t = start('--format', 'md,html', '--out', 'northfield.md');
    await answerFirstSection(t);
    await answerSecondSection(t);
    await t.waitFor('report written to northfield.html');
    expect(await t.exited).toBe(0);
    const html = await readFile(join(dir, 'northfield.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h1>Readiness report: Northfield CSG</h1>');
    expect(await readFile(join(dir, 'northfield.md'), 'utf8')).toContain('# Readiness report: Northfield CSG');
  }, 90_000);

  test('--tracker writes the action tracker beside the report, one row per action of its plan', async () => {
    const t = start('--tracker', '--format', 'md,json', '--out', 'northfield.md');
    await answerFirstSection(t);
    await answerSecondSection(t);
    await t.waitFor('report written to northfield.tracker.xlsx');
    expect(await t.exited).toBe(0);
    const report = JSON.parse(await readFile(join(dir, 'northfield.json'), 'utf8')) as { objectives: { id: string }[] };
    const tracker = await readTracker(join(dir, 'northfield.tracker.xlsx'), en);
    if (!tracker.ok) throw new Error(JSON.stringify(tracker.diagnostics));
    const planned = report.objectives.map((o) => o.id);
    expect(planned.length).toBeGreaterThan(0);
    expect(tracker.value.actions.map((a) => a.id)).toEqual(planned);
    expect(tracker.value.actions.every((a) => a.status === 'Not started')).toBe(true);
  }, 90_000);

  test('--out with the extension of another format: each format still gets a path of its own', async () => {
    const t = start('--format', 'md,html', '--out', 'northfield.html');
    await answerFirstSection(t);
    await answerSecondSection(t);
    await t.waitFor('report written to northfield.html');
    expect(await t.exited).toBe(0);
    expect(await readFile(join(dir, 'northfield.md'), 'utf8')).toMatch(/^# Readiness report: Northfield CSG/m);
    expect(await readFile(join(dir, 'northfield.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  }, 90_000);

  test('completes quick-check from start to report, with the terminal summary', async () => {
    const { bank } = await loadBank('quick-check', 'en');
    const t = new Terminal(['init', '--bank', 'quick-check', '--format', 'md,json'], { cwd: dir });
    terminals.push(t);
    await t.answer('Organisation name', 'Riverside Partnership', KEY.enter);
    await t.answer('Area (optional)', KEY.enter);
    await t.answer('Completed by (optional)', KEY.enter);
    // Take the first option of every question (and a plain figure or sentence for the rest),
    // following the skip logic as the answers open or close questions.
    const given = new Map<string, Answer>();
    for (
      let next = shownQuestions(bank, given).find(({ question }) => !given.has(question.id));
      next;
      next = shownQuestions(bank, given).find(({ question }) => !given.has(question.id))
    ) {
      const { question } = next;
      await t.waitFor(question.prompt);
      if (question.type === 'single') {
        t.write(KEY.down + KEY.enter);
        given.set(question.id, question.options[0]!.value);
      } else if (question.type === 'multi') {
        t.write(KEY.space + KEY.enter);
        given.set(question.id, [question.options[0]!.value]);
      } else if (question.type === 'scale') {
        // Best first: its lowest point is typed by its number.
        t.write(String(question.scale.min) + KEY.enter);
        given.set(question.id, question.scale.min);
      } else if (question.type === 'number') {
        t.write('3' + KEY.enter);
        given.set(question.id, 3);
      } else {
        t.write('We would explain what we can change.' + KEY.enter);
        given.set(question.id, 'We would explain what we can change.');
      }
    }
    await t.waitFor('ce-plan-report.json');
    expect(await t.exited).toBe(0);
    expect(t.text).toMatch(/Overall: \d+ \/ 100/);
    expect(t.text).toContain('report written to ce-plan-report.md');
    expect((await savedAnswers()).answers).toEqual(Object.fromEntries(given));
    const report = await readFile(join(dir, 'ce-plan-report.md'), 'utf8');
    expect(report).toContain('Riverside Partnership');
    const json = JSON.parse(await readFile(join(dir, 'ce-plan-report.json'), 'utf8')) as { bank: { id: string }; completeness: { ratio: number } };
    expect(json.bank.id).toBe('quick-check');
    expect(json.completeness.ratio).toBe(1);
  }, 120_000);

  test('Ctrl-C exits 130 with the answers saved, and a second run resumes where it stopped', async () => {
    const first = start();
    await answerFirstSection(first);
    await first.answer('Which ways of engaging do you use?', KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.text).toContain(`answers saved to ce-plan-answers.yaml; run \`ce-plan init --bank ${FIXTURE_BANK}\` again to resume`);
    const interrupted = await savedAnswers();
    expect(interrupted.organisation.name).toBe('Northfield CSG');
    expect(interrupted.answers).toEqual({ 'definition-written': 'partly', 'definition-shared': 4 });
    // The interrupted file is a valid answer file: assess reports on it with what was answered.
    const assessed = await runCli(['assess', 'ce-plan-answers.yaml', '--bank', FIXTURE_BANK, '--out-dir', 'partial', '--format', 'json'], { cwd: dir });
    expect(assessed.code).toBe(0);
    const partial = JSON.parse(await readFile(join(dir, 'partial', 'ce-plan-answers.json'), 'utf8')) as { completeness: { answered: number } };
    expect(partial.completeness.answered).toBe(2);

    const second = start();
    await second.answer('holds 2 answers for Northfield CSG. Resume, or start again?', KEY.enter);
    await answerSecondSection(second);
    await second.waitFor('answers saved to');
    expect(await second.exited).toBe(0);
    expect(second.text).not.toContain('Organisation name');
    expect(second.text).not.toContain('Have you written down');
    const content = await savedAnswers();
    expect(content.organisation).toMatchObject({ name: 'Northfield CSG', completed_by: 'Sam Patel', date: interrupted.organisation.date });
    expect(content.answers).toEqual(ALL_ANSWERS);
  }, 90_000);

  test.each([
    ['a closed terminal (HUP)', undefined],
    ['TERM', 'SIGTERM' as const],
  ])(
    '%s ends the interview as Ctrl-C does: exit 130, the answers saved, the lock let go',
    async (_what, signal) => {
      const t = start();
      await answerFirstSection(t);
      await t.waitFor('Which ways of engaging do you use?');
      t.kill(signal);
      expect(await t.exited).toBe(130);
      expect((await savedAnswers()).answers).toEqual({ 'definition-written': 'partly', 'definition-shared': 4 });
      expect(await readdir(dir)).toEqual(['ce-plan-answers.yaml']);
    },
    90_000,
  );

  test('--respondent writes who answered into the answer file, and a resumed run keeps it', async () => {
    const first = start('--respondent', 'Alex Morgan, Council officer');
    await answerFirstSection(first);
    await first.answer('Which ways of engaging do you use?', KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect((await savedAnswers()).respondent).toEqual({ name: 'Alex Morgan', role: 'Council officer' });
    const second = start('--resume');
    await answerSecondSection(second);
    await second.waitFor('answers saved to');
    expect(await second.exited).toBe(0);
    expect((await savedAnswers()).respondent).toEqual({ name: 'Alex Morgan', role: 'Council officer' });
  }, 90_000);

  test('--plain: numbered options, typed answers, back and refusals, no cursor movement', async () => {
    const t = start('--plain');
    await answerOrganisation(t);
    await t.answer('2) Partly', '2', KEY.enter);
    await t.answer('  1 — Not at all\r\nChoose 1-5', '4', KEY.enter);
    await t.answer('3) None of these', '1,3', KEY.enter);
    await t.answer('"None of these" cannot be combined with other options.', '1,2', KEY.enter);
    await t.answer('Do you choose each method', '<', KEY.enter);
    await t.answer('Choose one or more, separated by commas [1,2]', KEY.enter);
    await t.answer('3) Not applicable', '3', KEY.enter);
    await t.answer('About how many hours a month', '1.5', KEY.enter);
    await t.answer('Enter a whole number.', '12', KEY.enter);
    await t.answer('Where is there little scope', 'Parking enforcement', KEY.enter);
    await t.waitFor('answers saved to');
    expect(await t.exited).toBe(0);
    // Cursor movement, erasing and cursor hiding: none of it in plain mode.
    expect(t.raw).not.toMatch(/\x1b\[\d*[ABCDEFGHJK]|\x1b\[\?25[lh]/);
    expect((await savedAnswers()).answers).toEqual({ ...ALL_ANSWERS, 'methods-fit': 'na' });
  }, 90_000);

  test('--plain: Ctrl-C also exits 130 with the answers saved', async () => {
    const t = start('--plain');
    await answerOrganisation(t);
    await t.answer('2) Partly', '3', KEY.enter);
    await t.answer('Which ways of engaging', KEY.ctrlC);
    expect(await t.exited).toBe(130);
    expect(t.text).toContain('answers saved to ce-plan-answers.yaml; run `ce-plan init');
    expect((await savedAnswers()).answers).toEqual({ 'definition-written': 'no' });
  }, 90_000);

  test('TERM=dumb chooses the plain mode', async () => {
    const t = new Terminal(['init', '--bank', FIXTURE_BANK], { cwd: dir, env: { TERM: 'dumb' } });
    terminals.push(t);
    await answerOrganisation(t);
    await t.waitFor('  1) Yes');
    await t.answer('Choose 1-3 (? help, < back): ', KEY.ctrlC);
    expect(await t.exited).toBe(130);
  }, 90_000);

  test('a resumed answer that no longer fits its question is shown and asked again', async () => {
    await writeFile(
      join(dir, 'ce-plan-answers.yaml'),
      'bank: example\norganisation: { name: Northfield CSG }\nanswers:\n  definition-written: partly\n  definition-shared: 9\n',
    );
    const t = start('--resume');
    await t.waitFor('"definition-shared": must be a whole number from 1 to 5, not the number 9');
    await t.answer('How well do your partners understand', '1', KEY.enter);
    await t.answer('Which ways of engaging do you use?', KEY.ctrlC);
    expect(await t.exited).toBe(130);
    expect((await savedAnswers()).answers).toEqual({ 'definition-written': 'partly', 'definition-shared': 1 });
  }, 90_000);

  test('--out on the answer file is refused before any question, by whatever name reaches it', async () => {
    const t = start('--out', 'ce-plan-answers.yaml');
    await t.waitFor('would overwrite the answer file');
    expect(await t.exited).toBe(2);
    const answers = 'bank: example\norganisation:\n  name: Northfield CSG\nanswers: {}\n';
    await writeFile(join(dir, 'ce-plan-answers.yaml'), answers);
    await symlink('ce-plan-answers.yaml', join(dir, 'report.md'));
    const linked = start('--out', 'report.md', '--force');
    await linked.waitFor('--out report.md would overwrite the answer file ce-plan-answers.yaml');
    expect(await linked.exited).toBe(2);
    expect(await readFile(join(dir, 'ce-plan-answers.yaml'), 'utf8')).toBe(answers);
  }, 90_000);

  test('--answers through a symbolic link: every save lands on its target, and the link stays a link', async () => {
    await mkdir(join(dir, 'synced'));
    await symlink(join('synced', 'northfield.yaml'), join(dir, 'link.yaml'));
    const t = start('--answers', 'link.yaml');
    await answerFirstSection(t);
    await t.answer('Which ways of engaging do you use?', KEY.ctrlC);
    expect(await t.exited).toBe(130);
    expect((await lstat(join(dir, 'link.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'synced', 'northfield.yaml'), 'utf8')).toContain('definition-shared: 4');
    expect((await readdir(join(dir, 'synced'))).filter((name) => !name.endsWith('.lock'))).toEqual(['northfield.yaml']);
  }, 90_000);

  test('--format md,json writes both reports or neither', async () => {
    await mkdir(join(dir, 'ce-plan-report.json'));
    const t = start('--format', 'md,json', '--force');
    await answerFirstSection(t);
    await answerSecondSection(t);
    await t.waitFor('cannot write ce-plan-report.json');
    expect(await t.exited).toBe(2);
    expect(existsSync(join(dir, 'ce-plan-report.md'))).toBe(false);
    expect(existsSync(join(dir, 'ce-plan-answers.yaml'))).toBe(true);
  }, 90_000);

  test('an existing report is never overwritten without --force', async () => {
    await writeFile(join(dir, 'ce-plan-report.md'), '# kept\n');
    const t = start();
    await t.waitFor('ce-plan-report.md already exists; use --force');
    expect(await t.exited).toBe(2);
    expect(await readFile(join(dir, 'ce-plan-report.md'), 'utf8')).toBe('# kept\n');
  }, 90_000);

  test('CI set: exits 2 at once, pointing to template and assess', async () => {
    const t = new Terminal(['init', '--bank', FIXTURE_BANK], { cwd: dir, env: { CI: 'true' } });
    terminals.push(t);
    expect(await t.exited).toBe(2);
    expect(t.text).toContain('ce-plan template');
  }, 90_000);
});

describe('one answer file, one interview at a time (issue 28)', () => {
  test('a second interview on the same answer file, by any name, is refused, naming the file and the ways on; the first loses nothing', async () => {
    const first = start();
    await answerFirstSection(first);
    await first.waitFor('Section 2 of 2');
    await symlink('ce-plan-answers.yaml', join(dir, 'alias.yaml'));
    for (const args of [[], ['--answers', 'alias.yaml', '--out', 'alias.md']]) {
      const second = start(...args);
      expect(await second.exited).toBe(2);
      const message = second.text.replace(/\r?\n/g, ' ');
      expect(message).toContain(`is open in another interview (process ${first.pid}, since `);
      expect(message).toContain('Finish that interview first, or give each person an answer file of their own (--answers FILE).');
      expect(message).not.toContain('Resume');
    }
    expect(existsSync(join(dir, 'ce-plan-answers.yaml.lock'))).toBe(true);
    await answerSecondSection(first);
    await first.waitFor('report written to');
    expect(await first.exited).toBe(0);
    expect((await savedAnswers()).answers).toEqual(ALL_ANSWERS);
    // Released at the end, so the next interview may begin.
    expect(existsSync(join(dir, 'ce-plan-answers.yaml.lock'))).toBe(false);
  }, 90_000);

  test('the lock of an interview killed outright (kill -9) does not block the next one, which says so and resumes', async () => {
    const first = start();
    await answerFirstSection(first);
    await first.waitFor('Which ways of engaging do you use?');
    first.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dir, 'ce-plan-answers.yaml.lock'))).toBe(true);
    const second = start();
    await second.waitFor(`An interview of ce-plan-answers.yaml that stopped without finishing (process ${first.pid}) left its lock; it is removed.`);
    await second.answer('holds 2 answers for Northfield CSG. Resume, or start again?', KEY.enter);
    await answerSecondSection(second);
    await second.waitFor('report written to');
    expect(await second.exited).toBe(0);
    expect((await savedAnswers()).answers).toEqual(ALL_ANSWERS);
    expect(await readdir(dir)).toEqual(['ce-plan-answers.yaml', 'ce-plan-report.md']);
  }, 90_000);

  test('a lock held on another host is left alone, and the message says how to clear it', async () => {
    const lock = join(dir, 'ce-plan-answers.yaml.lock');
    await writeFile(lock, JSON.stringify({ pid: 1, host: 'elsewhere.example', since: '2026-12-01T09:00:00.000Z' }));
    const t = start();
    expect(await t.exited).toBe(2);
    const message = t.text.replace(/\r?\n/g, ' ');
    expect(message).toContain('ce-plan-answers.yaml is open in another interview (process 1 on elsewhere.example, since 2026-12-01T09:00:00.000Z).');
    expect(message).toContain('If that interview is no longer running, delete ce-plan-answers.yaml.lock and run this again.');
    expect(existsSync(lock)).toBe(true);
  }, 90_000);
});

/** The example bank, changed for one test and written into its temp folder: help on the multiple choice, or another id. */
async function exampleBankWith(change: (text: string) => string): Promise<string> {
  const file = join(dir, 'bank.yaml');
  await writeFile(file, change(await readFile(FIXTURE_BANK, 'utf8')));
  return file;
}

const METHODS_HELP = 'Inward-facing methods meet service providers; outward-facing ones go where residents are.';
const withMethodsHelp = (text: string) =>
  text.replace('        prompt: Which ways of engaging do you use?\n', `        prompt: Which ways of engaging do you use?\n        help: ${METHODS_HELP}\n`);

/** Every progress marker shown so far, in order: [position, total], with the total's "about". */
function progressMarkers(t: Terminal): { position: number; total: string }[] {
  return [...t.text.matchAll(/Section \d+ of \d+ · Question (\d+) of ((?:about )?\d+)/g)].map((m) => ({ position: Number(m[1]), total: m[2]! }));
}

const COMPLETE_FILE = [
  'bank: example',
  'organisation: { name: Northfield CSG, date: 2026-11-20 }',
  'answers:',
  '  definition-written: partly',
  '  definition-shared: 4',
  '  methods-used: [meetings, street-surgery]',
  '  methods-fit: "yes"',
  '  hours: 12',
  '  little-scope: Parking enforcement',
  '',
].join('\n');

describe('the first hour in a terminal (issue 16)', () => {
  test('the start says how long the bank takes, and the counter keeps its total and moves by one', async () => {
    const t = start();
    await t.waitFor('6 questions (1 asked only after certain answers): about 3 minutes at most, an estimate.');
    await answerOrganisation(t);
    // "No" closes the follow-up: the next question is still only one on.
    await t.answer('Have you written down', KEY.down, KEY.down, KEY.down, KEY.enter);
    await t.answer('Which ways of engaging do you use?', KEY.escape);
    // Back, and "Yes" opens the follow-up: it is simply the next question.
    await t.answer('Have you written down', KEY.up, KEY.up, KEY.enter);
    await t.answer('How well do your partners understand', '1', KEY.enter);
    await answerSecondSection(t);
    await t.waitFor('answers saved to');
    expect(await t.exited).toBe(0);
    const markers = progressMarkers(t);
    expect(markers.map((m) => m.position)).toEqual([1, 2, 1, 2, 3, 4, 5, 6]);
    // The total never changes, so it never shrinks and never jumps; the position moves by one, down only on Back.
    expect(new Set(markers.map((m) => m.total))).toEqual(new Set(['about 6']));
    const steps = markers.slice(1).map((m, i) => m.position - markers[i]!.position);
    expect(steps.every((step) => step === 1 || step === -1)).toBe(true);
    expect(steps.filter((step) => step === -1)).toHaveLength(1);
    expect((await savedAnswers()).answers).toEqual({ ...ALL_ANSWERS, 'definition-shared': 1, 'definition-written': 'yes' });
  }, 90_000);

  test('multiple choice: help and back are keys in the hint, never options, and work with options ticked', async () => {
    const bankFile = await exampleBankWith(withMethodsHelp);
    const t = new Terminal(['init', '--bank', bankFile], { cwd: dir });
    terminals.push(t);
    await answerOrganisation(t);
    await t.answer('Have you written down', '3', KEY.enter);
    await t.waitFor('Which ways of engaging do you use?');
    await t.answer('space select • ⏎ submit • ? help • esc back', KEY.space);
    await t.answer('◉ Meetings with service providers', '?');
    await t.waitFor(METHODS_HELP);
    // Asked again after its help, the list keeps the tick it had.
    await t.waitFor('Which ways of engaging do you use?');
    await t.answer('◉ Meetings with service providers', KEY.down, KEY.space, KEY.enter);
    await t.answer('Do you choose each method', KEY.escape);
    // Back on the multiple choice, with its answer ticked; Esc there goes back again.
    await t.waitFor('◉ Street surgeries');
    await t.write(KEY.escape);
    await t.answer('Have you written down', KEY.enter);
    await t.answer('Which ways of engaging do you use?', KEY.enter);
    await t.answer('Do you choose each method', '1', KEY.enter);
    await t.answer('About how many hours a month', '12', KEY.enter);
    await t.answer('Where is there little scope', 'Parking enforcement', KEY.enter);
    await t.waitFor('answers saved to');
    expect(await t.exited).toBe(0);
    expect(t.text).not.toMatch(/[◯◉] (\? Help|← Back)/);
    expect(t.text).not.toContain('on its own');
    const { 'definition-shared': _hidden, ...rest } = ALL_ANSWERS;
    expect((await savedAnswers()).answers).toEqual({ ...rest, 'definition-written': 'no' });
  }, 90_000);

  test('after help and back the scrollback reads as the answers given, and Back shows the section intro again', async () => {
    const t = start();
    await t.answer('Organisation name', 'Northfield', KEY.enter);
    await t.answer('Area (optional)', '<', KEY.enter);
    await t.answer('Organisation name', KEY.enter);
    await t.answer('Area (optional)', KEY.enter);
    await t.answer('Completed by (optional)', KEY.enter);
    await t.answer('Have you written down', '?');
    await t.waitFor('The pilot found');
    await t.answer('Have you written down', '2', KEY.enter);
    await t.answer('How well do your partners understand', KEY.escape);
    await t.answer('Have you written down', KEY.enter);
    await t.answer('How well do your partners understand', KEY.down, KEY.down, KEY.enter);
    await t.waitFor('Which ways of engaging do you use?');
    const screen = t.screen;
    expect(screen.slice(0, screen.indexOf('How you engage'))).toEqual([
      'Example readiness check (example 1.0.0)',
      '6 questions (1 asked only after certain answers): about 3 minutes at most, an estimate. Answers are saved as you go.',
      '✔ Organisation name Northfield',
      '✔ Organisation name Northfield',
      '✔ Area (skipped)',
      '✔ Completed by (skipped)',
      '',
      'What you mean by engagement',
      'These questions are about how your group defines community engagement.',
      // One line per answer: the progress marker and the help went when the question was answered.
      '✔ Have you written down what community engagement means for your group? Partly',
      '',
      'What you mean by engagement',
      'These questions are about how your group defines community engagement.',
      '✔ Have you written down what community engagement means for your group? Partly',
      '✔ How well do your partners understand that definition? 4',
      '',
    ]);
    expect(screen.filter((line) => /Help|Back|back\)/.test(line))).toEqual([]);
  }, 90_000);

  test('--plain takes an option by its label or value, in any case, and words a scale by its own points', async () => {
    const t = start('--plain');
    await answerOrganisation(t);
    await t.answer('2) Partly', 'sometimes', KEY.enter);
    await t.answer('Enter a number from 1 to 3, or an option as it is written.', 'PARTLY', KEY.enter);
    await t.answer('  5 — Fully\r\n  4\r\n  3\r\n  2\r\n  1 — Not at all\r\nChoose 1-5', 'fully', KEY.enter);
    await t.answer('3) None of these', 'meetings, Street Surgeries', KEY.enter);
    await t.answer('3) Not applicable', 'not applicable', KEY.enter);
    await t.answer('About how many hours a month', 'lots', KEY.enter);
    await t.answer('Enter a whole number, such as 12.', '12', KEY.enter);
    await t.answer('Where is there little scope', 'Parking enforcement', KEY.enter);
    await t.waitFor('answers saved to');
    expect(await t.exited).toBe(0);
    expect(t.text).not.toMatch(/\d\) \d —/);
    expect((await savedAnswers()).answers).toEqual({ ...ALL_ANSWERS, 'definition-shared': 5, 'methods-fit': 'na' });
  }, 90_000);

  test('--restart asks before replacing a complete assessment, and keeps a copy of whatever it replaces', async () => {
    const answersFile = join(dir, 'ce-plan-answers.yaml');
    await writeFile(answersFile, COMPLETE_FILE);
    const kept = start('--restart');
    await kept.answer('holds a complete assessment for Northfield CSG (6 answers to example). Replace it?', KEY.enter);
    await kept.waitFor('ce-plan-answers.yaml is left as it was');
    expect(await kept.exited).toBe(0);
    expect(await readFile(answersFile, 'utf8')).toBe(COMPLETE_FILE);
    expect(existsSync(`${answersFile}.bak`)).toBe(false);

    const replaced = start('--restart');
    await replaced.answer('holds a complete assessment', KEY.down, KEY.enter);
    await replaced.waitFor('The old answers are kept in ce-plan-answers.yaml.bak; ce-plan-answers.yaml will hold the new ones.');
    await replaced.answer('Organisation name', 'Riverside', KEY.enter);
    await replaced.answer('Area (optional)', KEY.ctrlC);
    expect(await replaced.exited).toBe(130);
    expect(await readFile(`${answersFile}.bak`, 'utf8')).toBe(COMPLETE_FILE);
    expect((await savedAnswers()).organisation.name).toBe('Riverside');

    // An assessment that is not complete is replaced without asking, and its copy never overwrites an older one.
    const again = start('--restart');
    await again.waitFor('The old answers are kept in ce-plan-answers.yaml.2.bak');
    await again.answer('Organisation name', KEY.ctrlC);
    expect(await again.exited).toBe(130);
    expect(again.text).not.toContain('Replace it?');
    expect(await readFile(`${answersFile}.bak`, 'utf8')).toBe(COMPLETE_FILE);
    expect(await readFile(`${answersFile}.2.bak`, 'utf8')).toContain('name: Riverside');
  }, 90_000);

  test('next to an answer file of another bank, init suggests a new --answers file first, and changes nothing', async () => {
    const bankFile = await exampleBankWith((text) => text.replace(/^id: example$/m, 'id: example-two'));
    await writeFile(join(dir, 'ce-plan-answers.yaml'), COMPLETE_FILE);
    const t = new Terminal(['init', '--bank', bankFile], { cwd: dir });
    terminals.push(t);
    expect(await t.exited).toBe(2);
    const message = t.text.replace(/\r?\n/g, ' ');
    expect(message).toContain(
      'ce-plan-answers.yaml answers the bank "example", not "example-two". To answer example-two beside it, use --answers example-two-answers.yaml;',
    );
    expect(message.indexOf('--answers')).toBeLessThan(message.indexOf('--restart'));
    expect(await readFile(join(dir, 'ce-plan-answers.yaml'), 'utf8')).toBe(COMPLETE_FILE);
  }, 90_000);
});

test('stdin from a pipe: exits 2 with a message pointing to template and assess, without waiting for input', async () => {
  // The pipe stays open and empty, so a run that waited for input would hang until the guard kills it.
  const child = spawn(process.execPath, [CLI, 'init', '--bank', FIXTURE_BANK], { stdio: 'pipe' });
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(guard);
  child.stdin.end();
  expect(signal).toBeNull();
  expect(code).toBe(2);
  expect(stderr).toContain('ce-plan template');
  expect(stderr).toContain('ce-plan assess');
  expect(stdout).toBe('');
});

describe("the interview's rough edges (issue 28)", () => {
  test("the README's recipe for a second respondent: init --answers in the same folder gets a report named after its answers", async () => {
    const first = start();
    await answerFirstSection(first);
    await answerSecondSection(first);
    await first.waitFor('report written to ce-plan-report.md');
    expect(await first.exited).toBe(0);
    const second = start('--answers', 'sergeant.yaml', '--respondent', 'Sam Patel, Neighbourhood police sergeant');
    await answerFirstSection(second);
    await answerSecondSection(second);
    await second.waitFor('report written to sergeant.md');
    expect(await second.exited).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['ce-plan-answers.yaml', 'ce-plan-report.md', 'sergeant.md', 'sergeant.yaml']);
    const combined = await runCli(['assess', 'ce-plan-answers.yaml', 'sergeant.yaml', '--bank', FIXTURE_BANK, '--combine', '--out-dir', 'combined'], {
      cwd: dir,
    });
    expect(combined.code).toBe(0);
    expect(await readdir(join(dir, 'combined'))).toEqual(['northfield-csg.md']);
  }, 90_000);

  test('section introductions and help break at word boundaries at any width (120 columns here)', async () => {
    // Long enough that a terminal left to wrap them would split "Organisations" at column 120.
    const intro = `These questions are about how your group defines community engagement. ${'Word '.repeat(9)}Organisations that engage well agree one meaning first.`;
    const help = `${'Help '.repeat(21)}Organisations that engage well agree one meaning first, and say it to every partner.`;
    const bankFile = await exampleBankWith((text) =>
      text
        .replace('intro: These questions are about how your group defines community engagement.', `intro: ${intro}`)
        .replace('help: The pilot found groups did better when everyone shared one definition from the start.', `help: ${help}`),
    );
    const t = new Terminal(['init', '--bank', bankFile], { cwd: dir });
    terminals.push(t);
    await answerOrganisation(t);
    await t.answer('Have you written down', '?');
    await t.waitFor('say it to every partner.');
    await t.waitFor('Have you written down');
    const rows = t.screen;
    for (const text of [intro, help]) {
      const words = text.split(' ');
      const shown = rows.filter((row) => row.length > 0 && text.includes(row.trim()) && row.trim().split(' ').length > 2);
      // The rows hold the text's words in order, each whole, and none is longer than the terminal.
      expect(shown.join(' ').split(' ')).toEqual(words);
      for (const row of shown) expect(row.length).toBeLessThan(120);
    }
    expect(rows.some((row) => row.endsWith('Organisati'))).toBe(false);
    t.write(KEY.ctrlC);
    expect(await t.exited).toBe(130);
  }, 90_000);

  test('? twice shows the help once, and the help goes when the question is answered', async () => {
    const t = start();
    await answerOrganisation(t);
    await t.answer('Have you written down', '?');
    await t.waitFor('The pilot found');
    await t.waitFor('Have you written down');
    await t.answer('', '?');
    await t.waitFor('Have you written down');
    await t.answer('', '1', KEY.enter);
    await t.waitFor('How well do your partners understand');
    expect(t.text.match(/The pilot found/g)).toHaveLength(1);
    expect(t.screen.join('\n')).not.toContain('The pilot found');
    expect(t.screen.filter((row) => row.startsWith('✔ Have you written down'))).toEqual([
      '✔ Have you written down what community engagement means for your group? Yes',
    ]);
    t.write(KEY.ctrlC);
    expect(await t.exited).toBe(130);
  }, 90_000);

  test('a list starts on no answer: Enter alone chooses nothing and says how to choose', async () => {
    const t = start();
    await answerOrganisation(t);
    await t.answer('Have you written down', KEY.enter);
    await t.waitFor('Choose an answer with ↑ and ↓ first, then press ⏎.');
    t.write(KEY.down + KEY.enter);
    await t.waitFor('How well do your partners understand');
    t.write(KEY.ctrlC);
    expect(await t.exited).toBe(130);
    expect((await savedAnswers()).answers).toEqual({ 'definition-written': 'yes' });
  }, 90_000);

  test('a skipped optional number leaves "(skipped)", and a given one its unit', async () => {
    const bankFile = await exampleBankWith((text) => text.replace('        report: context\n', '        report: context\n        required: false\n'));
    for (const [typed, line] of [
      ['', '✔ About how many hours a month go into engagement? (skipped)'],
      ['12', '✔ About how many hours a month go into engagement? 12 hours'],
    ] as const) {
      await rm(join(dir, 'ce-plan-answers.yaml'), { force: true });
      const t = new Terminal(['init', '--bank', bankFile], { cwd: dir });
      terminals.push(t);
      await answerOrganisation(t);
      await t.answer('Have you written down', '3', KEY.enter);
      await t.answer('Which ways of engaging do you use?', KEY.space, KEY.enter);
      await t.answer('Do you choose each method', '1', KEY.enter);
      await t.answer('About how many hours a month', typed, KEY.enter);
      await t.waitFor('Where is there little scope');
      expect(t.screen).toContain(line);
      t.write(KEY.ctrlC);
      expect(await t.exited).toBe(130);
    }
  }, 90_000);
});

describe('ce-plan init --lang cy in a terminal (issue 26)', () => {
  test('asks a section in Welsh, with Welsh help, keys, progress and messages, and saves lang: cy with the answers', async () => {
    const t = new Terminal(['init', '--bank', 'quick-check', '--lang', 'cy'], { cwd: dir });
    terminals.push(t);
    await t.waitFor('Gwiriad cyflym ymgysylltu');
    await t.waitFor('yn cael ei ofyn dim ond ar ôl atebion penodol');
    await t.answer("Enw'r sefydliad", 'Grŵp Diogelwch Cymunedol Aberaeron', KEY.enter);
    await t.answer('Ardal (dewisol)', KEY.enter);
    await t.answer('Cwblhawyd gan (dewisol)', KEY.enter);
    await t.waitFor('Strategaeth ac ymrwymiad');
    await t.waitFor('Adran 1 o 3 · Cwestiwn 1 o tua 18');
    // The list starts on no answer, in Welsh, with inquirer's own keys named in Welsh beside help.
    await t.waitFor('Ydy eich arweinwyr yn gweld gwaith gyda thrigolion');
    await t.waitFor('Dim ateb eto');
    await t.waitFor('dewis');
    await t.answer('help', '?');
    await t.waitFor("Mae'r canllaw strategaeth yn dweud");
    await t.answer('Ddim yn gwybod', KEY.down, KEY.enter);
    await t.answer('Pan fydd trigolion yn codi mater', KEY.down, KEY.down, KEY.enter);
    await t.answer('Yn ystod y flwyddyn ddiwethaf', KEY.down, KEY.enter);
    // The next section's heading: the first is done. Ctrl-C stops, saying so in Welsh.
    await t.answer('Beth y gall ymgysylltu ei newid', KEY.ctrlC);
    await t.waitFor("atebion wedi'u cadw yn ce-plan-answers.yaml");
    expect(await t.exited).toBe(130);
    // What stays in the scrollback: each answer's line, in Welsh.
    expect(t.screen.join('\n')).toMatch(/✔ Ydy eich arweinwyr yn gweld gwaith gyda thrigolion .* Ie/);
    expect(t.screen.join('\n')).toContain("Y rhan fwyaf o'r");
    expect(t.screen.join('\n')).toContain('Adran 2 o 3 · Cwestiwn 4 o tua 18');
    const content = await savedAnswers();
    expect(content.lang).toBe('cy');
    expect(content.organisation.name).toBe('Grŵp Diogelwch Cymunedol Aberaeron');
    expect(content.answers).toEqual({ 'must-do': 'yes', responding: 'most', 'practice-changed': 'yes' });
  }, 90_000);
});
