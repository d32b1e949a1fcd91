// The quick shape check of an answer file (quick-shape.ts) against the answer file's schema: whatever the
// quick check takes, the schema takes too and gives back the same answer file, keys in the same order
// (numbers by Object.is, so -0 counts; prototypes too, so a `__proto__` key counts). Over data as each
// reader makes it: an imported row's, and a YAML file's as js-yaml's core schema (quick-yaml.ts) and yaml
// (parse-yaml.ts) read it, the files full of what the schema refuses (blank names, numbers that are not
// finite, days that do not exist, booleans, nulls, stray keys and `__proto__` at every level, which
// neither YAML reader passes on: only a row's data can hold one). And it takes every answer file as
// import, init and people write them, so those never load the schema.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { isCalendarDate } from '../src/core/calendar-date.js';
import { LANGUAGES } from '../src/core/languages.js';
import { answerFileSchema, type Bank } from '../src/core/schema.js';
import { en } from '../src/core/words/en.js';
import { answerFileText } from '../src/io/answer-file-writer.js';
import { importedAnswerFileText } from '../src/io/imported-answers.js';
import { parseYaml } from '../src/pipeline/parse-yaml.js';
import { quickShape } from '../src/pipeline/quick-shape.js';
import { readQuickly } from '../src/pipeline/quick-yaml.js';

/** Keys in order, all the way down: isDeepStrictEqual does not compare the order of keys. */
const keyOrder = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).map(([key, item]) => [key, keyOrder(item)])
    : Array.isArray(value)
      ? value.map(keyOrder)
      : value;

/** Whether the quick check agrees with the schema; true also where it leaves the data to the schema. */
function agrees(data: unknown): boolean {
  const quick = quickShape(data);
  if (quick === undefined) return true;
  const checked = answerFileSchema.safeParse(data);
  return checked.success && isDeepStrictEqual(quick, checked.data) && isDeepStrictEqual(keyOrder(quick), keyOrder(checked.data));
}

/** A YAML file's data as each reader gives it: the quick reading where it vouches for the file, and yaml's where it reads it. */
function readings(text: string): unknown[] {
  const quick = readQuickly(text);
  const placed = parseYaml('t.yaml', text, en);
  return [...(quick === undefined ? [] : [quick]), ...(placed.ok ? [placed.value.data] : [])];
}

/** Whether the quick check agrees with the schema on each reading of a YAML file. */
const agreesAsRead = (text: string) => readings(text).every(agrees);

/** Sets a key as a reader does: own and enumerable, `__proto__` too, never the prototype. */
function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Mostly what the schema takes at a place, now and then what it does not: one odd value among valid ones is what finds a loose check. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: odd, weight: 1 });

const text = fc.oneof(
  fc.constantFrom('', ' ', '\t', '\u00a0', '\u2028', 'Northfield', ' Riverside ', 'a\nb', '__proto__', 'x'.repeat(300)),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);
const number = fc.oneof(fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e308, 5e-324, 2 ** 53 + 2, -(2 ** 64)), fc.integer(), fc.double());
const scalar = fc.oneof(text, number);
const anything = fc.oneof(
  scalar,
  fc.constantFrom(null, undefined, true, false, [], {}, new Date(0), ['en', 'cy'], 'cy', { name: 'N' }),
  fc.array(scalar, { maxLength: 3 }),
);
const typed = mostly(fc.constantFrom('Northfield', ' Riverside ', 'Ōtautahi', 'true', '2026', 'a\nb'), fc.oneof(text, anything));
const date = mostly(
  fc.constantFrom('2026-11-20', '2024-02-29'),
  fc.oneof(fc.constantFrom('2026-02-29', '2026-13-01', '0000-01-01', '+10000-01-01', '2026-1-1', '2026-11-20T09:00:00Z'), text, anything),
);
const lang = mostly(
  fc.constantFrom<unknown>(...LANGUAGES, ['cy', 'en'], ['en'], ['cy', 'cy']),
  fc.oneof(fc.constantFrom('fr', 'EN', '', null), fc.array(fc.constantFrom(...LANGUAGES, 'fr'), { maxLength: LANGUAGES.length + 1 }), anything),
);
const key = mostly(
  fc.oneof(fc.constantFrom('must-do', 'plan-links', 'meetings-per-year', 'constructor', 'toString', '1', ''), fc.string()),
  fc.constant('__proto__'),
);
const finite = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-0, 1e308, 5e-324, 2 ** 53 + 2));
const answer = mostly(
  fc.oneof(fc.constantFrom('yes', 'dont-know', '', null), fc.string(), finite, fc.array(fc.oneof(fc.string(), finite), { maxLength: 4 })),
  fc.oneof(
    anything,
    fc.constantFrom<unknown>(true, Infinity, NaN, ['other', null], [1, true], ['a', -Infinity], [['a']], [{}]),
    fc.array(fc.oneof(scalar, anything), { minLength: 1, maxLength: 3 }),
  ),
);

