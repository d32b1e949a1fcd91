// The quick shape check of an imported row (imported-shape.ts) against the answer file's schema: whatever
// the quick check takes, the schema takes too and gives back the same answer file, keys in the same order
// (numbers by Object.is, so -0 counts). Over rows as import reads them and over fuzzed data full of what
// the schema refuses: blank names, numbers that are not finite, days that do not exist, stray keys.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { answerFileSchema } from '../src/core/schema.js';
import { importedShape } from '../src/pipeline/imported-shape.js';

/** Keys in order, all the way down: isDeepStrictEqual does not compare the order of keys. */
const keyOrder = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).map(([key, item]) => [key, keyOrder(item)])
    : Array.isArray(value)
      ? value.map(keyOrder)
      : value;

/** Whether the quick check agrees with the schema; true also where it leaves the data to the schema. */
function agrees(data: unknown): boolean {
  const quick = importedShape(data);
  if (quick === undefined) return true;
  const checked = answerFileSchema.safeParse(data);
  return checked.success && isDeepStrictEqual(quick, checked.data) && isDeepStrictEqual(keyOrder(quick), keyOrder(checked.data));
}

const text = fc.oneof(
  fc.constantFrom('', ' ', '\t', '\u00a0', '\u2028', 'Northfield', ' Riverside ', 'a\nb', '__proto__', 'x'.repeat(300)),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);
const number = fc.oneof(fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e308, 5e-324), fc.integer(), fc.double());
const scalar = fc.oneof(text, number);
const anything = fc.oneof(scalar, fc.constantFrom(null, undefined, true, [], {}, new Date(0)), fc.array(scalar, { maxLength: 3 }));
const date = fc.oneof(fc.constantFrom('2026-11-20', '2026-02-29', '2024-02-29', '2026-13-01', '0000-01-01', '+10000-01-01', '2026-1-1'), text);
const key = fc.oneof(fc.constantFrom('must-do', 'plan-links', '__proto__', 'constructor', 'lang', ''), fc.string());

/** An object of some of `fields`, in any order, now and then with a key no answer file has. */
const someOf = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.shuffledSubarray(Object.keys(fields)), fc.option(fc.tuple(key, anything), { freq: 4 }))
    .map(([record, order, extra]) => {
      const out: Record<string, unknown> = {};
      for (const name of order) if (Object.hasOwn(record, name)) out[name] = (record as Record<string, unknown>)[name];
      if (extra !== null) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
      return out;
    });

const answers = fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), anything), { maxKeys: 6 });
const data = someOf({
  bank: fc.oneof(fc.constantFrom('ce-readiness', 'quick-check', 'Quick-Check', 'a--b', ''), text),
  bank_version: fc.oneof(fc.constantFrom('1.2.0', '1.2', '1.2.0-beta.1+build.5', 'v1.2.0', '1.2.0\n'), text),
  organisation: fc.oneof(someOf({ name: fc.oneof(text, anything), area: text, completed_by: text, date }), anything),
  respondent: fc.oneof(someOf({ name: text, role: fc.oneof(text, anything) }), anything),
  answers: fc.oneof(answers, anything),
});

/** A row as import reads it: plain objects, every field of the right kind, in the order its reader makes them. */
const row = fc.record(
  {
    bank: fc.constant('ce-readiness'),
    bank_version: fc.constant('1.2.0'),
    organisation: fc.record(
      {
        name: fc.constantFrom('Northfield', 'Riverside Tenants', 'Ōtautahi'),
        area: fc.constantFrom('North', 'Area 12'),
        completed_by: fc.constantFrom('A. Person'),
        date: fc.constantFrom('2026-11-20', '2024-02-29'),
      },
      { requiredKeys: ['name'], noNullPrototype: true },
    ),
    respondent: fc.record({ name: fc.constantFrom('Sam'), role: fc.constantFrom('Chair') }, { requiredKeys: [], noNullPrototype: true }),
    answers: fc.dictionary(
      fc.constantFrom('must-do', 'plan-links', 'meetings-per-year', 'top-commitment'),
      fc.oneof(fc.constantFrom('yes', 'dont-know'), fc.integer({ min: 0, max: 400 }), fc.array(fc.constantFrom('business-plan', 'other'), { minLength: 1 })),
      { minKeys: 1, noNullPrototype: true },
    ),
  },
  { requiredKeys: ['bank', 'bank_version', 'organisation', 'answers'], noNullPrototype: true },
);

describe('the quick shape check of an imported row gives what the schema gives', () => {
  test('on fuzzed data: whatever it takes, the schema takes too, and reads the same', () => {
    fc.assert(fc.property(data, agrees), { numRuns: 3000 });
  });

  test('and it takes every row as import reads one, so the schema is not loaded for them', () => {
    fc.assert(
      fc.property(row, (data) => importedShape(data) !== undefined && agrees(data)),
      { numRuns: 500 },
    );
  });

  test.each([
    ['a blank name', { organisation: { name: '   ' } }],
    ['an empty area', { organisation: { name: 'N', area: '' } }],
    ['a day that does not exist', { organisation: { name: 'N', date: '2026-02-29' } }],
    ['a number too large for one', { answers: { 'meetings-per-year': Infinity } }],
    ['not a number', { answers: { 'meetings-per-year': NaN } }],
    ['a list within a list', { answers: { 'plan-links': [['other']] } }],
    ['a key no answer file has', { lang: 'cy' }],
    ['no answers', { answers: undefined }],
  ])('it leaves %s to the schema', (_, change) => {
    const base = { bank: 'ce-readiness', bank_version: '1.2.0', organisation: { name: 'N' }, answers: { 'must-do': 'yes' } };
    expect(importedShape(base)).toBeDefined();
    const changed: Record<string, unknown> = { ...base, ...change };
    if (changed['answers'] === undefined) delete changed['answers'];
    expect(importedShape(changed)).toBeUndefined();
  });
});
