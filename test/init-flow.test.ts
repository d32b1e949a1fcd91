import { beforeAll, describe, expect, test } from '@jest/globals';
import { runSession, type SessionState } from '../src/cli/interview/session.js';
import { firstStep, isComplete, lengthOf, nextStep, previousStep, progressOf, steps } from '../src/core/init-flow.js';
import { lengthText } from '../src/format/progress-text.js';
import type { Bank } from '../src/core/schema.js';
import type { Answer } from '../src/core/visibility.js';
import { plainStyle } from '../src/format/style.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { ScriptedPrompter, type Move } from './helpers/scripted-prompter.js';

let bank: Bank;
beforeAll(async () => {
  bank = (await loadBank('test/fixtures/banks/example.yaml', 'en')).bank;
});

const fresh = (): SessionState => ({ organisation: {}, answers: new Map() });
const resumed = (answers: Record<string, Answer>): SessionState => ({ organisation: { name: 'Northfield' }, answers: new Map(Object.entries(answers)) });

async function play(moves: Move[], initial = fresh(), askOrganisation = true) {
  const prompter = new ScriptedPrompter(moves);
  const saves: SessionState[] = [];
  const run = runSession(prompter, bank, initial, { askOrganisation, style: plainStyle, save: async (s) => void saves.push(s) });
  return { prompter, saves, run };
}

const asked = (prompter: ScriptedPrompter) => prompter.shown.filter((line) => line.startsWith('ASK ')).map((line) => line.slice(4));

const ORGANISATION: Move[] = [{ type: 'Northfield CSG' }, { type: '' }, { type: 'Sam Patel' }];
const REST: Move[] = [
  { tick: ['Meetings with service providers', 'Street surgeries'] },
  { pick: 'Not applicable' },
  { type: '12' },
  { type: 'Parking enforcement' },
];

