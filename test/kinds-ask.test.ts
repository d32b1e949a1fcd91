// How `init` asks each kind of question: the hints it gives, and how a scale's points are worded.
import { en } from '../src/core/words/en.js';
import { describe, expect, test } from '@jest/globals';
import { runSession } from '../src/cli/interview/session.js';
import { bankSchema } from '../src/core/schema.js';
import { plainStyle } from '../src/format/style.js';
import { ScriptedPrompter } from './helpers/scripted-prompter.js';
import { number } from '../src/core/kinds/number.js';
import { isScored, optionsOf, placedQuestions } from '../src/core/bank.js';
import { kindOf, ofKind, type QuestionType } from '../src/core/kinds/index.js';
import { questionSchema } from '../src/core/kinds/schemas.js';
import { scale } from '../src/core/kinds/scale.js';
import { single } from '../src/core/kinds/single.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { loadBank } from '../src/pipeline/load-bank.js';

/** A question of one kind, as the bank's schema reads it. */
const parsedQuestion = <T extends QuestionType>(type: T, data: object) => ofKind(type, questionSchema.parse({ ...data, type }))!;

const numberQuestion = (rule: { min?: number; max?: number; integer?: boolean }) =>
  parsedQuestion('number', { id: 'count', type: 'number', prompt: 'How many?', source: { id: 'dpr48', section: 'x' }, number: rule });

const RULES = [
  {},
  { integer: true },
  { min: 0, integer: true },
  { min: 0, max: 5, integer: true },
  { min: 20, max: 30 },
  { min: 0, max: 1 },
  { min: 100 },
  { max: -3, integer: true },
  { min: 0.2, max: 0.8 },
];

describe('number hints keep the rule they hint at', () => {
  test.each(RULES)('every example in the hint for %j is an answer the question takes', (rule) => {
    const spec = number.ask(numberQuestion(rule), en);
    if (spec.style !== 'input') throw new Error('a number is typed');
    const result = spec.parse('lots');
    if (!('problem' in result)) throw new Error('"lots" is not a number');
    const examples = /such as (.+)$/.exec(result.problem)?.[1]?.split(' or ') ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(spec.parse(example)).toEqual({ value: Number(example) });
    if (rule.integer) expect(result.problem).toMatch(/^enter a whole number, such as -?\d+$/);
  });

  test('a whole-number question never hints a decimal such as 2.5', () => {
    const spec = number.ask(numberQuestion({ min: 0, integer: true }), en);
    expect(spec.style === 'input' && spec.parse('x')).toEqual({ problem: 'enter a whole number, such as 12' });
  });
});

/** A 1–5 scale labelled at its ends, with any other scale keys (`dont_know`). */
const scaleQuestion = (more: { dont_know?: true } = {}) =>
  parsedQuestion('scale', {
    id: 'backing',
    type: 'scale',
    prompt: 'How much do your leaders back engagement?',
    source: { id: 'strategy', section: 'x' },
    scale: { min: 1, max: 5, labels: { 1: 'Not at all', 5: 'Fully' }, ...more },
  });

describe('scale points', () => {
  const question = scaleQuestion();

  test('are listed by their own number, best first, labelled where the bank labels them, and can be named by that label', () => {
    const spec = scale.ask(question, en);
    if (spec.style !== 'select') throw new Error('a scale is picked');
    expect(spec.choices.map((c) => c.label)).toEqual(['5 — Fully', '4', '3', '2', '1 — Not at all']);
    expect(spec.choices.map((c) => c.key)).toEqual(['5', '4', '3', '2', '1']);
    expect(spec.choices.at(-1)!.words).toEqual(['Not at all']);
  });
});

