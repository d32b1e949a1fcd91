// The quick reading of answer files (js-yaml) against yaml's: wherever the quick one reads a file, yaml
// reads it too, finds nothing wrong, and gives exactly the same data (numbers by Object.is, so -0 and NaN
// count). Over every fixture and bank, and over fuzzed answer files full of what the two could read apart.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseYaml } from '../src/pipeline/parse-yaml.js';
import { readQuickly } from '../src/pipeline/quick-yaml.js';
import { en } from '../src/core/words/en.js';

/** Whether the quick reading agrees with yaml's; true also where it leaves the file to yaml. */
function agrees(text: string): boolean {
  const quick = readQuickly(text);
  if (quick === undefined) return true;
  const placed = parseYaml('t.yaml', text, en);
  return placed.ok && isDeepStrictEqual(quick, placed.value.data);
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });

describe('the quick reading gives what yaml gives', () => {
  const files = [...yamlFiles('test/fixtures'), ...yamlFiles('questionnaires')];

  test.each(files)('%s', (file) => {
    expect(agrees(readFileSync(file, 'utf8'))).toBe(true);
  });

  test('and reads the plain answer files itself', () => {
    for (const file of yamlFiles('test/fixtures/reports')) expect(readQuickly(readFileSync(file, 'utf8'))).toBeDefined();
  });

  test.each([
    // Each is read apart by js-yaml's own CORE_SCHEMA and yaml's core schema.
    ['1_000', '1_000'],
    ['0b11', '0b11'],
    ['-.5', -0.5],
    ['+0x1F', '+0x1F'],
    ['-0x1F', '-0x1F'],
    ['+12', 12],
    ['-0', -0],
    ['0o17', 15],
    ['017', 17],
    ['0x1f', 31],
    ['1.', 1],
    ['.5e3', 500],
    ['1e3', 1000],
    ['-.INF', -Infinity],
    ['.NaN', NaN],
    ['nan', 'nan'],
    ['~', null],
    ['', null],
    ['Null', null],
    ['TRUE', true],
    ['yes', 'yes'],
    ['on', 'on'],
    ['2026-11-20', '2026-11-20'],
    ['12:30', '12:30'],
  ])('the plain scalar %j reads as %p, as yaml reads it', (scalar, value) => {
    const text = `bank: x\nanswers:\n  hours: ${scalar}\n`;
    expect(readQuickly(text)).toEqual({ bank: 'x', answers: { hours: value } });
    expect(agrees(text)).toBe(true);
  });

  test.each([
    ['an anchor and an alias', 'a: &x [1]\nb: *x\n'],
    ['a scalar alias', 'a: &x 1\nb: *x\n'],
    ['an alias in a list', 'a: &x 1\nb:\n  - *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a local tag', 'a: !thing 1\n'],
    ['a timestamp tag', 'a: !!timestamp 2026-11-20\n'],
    ['a key given twice', 'a: 1\na: 2\n'],
    ['a number key and the same key as text', '1: a\n"1": b\n'],
    ['a __proto__ key', 'a:\n  __proto__: { polluted: true }\n'],
    ['a quoted __proto__ key', '"__proto__": 1\n'],
    ['a constructor key', 'constructor: 1\n'],
    ['a merge key', 'a: { x: 1 }\nb:\n  <<: { y: 2 }\n'],
    ['a null key', 'null: 1\n'],
    ['a ~ key', '~: 1\n'],
    ['an empty key', '"": 1\n'],
    ['a number key', '1: a\n'],
    ['a boolean key', 'true: a\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a list as a key', '[a, b]: 1\n'],
    ['a %YAML directive', '%YAML 1.1\n---\na: 010\n'],
    ['a document start', '---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a document end', 'a: 1\n...\n'],
    ['a tab', 'a:\tb\n'],
    ['a lone carriage return', 'a: 1\rb: 2\r'],
    ['a line separator', 'a: x\u2028y\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a scalar at the top', 'just text\n'],
    ['an empty file', ''],
    ['a comment glued to a quote', 'a: "x"#c\n'],
    ['a flow list over two lines', 'a: [x,\n  y]\n'],
    ['a file too large', `a: "${'x'.repeat(300 * 1024)}"\n`],
    ['a key too long', `${'k'.repeat(200)}: 1\n`],
    ['nesting beyond js-yaml', `a: ${'['.repeat(200)}${']'.repeat(200)}\n`],
  ])('%s is left to yaml', (_, text) => {
    expect(readQuickly(text)).toBeUndefined();
  });

  test('"&", "*" and "!" inside text do not send a file to yaml', () => {
    expect(readQuickly('a: Police & council *and* us!\nb: "&x"\n')).toEqual({ a: 'Police & council *and* us!', b: '&x' });
  });
});