/** The fields the schema requires (`required`) and some others, in any order; now and then one left out, or a key no answer file has (`__proto__` among them). */
const someOf = (fields: Record<string, fc.Arbitrary<unknown>>, required: string[] = []) =>
  fc
    .tuple(
      mostly(fc.record(fields, { requiredKeys: required }), fc.record(fields, { requiredKeys: [] })),
      fc.shuffledSubarray(Object.keys(fields), { minLength: Object.keys(fields).length }),
      fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, fc.tuple(fc.oneof(key, fc.constantFrom('lang', 'notes')), anything)),
    )
    .map(([record, order, extra]) => {
      const out: Record<string, unknown> = {};
      for (const name of order) if (Object.hasOwn(record, name)) out[name] = (record as Record<string, unknown>)[name];
      if (extra !== null) setOwn(out, extra[0], extra[1]);
      return out;
    });

/** Answers keyed as a reader keys them: own keys, `__proto__` too. */
const answers = fc.array(fc.tuple(key, answer), { maxLength: 6 }).map((entries) => {
  const out: Record<string, unknown> = {};
  for (const [id, value] of entries) setOwn(out, id, value);
  return out;
});
const data = someOf(
  {
    bank: mostly(fc.constantFrom('ce-readiness', 'quick-check'), fc.oneof(fc.constantFrom('Quick-Check', 'a--b', ''), text, anything)),
    bank_version: mostly(fc.constantFrom('1.2.0', '1.2.0-beta.1+build.5'), fc.oneof(fc.constantFrom('1.2', 'v1.2.0', '1.2.0\n'), text, anything)),
    organisation: mostly(someOf({ name: typed, area: typed, completed_by: typed, date }, ['name']), anything),
    respondent: mostly(someOf({ name: typed, role: typed }), anything),
    lang,
    answers: mostly(answers, anything),
  },
  ['bank', 'organisation'],
);

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

// YAML as people write it, and as no one should: a scalar is its text, as it stands in the file.
type Yaml = { scalar: string } | { map: [string, Yaml][] } | { list: Yaml[] };
const scalarOf = (texts: fc.Arbitrary<string>): fc.Arbitrary<Yaml> => texts.map((scalar) => ({ scalar }));

/** Scalars that the core schema reads as a text, a number (some not finite, some past 2^53), a boolean or null. */
const yamlScalar = fc.oneof(
  fc.constantFrom(
    ...['Northfield', 'yes', 'dont-know', 'business-plan', 'en', 'cy', 'fr', '1.2.0', 'ce-readiness', 'Quick-Check'],
    ...['2026-11-20', '2026-02-29', '"2024-02-29"', "'2026-11-20'", '2026-11-20T09:00:00Z', '20261120'],
    ...['true', 'False', 'TRUE', 'yes', 'no', 'on', 'null', 'Null', '~', '""', "' '", '"\\t"'],
    ...['0', '-0', '+12', '007', '0x1F', '0o17', '1_000', '.5', '-.5', '1.5e3', '1e308', '1e999', '-1e999', '.inf', '-.Inf', '.nan'],
    ...['12345678901234567890123456789', '9007199254740993', '-9223372036854775808', '5e-324', '1e-400'],
    ...['[]', '{}', '[en, cy]', '[cy, en, cy]', '[1, two, 3.5]', '[yes, null]', '[[a]]', '{a: 1}', '|\n  two\n  lines', '>-\n  folded'],
  ),
  fc.string().map((s) => JSON.stringify(s)),
  fc.stringMatching(/^[a-z][a-z -]{0,12}[a-z]$/),
);
const yamlKey = mostly(
  fc.oneof(fc.constantFrom('must-do', 'plan-links', 'constructor', '1', '"a b"'), fc.stringMatching(/^[a-z][a-z_-]{0,10}$/)),
  fc.constantFrom('__proto__', '"__proto__"', 'null', 'true', '""', 'name', 'lang', 'notes'),
);
const { yamlNode } = fc.letrec<{ yamlNode: Yaml }>((tie) => ({
  yamlNode: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarOf(yamlScalar),
    fc.array(fc.tuple(yamlKey, tie('yamlNode')), { maxLength: 4 }).map((map) => ({ map })),
    fc.array(tie('yamlNode'), { maxLength: 4 }).map((list) => ({ list })),
  ),
}));

