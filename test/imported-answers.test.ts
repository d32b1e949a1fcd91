// The answer file an import writes reads back as exactly what it holds, whatever text a form export put
// in it: the quoting must never let a value end early, become another type, or add a key.
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { AnswerFile } from '../src/core/schema.js';
import { nowhere } from '../src/core/diagnostics.js';
import { importedAnswerFileText, importedAnswerFileTextOf } from '../src/io/imported-answers.js';
import { answersSchemaReference } from '../src/io/paths.js';
import { parseAnswers } from '../src/pipeline/parse-answers.js';
import { checkAnswerShape } from '../src/pipeline/answer-shape.js';
import { en } from '../src/core/words/en.js';

// Text as an answer file takes it: not blank (an import reads a blank cell as no answer).
const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => /\S/.test(s)),
  fc.string({ unit: 'binary', minLength: 1 }).filter((s) => /\S/.test(s)),
  fc.constantFrom(
    'yes',
    'No',
    'null',
    '~',
    '007',
    '1e3',
    '0x1F',
    '.inf',
    '2026-11-20',
    '- item',
    'a: b',
    'a #b',
    ' lead',
    'trail ',
    '"q"',
    "'q'",
    '[a]',
    '{a}',
    '&a',
    '*a',
    '!t',
    '%x',
    '@x',
    '`x',
    '|',
    '>',
  ),
);

test('every value, however odd, reads back as itself', () => {
  fc.assert(
    fc.property(text, text, text, fc.array(fc.constantFrom('yes', 'no', 'on', 'a-b', 'x.y'), { minLength: 1 }), fc.integer(), (name, area, note, list, n) => {
      const content: AnswerFile = {
        bank: 'quick-check',
        bank_version: '1.1.0',
        organisation: { name, area, date: '2026-11-20' },
        respondent: { name: note },
        answers: { 'must-do': 'yes', notes: note, 'plan-links': list, count: n },
      };
      const written = importedAnswerFileText(content, 'a "quoted"\nname.csv', 'row', 3, answersSchemaReference());
      const parsed = parseAnswers('x.yaml', written, en);
      expect(parsed.ok).toBe(true);
      const shaped = parsed.ok ? checkAnswerShape(parsed.value, nowhere, en) : parsed;
      expect(shaped.ok && shaped.value.content).toEqual(content);
    }),
    { numRuns: 300 },
  );
});

test('the answers as checked (a map, in the order they were read) give the text a record of them gives, array indices first', () => {
  const content: AnswerFile = { bank: 'quick-check', organisation: { name: 'Northfield' }, answers: {} };
  const key = fc.constantFrom('must-do', 'b', 'a', '12', '3', '0', '03', '4294967294', '4294967295', '-1', '1.5');
  const value = fc.oneof(fc.constantFrom('yes', 'no'), fc.integer(), fc.array(fc.constantFrom('a-b', 'on'), { minLength: 1 }));
  fc.assert(
    fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k }), (pairs) => {
      const answers = new Map(pairs);
      const record = importedAnswerFileText({ ...content, answers: Object.fromEntries(answers) }, 'r.csv', 'row', 2, answersSchemaReference());
      expect(importedAnswerFileTextOf(content, answers, 'r.csv', 'row', 2, answersSchemaReference())).toBe(record);
    }),
    { numRuns: 300 },
  );
});