describe('runSession', () => {
  test('a full run records every answer, the organisation, and saves after each answer', async () => {
    const { run, saves, prompter } = await play([...ORGANISATION, { pick: 'Partly' }, { pick: '4' }, ...REST]);
    const final = await run;
    expect(final.organisation).toEqual({ name: 'Northfield CSG', completed_by: 'Sam Patel' });
    expect(Object.fromEntries(final.answers)).toEqual({
      'definition-written': 'partly',
      'definition-shared': 4,
      'methods-used': ['meetings', 'street-surgery'],
      'methods-fit': 'na',
      hours: 12,
      'little-scope': 'Parking enforcement',
    });
    expect(saves).toHaveLength(9);
    expect(saves.at(-1)).toEqual(final);
    expect(prompter.shown.join('\n')).toContain('What you mean by engagement\nThese questions are about how your group defines community engagement.');
  });

  test('skip logic: a "No" hides the follow-up, which is never asked', async () => {
    const { run, prompter } = await play([...ORGANISATION, { pick: 'No' }, ...REST]);
    const final = await run;
    expect(asked(prompter)).not.toContain('How well do your partners understand that definition?');
    expect(final.answers.has('definition-shared')).toBe(false);
  });

  test('back returns to the previous shown question with its answer, and a changed answer re-routes the flow', async () => {
    const { run, prompter } = await play([
      ...ORGANISATION,
      { pick: 'Yes' },
      { pick: '3' },
      'back', // from methods-used to definition-shared
      'back', // to definition-written
      { pick: 'No' },
      ...REST,
    ]);
    const final = await run;
    const messages = asked(prompter);
    expect(messages.filter((m) => m.startsWith('Have you written down')).length).toBe(2);
    // The follow-up is now hidden, so the flow goes straight on; its earlier answer is kept, not asked.
    const afterNo = messages.lastIndexOf('Have you written down what community engagement means for your group?');
    expect(messages[afterNo + 1]).toBe('Which ways of engaging do you use?');
    expect(final.answers.get('definition-written')).toBe('no');
    expect(final.answers.get('definition-shared')).toBe(3);
  });

  test('back from the first question goes to the organisation details; the first step has no way back', async () => {
    const { run, prompter } = await play([{ type: 'Northfield' }, { type: '' }, { type: '' }, 'back', { type: 'Alex' }, { pick: 'No' }, ...REST]);
    const final = await run;
    expect(final.organisation).toEqual({ name: 'Northfield', completed_by: 'Alex' });
    const first = new ScriptedPrompter(['back']);
    await expect(runSession(first, bank, fresh(), { askOrganisation: true, style: plainStyle, save: async () => {} })).rejects.toThrow('offers no way back');
    expect(asked(prompter).slice(0, 4)).toEqual([
      'Organisation name',
      'Area (optional)',
      'Completed by (optional)',
      'Have you written down what community engagement means for your group?',
    ]);
  });

  test('an exclusive option cannot be combined with others', async () => {
    const { run, prompter } = await play([
      ...ORGANISATION,
      { pick: 'No' },
      { tick: ['Meetings with service providers', 'None of these'] },
      { tick: [] },
      { tick: ['None of these'] },
      ...REST.slice(1),
    ]);
    const final = await run;
    expect(prompter.refused).toEqual(['"None of these" cannot be combined with other options', 'choose at least one option']);
    expect(final.answers.get('methods-used')).toEqual(['none']);
  });

  test('numbers are checked against the bank: whole, not below the minimum', async () => {
    const { run, prompter } = await play([
      ...ORGANISATION,
      { pick: 'No' },
      ...REST.slice(0, 2),
      { type: '2.5' },
      { type: '-1' },
      { type: 'lots' },
      { type: '40' },
      { type: 'x' },
    ]);
    const final = await run;
    expect(prompter.refused).toEqual(['enter a whole number', 'enter 0 or more', 'enter a whole number, such as 12']);
    expect(final.answers.get('hours')).toBe(40);
  });

  test('help is shown on request and the question asked again; the progress marker places it in the whole bank', async () => {
    const { run, prompter } = await play([...ORGANISATION, 'help', { pick: 'Yes' }, { pick: '5 — Fully' }, ...REST]);
    await run;
    const helpAt = prompter.shown.indexOf('The pilot found groups did better when everyone shared one definition from the start.');
    expect(helpAt).toBeGreaterThan(0);
    expect(prompter.shown.slice(helpAt).find((line) => line.startsWith('ASK '))).toBe(
      'ASK Have you written down what community engagement means for your group?',
    );
    // The progress marker once per question, not again after the help.
    expect(prompter.shown.filter((line) => line === 'Section 1 of 2 · Question 1 of about 6')).toHaveLength(1);
    expect(prompter.shown).toContain('Section 1 of 2 · Question 2 of about 6');
    expect(prompter.shown).toContain('Section 2 of 2 · Question 6 of about 6');
  });

  test('a resumed run starts at the first unanswered shown question and keeps hidden answers', async () => {
    const { run, prompter } = await play([...REST], resumed({ 'definition-written': 'no', 'definition-shared': 4 }), false);
    const final = await run;
    expect(asked(prompter)[0]).toBe('Which ways of engaging do you use?');
    expect(final.answers.get('definition-shared')).toBe(4);
    expect(final.organisation.name).toBe('Northfield');
  });

  test("a bank's escape codes reach the terminal quoted: titles, intros, prompts, help and labels", async () => {
    const ESC = '\u001b]0;PWNED\u0007\u001b[2J';
    const section = bank.sections[0]!;
    const question = section.questions[0]!;
    if (question.type !== 'single') throw new Error('the example bank starts with a single choice');
    const hostile: Bank = {
      ...bank,
      sections: [
        {
          ...section,
          title: `${section.title}${ESC}`,
          intro: `${section.intro}${ESC}`,
          questions: [
            {
              ...question,
              prompt: `${question.prompt}${ESC}`,
              help: `Help${ESC}`,
              options: question.options.map((o) => ({ ...o, label: `${o.label}${ESC}` })),
            },
            ...section.questions.slice(1),
          ],
        },
        ...bank.sections.slice(1),
      ],
    };
    const prompter = new ScriptedPrompter(['help', { pick: 'No\\u001b]0;PWNED\\u0007\\u001b[2J' }, ...REST]);
    await runSession(prompter, hostile, resumed({}), { askOrganisation: false, style: plainStyle, save: async () => undefined });
    const shown = prompter.shown.join('\n');
    expect(shown).not.toContain('\u001b');
    expect(shown).not.toContain('\u0007');
    expect(shown).toContain(`${section.title}\\u001b]0;PWNED\\u0007\\u001b[2J`);
    expect(shown).toContain(`ASK ${question.prompt}\\u001b]0;PWNED`);
    expect(shown).toContain('Help\\u001b]0;PWNED');
  });

  test('an interruption rejects, after every answer so far was saved', async () => {
    const { run, saves } = await play([...ORGANISATION, { pick: 'Yes' }]);
    await expect(run).rejects.toThrow('script finished');
    expect(Object.fromEntries(saves.at(-1)!.answers)).toEqual({ 'definition-written': 'yes' });
  });
});

