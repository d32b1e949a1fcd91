// How `init` asks each kind of question: the hints it gives, and how a scale's points are worded.
import { describe, expect, test } from '@jest/globals';
import { number } from '../src/core/kinds/number.js';
import { isScored, placedQuestions } from '../src/core/bank.js';
import { kindOf } from '../src/core/kinds/index.js';
import { scale } from '../src/core/kinds/scale.js';
import { single } from '../src/core/kinds/single.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { loadBank } from '../src/pipeline/load-bank.js';

const numberQuestion = (rule: { min?: number; max?: number; integer?: boolean }) =>
  number.schema.parse({ id: 'count', type: 'number', prompt: 'How many?', source: { id: 'dpr48', section: 'x' }, number: rule });

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
    const spec = number.ask(numberQuestion(rule));
    if (spec.style !== 'input') throw new Error('a number is typed');
    const result = spec.parse('lots');
    if (!('problem' in result)) throw new Error('"lots" is not a number');
    const examples = /such as (.+)$/.exec(result.problem)?.[1]?.split(' or ') ?? [];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(spec.parse(example)).toEqual({ value: Number(example) });
    if (rule.integer) expect(result.problem).toMatch(/^enter a whole number, such as -?\d+$/);
  });

  test('a whole-number question never hints a decimal such as 2.5', () => {
    const spec = number.ask(numberQuestion({ min: 0, integer: true }));
    expect(spec.style === 'input' && spec.parse('x')).toEqual({ problem: 'enter a whole number, such as 12' });
  });
});

describe('scale points', () => {
  const question = scale.schema.parse({
    id: 'shared',
    type: 'scale',
    prompt: 'How well?',
    source: { id: 'dpr48', section: 'x' },
    scale: { min: 1, max: 5, labels: { 1: 'Not at all', 5: 'Fully' } },
  });

  test('are listed by their own number, best first, labelled where the bank labels them, and can be named by that label', () => {
    const spec = scale.ask(question);
    if (spec.style !== 'select') throw new Error('a scale is picked');
    expect(spec.choices.map((c) => c.label)).toEqual(['5 — Fully', '4', '3', '2', '1 — Not at all']);
    expect(spec.choices.map((c) => c.key)).toEqual(['5', '4', '3', '2', '1']);
    expect(spec.choices.at(-1)!.words).toEqual(['Not at all']);
  });
});

describe('every list is offered best first (issue 28)', () => {
  test('a single choice by score, highest first, the bank order among equals, and "Not applicable" last', () => {
    const question = single.schema.parse({
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
    const spec = single.ask(question);
    if (spec.style !== 'select') throw new Error('a single choice is picked');
    expect(spec.choices.map((c) => c.value)).toEqual(['yes', 'partly', 'no', 'dont-know', 'na']);
  });

  test('on the built-in banks, every scale and every scored single choice starts from its best answer', async () => {
    for (const file of await builtInBankFiles()) {
      const { bank } = await loadBank(file);
      for (const { question } of placedQuestions(bank)) {
        const spec = kindOf(question).ask(question);
        if (spec.style !== 'select' || !isScored(question)) continue;
        const scores = spec.choices.map((c) => kindOf(question).score(question, c.value as never)).filter((score): score is number => score !== null);
        expect({ id: question.id, scores }).toEqual({ id: question.id, scores: [...scores].sort((a, b) => b - a) });
      }
    }
  });
});
