import { describe, expect, test } from '@jest/globals';
import { conditionForm, holds } from '../src/core/conditions.js';
import type { Condition } from '../src/core/schema.js';
import { en } from '../src/core/words/en.js';

const answers: Record<string, string | number | (string | number)[]> = {
  written: 'partly',
  methods: ['ward-panel', 'street-surgery'],
  commitment: 4,
  nothing: [],
};
const answerOf = (id: string) => answers[id];

describe('when conditions (spec §2)', () => {
  test.each<[string, Condition, boolean]>([
    ['in holds when the answer is listed', { question: 'written', in: ['yes', 'partly'] }, true],
    ['in fails when it is not', { question: 'written', in: ['yes'] }, false],
    ['equals on a single answer', { question: 'written', equals: 'partly' }, true],
    ['not_in holds when the answer is not listed', { question: 'written', not_in: ['no'] }, true],
    ['in on a multi answer holds when any chosen value is listed', { question: 'methods', in: ['street-surgery', 'x'] }, true],
    ['not_in on a multi answer holds only when none is listed', { question: 'methods', not_in: ['ward-panel'] }, false],
    ['equals on a multi answer needs exactly that one value', { question: 'methods', equals: 'ward-panel' }, false],
    ['scale answers compare as numbers', { question: 'commitment', in: [4, 5] }, true],
    ['a test on an unanswered question is false', { question: 'missing', in: ['yes'] }, false],
    ['not_in on an unanswered question is false too', { question: 'missing', not_in: ['yes'] }, false],
    ['an empty list is unanswered', { question: 'nothing', not_in: ['a'] }, false],
    [
      'all needs every part',
      {
        all: [
          { question: 'written', in: ['partly'] },
          { question: 'commitment', in: [5] },
        ],
      },
      false,
    ],
    [
      'any needs one part',
      {
        any: [
          { question: 'written', in: ['no'] },
          { question: 'commitment', in: [4] },
        ],
      },
      true,
    ],
    ['not negates', { not: { question: 'written', in: ['no'] } }, true],
    ['not of a test on an unanswered question is true', { not: { question: 'missing', in: ['yes'] } }, true],
  ])('%s', (_, condition, expected) => {
    expect(holds(condition, answerOf)).toBe(expected);
  });
});

describe('condition forms', () => {
  test.each<[Condition, string | undefined]>([
    [{ question: 'a', in: ['x'] }, undefined],
    [{ all: [{ question: 'a', in: ['x'] }] }, undefined],
    [{ question: 'a' }, 'needs exactly one of in, equals, not_in'],
    [{ question: 'a', in: ['x'], equals: 'x' }, 'needs exactly one of in, equals, not_in'],
    [{ in: ['x'] }, 'needs "question"'],
    [{ all: [], any: [] }, 'exactly one of: question, all, any, not'],
    [{ question: 'a', in: ['x'], not: { question: 'a', in: ['y'] } }, 'exactly one of: question, all, any, not'],
    [{}, 'needs "question"'],
  ])('%j', (condition, problem) => {
    const form = conditionForm(condition, en.lint.rules['condition-form']);
    if (problem === undefined) expect(form).toHaveProperty('form');
    else expect(form).toEqual({ problem: expect.stringContaining(problem) });
  });
});