// What an answer file may hold, weighted towards what the two readings could read apart.
const TRICKY_SCALARS = [
  '1_000',
  '0b11',
  '-.5',
  '+.5',
  '.5',
  '1.',
  '1.0',
  '1e3',
  '1E+3',
  '-1e-3',
  '.5e3',
  '-0',
  '+0',
  '+12',
  '012',
  '0x1F',
  '-0x1F',
  '0o17',
  '0o8',
  '.inf',
  '-.Inf',
  '+.INF',
  '.NaN',
  '.nan',
  'nan',
  'inf',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'yes',
  'No',
  'on',
  'off',
  'y',
  'n',
  '2026-11-20',
  '2026-11-20T10:00:00Z',
  '12:30',
  '1:30:00',
  '190:20:30',
  '0.1.2',
  '1,000',
  'a b',
  'a  b',
  'a #b',
  'a#b',
  'a:b',
  'a: b',
  'http://x.y/z',
  '-',
  '- a',
  '-a',
  '@x',
  '`x`',
  '%x',
  '&a',
  '*a',
  '!x',
  '!!str 1',
  '|',
  '>',
  'x\ty',
  "it's",
  '"q"',
  'é',
  '你好',
  '😀',
  '\u00a0x',
  'x\u00a0',
  '[a, b]',
  '{a: 1}',
  '[]',
  '{}',
  '[a, [b]]',
  '?',
  '? a',
  ':',
  '::',
  '#',
  '<<',
  '=',
  '\\',
  '\\n',
  'a\\',
  '9007199254740993',
  '1e400',
  '-1e400',
  '0x',
  '0o',
  '+',
  '.',
  '..',
  '...',
  '---',
  '0.',
  '00',
  '-00',
];
const PLAIN_KEYS = ['bank', 'answers', 'organisation', 'name', 'must-do', 'a', 'b', 'c', 'd', 'A_b', '_x', 'q-1', 'hours', 'methods-used', 'y', 'on'];
const ODD_KEYS = ['__proto__', 'constructor', 'null', 'Null', 'true', '1', '0x1', '1.0', '"a"', "'a'", '"b c"', '<<', '~', '""', 'a b'];
const PROPERTIES = ['&x ', '*x', '!!str ', '!x ', '&y !!str '];

const scalarText = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TRICKY_SCALARS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,'()/-]{0,20}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** A scalar as a YAML file could write it: plain, quoted, or a block. */
const scalar = (indent: string) =>
  fc.oneof(
    { weight: 4, arbitrary: scalarText },
    { weight: 2, arbitrary: scalarText.map((s) => `'${s.replace(/'/g, "''")}'`) },
    { weight: 2, arbitrary: scalarText.map((s) => JSON.stringify(s)) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('\\x41', '\\u00e9', '\\N', '\\_', '\\t', '\\ ', '\\/', '\\e', '\\0', '\\L', '\\q', '\\U0001F600', '\\\n  '), scalarText)
        .map(([escape, s]) => `"${escape}${s.replace(/["\\]/g, '')}"`),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '|2', '>1-'), fc.array(scalarText, { minLength: 1, maxLength: 3 }), fc.boolean())
        .map(([header, lines, blank]) => `${header}\n${lines.map((l) => `${indent}  ${l}`).join(blank ? '\n\n' : '\n')}`),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom('one', 'two words', 'x: y', '3', '"q"', "'q'", '- z'), { minLength: 2, maxLength: 3 })
        .map((lines) => lines.join(`\n${indent}  `)),
    },
  );

type Tree = string | Tree[] | [string, Tree][];

/** A document's top-level map, a few levels deep. */
const tree: fc.Arbitrary<[string, Tree][]> = fc.letrec<{ map: [string, Tree][]; value: Tree }>((tie) => ({
  map: fc.array(
    fc.tuple(fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...PLAIN_KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) }), tie('value')),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(''),
    fc.constant('SCALAR'),
    fc.array(fc.constant('SCALAR'), { maxLength: 3 }),
    tie('map'),
  ),
})).map as fc.Arbitrary<[string, Tree][]>;