describe('navigation', () => {
  test('first, next and previous steps follow the shown questions', () => {
    const answers = new Map<string, Answer>([['definition-written', 'yes']]);
    const ids = steps(bank, answers, false).map((s) => (s.kind === 'question' ? s.placed.question.id : s.field));
    expect(ids).toEqual(['definition-written', 'definition-shared', 'methods-used', 'methods-fit', 'hours', 'little-scope']);
    const start = firstStep(bank, answers, false)!;
    expect(start.kind === 'question' && start.placed.question.id).toBe('definition-shared');
    const hidden = new Map<string, Answer>([['definition-written', 'no']]);
    const after = nextStep(bank, hidden, false, steps(bank, hidden, false)[0]!)!;
    expect(after.kind === 'question' && after.placed.question.id).toBe('methods-used');
    const before = previousStep(bank, hidden, false, after)!;
    expect(before.kind === 'question' && before.placed.question.id).toBe('definition-written');
    expect(previousStep(bank, hidden, false, before)).toBeUndefined();
  });

  test('a resumed run with every shown question answered has nothing left to ask', () => {
    const answers = new Map<string, Answer>(
      Object.entries({ 'definition-written': 'no', 'methods-used': ['none'], 'methods-fit': 'no', hours: 1, 'little-scope': 'x' }),
    );
    expect(firstStep(bank, answers, false)).toBeUndefined();
    const placed = steps(bank, answers, false)[1]!;
    // The follow-up is hidden, so methods-used is the second question asked, of at most six.
    expect(placed.kind === 'question' && progressOf(bank, answers, placed.placed)).toEqual({
      section: 2,
      sections: 2,
      question: 2,
      questions: 6,
      approximate: true,
    });
  });
});

describe('how long a bank takes', () => {
  test("every question not yet answered counts, follow-ups included, at its kind's estimate", () => {
    expect(lengthOf(bank, new Map())).toEqual({ questions: 6, followUps: 1, seconds: 15 + 15 + 30 + 15 + 30 + 90 });
    const resumed = new Map<string, Answer>([['definition-written', 'no']]);
    expect(lengthOf(bank, resumed)).toEqual({ questions: 5, followUps: 1, seconds: 15 + 30 + 15 + 30 + 90 });
  });

  test('is said as an estimate, an upper bound where follow-ups may not be asked', () => {
    expect(lengthText({ questions: 6, followUps: 1, seconds: 195 }, false)).toBe(
      '6 questions (1 asked only after certain answers): about 3 minutes at most, an estimate. Answers are saved as you go.',
    );
    expect(lengthText({ questions: 50, followUps: 0, seconds: 1600 }, true)).toBe(
      '50 questions left: about 25 minutes, an estimate. Answers are saved as you go.',
    );
    expect(lengthText({ questions: 1, followUps: 0, seconds: 10 }, true)).toBe('1 question left: about 1 minute, an estimate. Answers are saved as you go.');
    expect(lengthText({ questions: 200, followUps: 20, seconds: 4 * 3600 + 60 * 10 }, false)).toContain('about 4 hours 10 minutes at most');
  });

  test('an assessment is complete when every shown required question is answered', () => {
    const answers = new Map<string, Answer>(
      Object.entries({ 'definition-written': 'no', 'methods-used': ['none'], 'methods-fit': 'no', hours: 1, 'little-scope': 'x' }),
    );
    expect(isComplete(bank, answers)).toBe(true);
    expect(isComplete(bank, new Map([...answers, ['definition-written', 'yes']]))).toBe(false);
  });
});
