import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAnswerFile } from '../src/io/load-answers.js';
import { parseAnswerFile } from '../src/io/read-answers.js';
import { parseYaml, tableLocator } from '../src/io/yaml-source.js';

function parsed(text: string) {
  const result = parseYaml('t.yaml', text);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

describe('parseYaml keeps positions', () => {
  const text = 'id: x\nsections:\n  - id: a\n    questions:\n      - { id: q1, type: single }\n      - id: q2\n        prompt:\n';

  test('values, keys and missing paths resolve to lines and columns', () => {
    const { locator } = parsed(text);
    expect(locator.at(['sections', 0, 'questions', 0, 'type'])).toEqual({ line: 5, column: 25 });
    expect(locator.at(['sections', 0, 'questions', 1, 'id'], 'key')).toEqual({ line: 6, column: 9 });
    // A missing key points at the map that should hold it; an empty value at its key.
    expect(locator.at(['sections', 0, 'questions', 1, 'help'])).toEqual({ line: 6, column: 9 });
    expect(locator.at(['sections', 0, 'questions', 1, 'prompt'])).toEqual({ line: 7, column: 9 });
  });

  test('paths through an alias resolve to the anchored node', () => {
    const { data, locator } = parsed('base: &opts\n  - { value: a }\nq:\n  options: *opts\n');
    expect(data).toEqual({ base: [{ value: 'a' }], q: { options: [{ value: 'a' }] } });
    expect(locator.at(['q', 'options', 0, 'value'])).toEqual({ line: 2, column: 14 });
  });

  test('`yes` and `no` stay text (YAML 1.2), dates stay text', () => {
    expect(parsed('a: yes\nb: no\nc: 2026-11-20\n').data).toEqual({ a: 'yes', b: 'no', c: '2026-11-20' });
  });

  test('merge keys are not expanded, so they surface as unknown keys', () => {
    expect(parsed('a: &a { x: 1 }\nb:\n  <<: *a\n').data).toEqual({ a: { x: 1 }, b: { '<<': { x: 1 } } });
  });
});

describe('parseYaml refuses dangerous input', () => {
  test.each([
    ['__proto__ keys', 'a:\n  __proto__: { polluted: true }\n', 'forbidden-key', 2],
    ['prototype keys', 'prototype: 1\n', 'forbidden-key', 1],
    ['a second document', 'a: 1\n---\nb: 2\n', 'yaml-syntax', 2],
    ['a tab-indented map', 'a:\n\tb: 1\n', 'yaml-syntax', 2],
    ['a key given twice', 'a: 1\nb:\n  c: 1\n  c: 2\n', 'duplicate-key', 4],
    ['a key given twice in a list item', 'l:\n  - { x: 1, y: 2, x: 3 }\n', 'duplicate-key', 2],
    // Both become the property "1", so one would silently replace the other.
    ['a number key and the same key as text', '1: a\n"1": b\n', 'duplicate-key', 2],
    ['a null key and an empty one (both become "")', '~: 1\n"": 2\n', 'duplicate-key', 2],
    // YAML 1.1's !!pairs hold their pairs straight in a list.
    ['__proto__ in a list of pairs', '%YAML 1.1\n---\nm: !!pairs [ __proto__: meetings ]\n', 'forbidden-key', 3],
    ['a list as a key in a list of pairs', '%YAML 1.1\n---\nm: !!pairs [ [x]: meetings ]\n', 'invalid-key', 3],
  ])('%s', (_, text, rule, line) => {
    const result = parseYaml('t.yaml', text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ rule, line });
  });

  test('every problem with keys is reported, each where it is', () => {
    const result = parseYaml('t.yaml', 'a: 1\na: 2\n? [x]\n: 3\nconstructor: 4\n');
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['duplicate-key', 2, 1],
      ['invalid-key', 3, 3],
      ['forbidden-key', 5, 1],
    ]);
    expect(result.diagnostics[0]!.message).toBe('the key "a" is given twice in this map; each key may appear once');
  });

  test('keys clash only when they become the same property', () => {
    expect(parsed('null: 1\n"null": 2\n').data).toEqual({ '': 1, null: 2 });
  });

  test('a duplicate is named as the file writes it', () => {
    expect(parseYaml('t.yaml', '1: a\n0x1: b\n').diagnostics[0]!.message).toBe('the key "0x1" is given twice in this map; each key may appear once');
  });

  test('nothing is polluted by a __proto__ key', () => {
    parseYaml('t.yaml', '__proto__: { polluted: true }\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('position tables, for findings made in another thread', () => {
  /** Every path into the data, and past it: a missing key, a missing index, an index given as text. */
  function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    const here = [path, [...path, 'missing'], [...path, 99], [...path, '0'], [...path, 0]];
    if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
    if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
    return here;
  }

  const crafted = {
    'aliases, empty values and flow style': 'base: &b { a: 1, b: [x, ~] }\nlist:\n  - *b\n  -\n  - [1, { c: }]\nempty:\nnull-key: { ~: 1, 2: two }\n',
    'a list at the top': '- a\n- { b: 2 }\n- - c\n',
    'a null key beside the text "null", and keys like table entries': '{ ~: 1, "null": { a: 2 }, 1i2: [3], "0": x }\n',
  };
  const files = ['test/fixtures/answers', 'test/fixtures/compare', 'test/fixtures/banks'].flatMap((dir) =>
    readdirSync(dir).map((name) => [join(dir, name), readFileSync(join(dir, name), 'utf8')] as const),
  );

  test.each([...files, ...Object.entries(crafted)])('%s: every path gets the same place from the table as from the parse', (_, text) => {
    const { data, locator, positions } = parsed(text);
    const table = positions();
    if (table === undefined) throw new Error('no table');
    const fromTable = tableLocator(table);
    for (const path of pathsOf(data)) {
      for (const target of ['key', 'value'] as const) expect([path, target, fromTable.at(path, target)]).toEqual([path, target, locator.at(path, target)]);
    }
  });

  const wideLists = `a: &a [${Array(100).fill('x').join(', ')}]\nb: [${Array(60).fill('*a').join(', ')}]\n`;

  test('a document that aliases expand past the limit gets no table', () => {
    expect(parsed(wideLists).positions()).toBeUndefined();
  });

  test('an answer file without a table still has its findings placed, by a second parse', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ce-plan-positions-'));
    const findingsIn = async (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      const read = await parseAnswerFile(join(dir, name));
      if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
      const checked = checkAnswerFile(read.value);
      return { listed: !('text' in read.value.positions), diagnostics: checked.diagnostics.map(({ line, column, rule }) => ({ line, column, rule })) };
    };
    try {
      const head = 'bank: example\norganisation:\n  name: [not, text]\n';
      const wide = await findingsIn('wide.yaml', head + wideLists);
      const small = await findingsIn('small.yaml', head + 'a: &a [x]\nb: [*a]\n');
      expect([wide.listed, small.listed]).toEqual([false, true]);
      expect(wide.diagnostics).toEqual(small.diagnostics);
      expect(wide.diagnostics[0]).toMatchObject({ line: 3, column: 9 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