/** Renders a tree as YAML, filling scalars from `scalars` and adding properties, comments and flow lists along the way. */
function render(map: [string, Tree][], pick: () => string, indent: string, flow: () => boolean, property: () => string, comment: () => string): string {
  let text = '';
  for (const [key, value] of map) {
    text += `${indent}${key}:`;
    if (value === '') text += `${comment()}\n`;
    else if (value === 'SCALAR') text += ` ${property()}${pick()}${comment()}\n`;
    else if (typeof value[0] === 'string' || value.length === 0) {
      const items = (value as string[]).map(() => pick());
      if (flow() || items.length === 0) text += ` ${property()}[${items.join(', ')}]${comment()}\n`;
      else text += `${comment()}\n${items.map((item) => `${indent}  - ${property()}${item}\n`).join('')}`;
    } else {
      text += `${comment()}\n${render(value as [string, Tree][], pick, `${indent}  `, flow, property, comment)}`;
    }
  }
  return text;
}

const answerFile = fc
  .tuple(
    tree,
    fc.array(scalar('  '), { minLength: 20, maxLength: 20 }),
    fc.infiniteStream(fc.nat(99)),
    fc.constantFrom('\n', '\n', '\n', '\r\n'),
    fc.oneof({ weight: 12, arbitrary: fc.constantFrom('', '# a comment\n') }, { weight: 1, arbitrary: fc.constantFrom('---\n', '%YAML 1.2\n---\n', '\uFEFF') }),
    fc.oneof({ weight: 12, arbitrary: fc.constantFrom('', '\n', ' \n') }, { weight: 1, arbitrary: fc.constantFrom('...\n', '---\nb: 1\n', '\t\n') }),
  )
  .map(([map, scalars, dice, newline, head, tail]) => {
    let n = 0;
    const roll = () => dice.next().value as number;
    const text = render(
      map,
      () => scalars[n++ % scalars.length]!,
      '',
      () => roll() < 30,
      () => (roll() < 3 ? PROPERTIES[roll() % PROPERTIES.length]! : ''),
      () => (roll() < 8 ? ' # note' : roll() < 2 ? '#glued' : roll() < 3 ? '   ' : ''),
    );
    // Now and then a line one space in or out, where lenient and strict readers part.
    const jittered = text.replace(/^ */gm, (indent) => (roll() < 4 ? `${indent} ` : roll() < 4 ? indent.slice(1) : indent));
    return `${head}${jittered}${tail}`.replace(/\n/g, newline);
  });

test('fuzzed answer files: wherever the quick reading reads one, yaml reads the same', () => {
  let quick = 0;
  let runs = 0;
  fc.assert(
    fc.property(answerFile, (text) => {
      runs++;
      if (readQuickly(text) !== undefined) quick++;
      return agrees(text);
    }),
    { numRuns: 5000, seed: 27 },
  );
  // The fuzzing reaches the quick reading often, or it would show nothing.
  expect(quick).toBeGreaterThan(runs / 6);
});

test('fuzzed answer files of plain words, numbers and lists are read quickly', () => {
  const plain = fc
    .dictionary(
      fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/).filter((k) => !['null', 'true', 'false'].includes(k)),
      fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z ,.']{0,30}[a-z]$/), fc.integer(), fc.array(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), { maxLength: 4 })),
      { minKeys: 1 },
    )
    .map((answers) => ({ bank: 'ce-readiness', organisation: { name: 'Group', date: '2026-11-20' }, answers }));
  fc.assert(
    fc.property(plain, (content) => {
      const text = Object.entries(content)
        .map(
          ([k, v]) =>
            `${k}:${
              typeof v === 'string'
                ? ` ${v}`
                : `\n${Object.entries(v)
                    .map(([ik, iv]) => `  ${ik}: ${Array.isArray(iv) ? `[${iv.join(', ')}]` : String(iv)}`)
                    .join('\n')}`
            }`,
        )
        .join('\n');
      const quick = readQuickly(`${text}\n`);
      return quick !== undefined && agrees(`${text}\n`);
    }),
    { numRuns: 300, seed: 27 },
  );
});