/** A mapping as someOf makes an object. */
const yamlMapOf = (fields: Record<string, fc.Arbitrary<Yaml>>, required: string[] = []): fc.Arbitrary<Yaml> =>
  fc
    .tuple(
      mostly(fc.record(fields, { requiredKeys: required }), fc.record(fields, { requiredKeys: [] })),
      fc.shuffledSubarray(Object.keys(fields), { minLength: Object.keys(fields).length }),
      fc.oneof({ arbitrary: fc.constant(null), weight: 8 }, fc.tuple(yamlKey, yamlNode)),
    )
    .map(([record, order, extra]) => {
      const map: [string, Yaml][] = order.filter((name) => Object.hasOwn(record, name)).map((name) => [name, (record as Record<string, Yaml>)[name]!]);
      if (extra !== null) map.splice(map.length > 0 ? map.length - 1 : 0, 0, extra);
      return { map };
    });

const yamlTyped = mostly(scalarOf(fc.constantFrom('Northfield', 'Group 7', '"true"', "'2026'", 'a b c', '" padded "', '"a\\nb"')), yamlNode);
const yamlFinite = ['12', '-0', '+12', '007', '0x1F', '0o17', '.5', '1.5e3', '1e308', '12345678901234567890123456789', '9007199254740993', '5e-324', '1e-400'];
const yamlAnswer = mostly(
  fc.oneof(
    scalarOf(
      fc.oneof(
        fc.constantFrom('yes', 'dont-know', '', '~', 'null', '"true"', '[1, two, 3.5]', '[]', '|\n  two\n  lines', ...yamlFinite),
        fc.string().map((s) => JSON.stringify(s)),
      ),
    ),
    fc.array(scalarOf(fc.constantFrom('business-plan', 'other', '"12"', ...yamlFinite)), { minLength: 1, maxLength: 4 }).map((list) => ({ list })),
  ),
  fc.oneof(
    scalarOf(fc.constantFrom('true', 'False', '1e999', '-1e999', '.inf', '.nan', '[yes, null]', '[other, ~]', '[[a]]', '{a: 1}')),
    fc.array(scalarOf(fc.constantFrom('other', '~', 'true', '.inf', '[a]')), { minLength: 1, maxLength: 3 }).map((list) => ({ list })),
    yamlNode,
  ),
);
/** An answer's key: a question's id, now and then `__proto__`. */
const yamlAnswerKey = mostly(
  fc.oneof(fc.constantFrom('must-do', 'plan-links', 'constructor', '1', '"a b"'), fc.stringMatching(/^[a-z][a-z_-]{0,10}$/)),
  fc.constantFrom('__proto__', '"__proto__"'),
);
const yamlFile = yamlMapOf(
  {
    bank: mostly(scalarOf(fc.constantFrom('ce-readiness', 'quick-check', '"quick-check"')), yamlNode),
    bank_version: mostly(scalarOf(fc.constantFrom('1.2.0', '"1.2.0"')), yamlNode),
    organisation: mostly(
      yamlMapOf(
        { name: yamlTyped, area: yamlTyped, completed_by: yamlTyped, date: mostly(scalarOf(fc.constantFrom('2026-11-20', '"2024-02-29"')), yamlNode) },
        ['name'],
      ),
      yamlNode,
    ),
    respondent: mostly(yamlMapOf({ name: yamlTyped, role: yamlTyped }), yamlNode),
    lang: mostly(scalarOf(fc.constantFrom('cy', 'en', '[cy, en]', '[en]', '"cy"')), yamlNode),
    answers: mostly(
      fc.array(fc.tuple(yamlAnswerKey, yamlAnswer), { maxLength: 6 }).map((map) => ({ map })),
      fc.oneof(scalarOf(fc.constantFrom('~', '', '[]', 'none')), yamlNode),
    ),
  },
  ['bank', 'organisation'],
);