describe('a scale that offers "Don\'t know"', () => {
  const question = scaleQuestion({ dont_know: true });
  const plain = parsedQuestion('scale', { ...question, scale: { min: 1, max: 5 } });

  test('lists it last, named by its label or its value, and records `dont-know`', () => {
    const spec = scale.ask(question, en);
    if (spec.style !== 'select') throw new Error('a scale is picked');
    expect(spec.choices.map((c) => c.label)).toEqual(['5 — Fully', '4', '3', '2', '1 — Not at all', "Don't know"]);
    expect(spec.choices.at(-1)).toEqual({ value: 'dont-know', label: "Don't know", words: ['dont-know'] });
  });

  test('reads `dont-know` as an answer that scores 0 and reads "Don\'t know", and the option the report finds it by', () => {
    expect(scale.read(question, 'dont-know', en)).toBe('dont-know');
    expect(scale.score(question, 'dont-know')).toBe(0);
    expect(scale.describe(question, 'dont-know', en)).toBe("Don't know");
    expect(scale.options(question)).toEqual([{ value: 'dont-know', label: "Don't know", score: 0, dont_know: true }]);
    expect(scale.hint(question, en)).toBe("a whole number from 1 to 5 (1 = Not at all, 5 = Fully), or dont-know (Don't know)");
    expect([...(scale.conditionValues(question) as { values: ReadonlySet<unknown> }).values]).toEqual([1, 2, 3, 4, 5, 'dont-know']);
    expect(scale.answersToTry(question)).toEqual([1, 2, 3, 4, 5, 'dont-know']);
  });

  test('a scale without it refuses `dont-know`, and offers no option', () => {
    expect(scale.read(plain, 'dont-know', en)).toMatchObject({ message: 'must be a whole number from 1 to 5, not the text "dont-know"' });
    expect(scale.read(question, 'maybe', en)).toMatchObject({ message: 'must be a whole number from 1 to 5, or dont-know, not the text "maybe"' });
    expect(scale.options(plain)).toEqual([]);
    expect(scale.answersToTry(plain)).toEqual([1, 2, 3, 4, 5]);
  });

  test('init offers it, and records the answer as `dont-know`', async () => {
    const source = { id: 'strategy', section: 'x' };
    const bank = bankSchema.parse({
      id: 'one-scale',
      version: '1.0.0',
      title: 'One scale',
      sources: [{ id: 'strategy', title: 'A guide' }],
      bands: [{ id: 'low', label: 'Low', min: 0 }],
      recommendations: [{ id: 'rec', title: 'Rec', summary: 'Why.', source, actions: ['Do it.'] }],
      sections: [{ id: 'all', title: 'All', questions: [{ ...question, recommendation: 'rec' }] }],
    });
    const prompter = new ScriptedPrompter([{ pick: "Don't know" }]);
    const final = await runSession(
      prompter,
      bank,
      { organisation: { name: 'Northfield' }, answers: new Map() },
      {
        askOrganisation: false,
        style: plainStyle,
        save: async () => undefined,
      },
    );
    expect(Object.fromEntries(final.answers)).toEqual({ backing: 'dont-know' });
  });
});

describe('every list is offered best first (issue 28)', () => {
  test('a single choice by score, highest first, the bank order among equals, and "Not applicable" last', () => {
    const question = parsedQuestion('single', {
      id: 'q',
      type: 'single',
      prompt: 'Is it done?',
      source: { id: 'dpr48', section: 'x' },
      options: [
        { value: 'na', label: 'Not applicable', na: true },
        { value: 'no', label: 'No', score: 0 },
        { value: 'yes', label: 'Yes', score: 1 },
        { value: 'dont-know', label: "Don't know", score: 0 },
        { value: 'partly', label: 'Partly', score: 0.5 },
      ],
    });
    const spec = single.ask(question, en);
    if (spec.style !== 'select') throw new Error('a single choice is picked');
    expect(spec.choices.map((c) => c.value)).toEqual(['yes', 'partly', 'no', 'dont-know', 'na']);
  });

  test('on the built-in banks, every scale and every scored single choice starts from its best answer', async () => {
    for (const file of await builtInBankFiles()) {
      const { bank } = await loadBank(file, 'en');
      for (const { question } of placedQuestions(bank)) {
        const spec = kindOf(question).ask(question, en);
        if (spec.style !== 'select' || !isScored(question)) continue;
        // "Don't know" and other options without a score of their own come last, whatever they count.
        const marked = new Set(
          optionsOf(question)
            .filter((o) => (o as { dont_know?: true }).dont_know || o.na)
            .map((o) => o.value),
        );
        const scores = spec.choices
          .filter((c) => !marked.has(c.value as string))
          .map((c) => kindOf(question).score(question, c.value as never))
          .filter((score): score is number => score !== null);
        expect({ id: question.id, scores }).toEqual({ id: question.id, scores: [...scores].sort((a, b) => b - a) });
      }
    }
  });
});