/** The YAML text of a node, in block style at `indent`. */
function yamlText(node: Yaml, indent = ''): string {
  if ('scalar' in node) return ` ${node.scalar.replace(/\n/g, `\n${indent}`)}\n`;
  const entries: [string, Yaml][] = 'map' in node ? node.map : node.list.map((item) => ['-', item]);
  if (entries.length === 0) return 'map' in node ? ' {}\n' : ' []\n';
  return '\n' + entries.map(([key, value]) => `${indent}${key === '-' ? '-' : `${key}:`}${yamlText(value, `${indent}  `)}`).join('');
}
const fileText = (node: Yaml) => yamlText(node).slice(1);

describe('the quick shape check gives what the schema gives', () => {
  test('on fuzzed data: whatever it takes, the schema takes too, and reads the same', () => {
    fc.assert(fc.property(data, agrees), { numRuns: 3000 });
  });

  test('on fuzzed YAML files, as js-yaml (core schema) and yaml read them', () => {
    fc.assert(fc.property(yamlFile.map(fileText), agreesAsRead), { numRuns: 3000 });
  });

  test('on fuzzed data written out by yaml and read back by each reader', () => {
    fc.assert(
      fc.property(data, (value) => agreesAsRead(stringify(value))),
      { numRuns: 1000 },
    );
  });

  test.each(readdirSync('test/fixtures/answers'))('on %s as each reader reads it', (name) => {
    expect(agreesAsRead(readFileSync(join('test/fixtures/answers', name), 'utf8'))).toBe(true);
  });
});

/** The answer file of `answers`, with the fields an answer file may have, as init or import gives them. */
const content = fc.record(
  {
    organisation: fc.record(
      {
        name: fc.constantFrom('Northfield', 'Riverside Tenants', 'Ōtautahi', 'true', '2026', ' spaced '),
        area: fc.constantFrom('North', 'Area 12'),
        completed_by: fc.constantFrom('A. Person'),
        date: fc.constantFrom('2026-11-20', '2024-02-29'),
      },
      { requiredKeys: ['name'], noNullPrototype: true },
    ),
    // Neither writer is given a respondent with neither a name nor a role.
    respondent: fc.constantFrom({ name: 'Sam' }, { role: 'Chair' }, { name: 'Sam', role: 'null' }),
    lang: fc.constantFrom<('en' | 'cy')[]>(['cy'], ['cy', 'en'], ['en', 'cy']),
    answers: fc.dictionary(
      fc.constantFrom('must-do', 'plan-links', 'meetings-per-year', 'top-commitment', 'little-scope'),
      fc.oneof(
        fc.constantFrom('yes', 'no', 'dont-know', 'We meet monthly.', 'true', '1e999', ''),
        fc.integer({ min: -5, max: 400 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.array(fc.oneof(fc.constantFrom('business-plan', 'other', 'null'), fc.integer()), { minLength: 1, maxLength: 4 }),
      ),
      { noNullPrototype: true },
    ),
  },
  { requiredKeys: ['organisation', 'answers'], noNullPrototype: true },
);

/** A bank only as the writer needs it: its id, version and (no) questions in order. */
const bank = { id: 'ce-readiness', version: '1.2.0', sections: [] } as unknown as Bank;

/** Whether the quick check takes each reading of `text`, and agrees with the schema on it. */
const takenAsRead = (text: string) => {
  const read = readings(text);
  return read.length > 0 && read.every((value) => quickShape(value) !== undefined && agrees(value));
};

describe('the quick shape check takes answer files as they are made, so the schema is not loaded for them', () => {
  test('every row as import reads one', () => {
    fc.assert(
      fc.property(row, (data) => quickShape(data) !== undefined && agrees(data)),
      { numRuns: 500 },
    );
  });

  test('every answer file as init writes it, read by each reader', () => {
    fc.assert(
      fc.property(content, ({ answers, lang, ...rest }) =>
        takenAsRead(answerFileText({ bank, ...rest, answers: new Map(Object.entries(answers)), lang }, '../schema.json')),
      ),
      { numRuns: 500 },
    );
  });

  test('every answer file as import writes it, read by each reader', () => {
    fc.assert(
      fc.property(content, (file) =>
        takenAsRead(importedAnswerFileText({ bank: 'ce-readiness', bank_version: '1.2.0', ...file }, 'responses.csv', 'row', 2, '../schema.json')),
      ),
      { numRuns: 500 },
    );
  });

  test.each([
    ['no answers', 'bank: ce-readiness\norganisation:\n  name: Northfield\n'],
    ['empty answers', 'bank: ce-readiness\norganisation:\n  name: Northfield\nanswers: {}\n'],
    ['unanswered questions', 'bank: ce-readiness\norganisation:\n  name: Northfield\nanswers:\n  must-do:\n  plan-links: ~\n'],
    ['a list of mixed scalars', 'bank: ce-readiness\norganisation:\n  name: Northfield\nanswers:\n  plan-links: [other, 12, -0.5]\n'],
    ['its languages', 'bank: ce-readiness\nlang: [cy, en]\norganisation:\n  name: Northfield\nanswers:\n  must-do: yes\n'],
  ])('%s', (_, file) => {
    expect(takenAsRead(file)).toBe(true);
  });

  test.each([
    ['a blank name', { organisation: { name: '   ' } }],
    ['an empty area', { organisation: { name: 'N', area: '' } }],
    ['a day that does not exist', { organisation: { name: 'N', date: '2026-02-29' } }],
    ['a number too large for one', { answers: { 'meetings-per-year': Infinity } }],
    ['not a number', { answers: { 'meetings-per-year': NaN } }],
    ['a boolean', { answers: { 'must-do': true } }],
    ['a null in a list', { answers: { 'plan-links': ['other', null] } }],
    ['a list within a list', { answers: { 'plan-links': [['other']] } }],
    ['a map as an answer', { answers: { 'must-do': { yes: 1 } } }],
    ['a key no answer file has', { notes: 'x' }],
    ['a language ce-plan does not speak', { lang: 'fr' }],
    ['no languages', { lang: [] }],
    ['null answers', { answers: null }],
  ])('it leaves %s to the schema', (_, change) => {
    const base = { bank: 'ce-readiness', bank_version: '1.2.0', organisation: { name: 'N' }, answers: { 'must-do': 'yes' } };
    expect(quickShape(base)).toBeDefined();
    expect(quickShape({ ...base, ...change })).toBeUndefined();
  });

  test.each(['', 'organisation', 'respondent', 'answers'])('it leaves a __proto__ key to the schema (in %s)', (where) => {
    const file: Record<string, Record<string, unknown>> = { organisation: { name: 'N' }, respondent: { name: 'Sam' }, answers: { 'must-do': 'yes' } };
    const base = { bank: 'ce-readiness', ...file };
    expect(quickShape(base)).toBeDefined();
    setOwn(where === '' ? base : file[where]!, '__proto__', { polluted: true });
    expect(quickShape(base)).toBeUndefined();
  });
});

describe('a calendar date', () => {
  // The rule as it was, asked of Date: the day exists when Date reads it back as the same day.
  const byDate = (value: string) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  };
  const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const day = fc.tuple(fc.oneof(digits(4), fc.constantFrom('0000', '1900', '2000', '2024', '2100', '9999')), digits(2), digits(2));

  test('is a day that exists, as Date says: leap years, month ends, years 0000 to 9999', () => {
    fc.assert(
      fc.property(day, ([year, month, date]) => {
        const value = `${year}-${month}-${date}`;
        expect([value, isCalendarDate(value)]).toEqual([value, byDate(value)]);
      }),
      { numRuns: 5_000 },
    );
    for (const value of [
      '2024-02-29',
      '2000-02-29',
      '1900-02-29',
      '2023-02-29',
      '2026-04-31',
      '2026-12-31',
      '0000-02-29',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
    ])
      expect([value, isCalendarDate(value)]).toEqual([value, byDate(value)]);
  });
});
