import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Alias, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { DocPath, Locator } from '../src/core/diagnostics.js';
import { parseYaml } from '../src/pipeline/parse-yaml.js';
import { tableLocator } from '../src/pipeline/positions.js';
import { en } from '../src/core/words/en.js';

function parsed(text: string) {
  const result = parseYaml('t.yaml', text, en);
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
    // YAML 1.1's !!pairs (which yaml reads in 1.2 too) hold their pairs straight in a list.
    ['__proto__ in a list of pairs', 'n: 1\nm: !!pairs [ __proto__: meetings ]\n', 'forbidden-key', 2],
    ['a list as a key in a list of pairs', 'n: 1\nm: !!pairs [ [x]: meetings ]\n', 'invalid-key', 2],
    // YAML 1.1 reads 010 as 8 and 1_000 as 1000: refused, rather than read another way than it looks.
    ['a %YAML 1.1 directive', '%YAML 1.1\n---\nhours: 010\n', 'yaml-version', 1],
  ])('%s', (_, text, rule, line) => {
    const result = parseYaml('t.yaml', text, en);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ rule, line });
  });

  test('every problem with keys is reported, each where it is', () => {
    const result = parseYaml('t.yaml', 'a: 1\na: 2\n? [x]\n: 3\nconstructor: 4\n', en);
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
    expect(parseYaml('t.yaml', '1: a\n0x1: b\n', en).diagnostics[0]!.message).toBe('the key "0x1" is given twice in this map; each key may appear once');
  });

  test('nothing is polluted by a __proto__ key', () => {
    parseYaml('t.yaml', '__proto__: { polluted: true }\n', en);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

/**
 * The oracle for the position table: a locator written the plain way, walking yaml's own document for
 * every lookup, with the same rules (a missing path stops at its nearest ancestor, an empty value is
 * placed at its key, a path through an alias goes on inside the anchored node).
 */
function walkingLocator(text: string): Locator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, merge: false });
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    at(path: DocPath, target: 'key' | 'value' = 'value') {
      let node = resolve(doc.contents);
      let lastOffset = (node as Node | null)?.range?.[0] ?? 0;
      for (let i = 0; i < path.length; i++) {
        const segment = path[i]!;
        let next: unknown;
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
          const keyOffset = (pair?.key as Node | undefined)?.range?.[0];
          const empty = pair?.value == null || (isScalar(pair.value) && pair.value.value === null);
          if (keyOffset !== undefined && ((target === 'key' && i === path.length - 1) || empty)) return position(keyOffset);
          next = pair?.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          next = node.items[segment];
        }
        next = resolve(next);
        const offset = (next as Node | null | undefined)?.range?.[0];
        if (offset === undefined) break;
        node = next;
        lastOffset = offset;
      }
      return position(lastOffset);
    },
  };
}

describe('the position table', () => {
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
    'aliases inside aliases': 'a: &a { x: [1, 2] }\nb: &b { y: *a, z: [*a, *a] }\nc: [*b, { w: *b }]\n',
    'an alias to a scalar': 'd: &d text\ne: *d\n',
    'an anchor given again: each alias stands for the last before it': 'a: &x { p: 1 }\nb: *x\nc: &x [2, { q: 3 }]\nd: *x\ne: [*x, &x { r: 4 }, *x]\n',
    'anchors on keys and on empty values': '&k key: &n\nother: [*k, *n]\nm: &x { s: 5 }\nlast: *x\n',
  };
  const files = ['test/fixtures/answers', 'test/fixtures/compare', 'test/fixtures/banks'].flatMap((dir) =>
    readdirSync(dir).map((name) => [join(dir, name), readFileSync(join(dir, name), 'utf8')] as const),
  );

  test.each([...files, ...Object.entries(crafted)])('%s: every path gets the place the walking locator gives', (_, text) => {
    const { data, locator } = parsed(text);
    const oracle = walkingLocator(text);
    for (const path of pathsOf(data)) {
      for (const target of ['key', 'value'] as const) expect([path, target, locator.at(path, target)]).toEqual([path, target, oracle.at(path, target)]);
    }
  });

  test('lists a document whose aliases expand widely once, not once per expansion', () => {
    const wide = `a: &a [${Array(100).fill('x').join(', ')}]\nb: [${Array(60).fill('*a').join(', ')}]\n`;
    const { positions, locator } = parsed(wide);
    expect(positions.entries.length / 5).toBeLessThan(200);
    expect(locator.at(['b', 59, 99])).toEqual(walkingLocator(wide).at(['b', 59, 99]));
    expect(locator.at(['b', 59, 99]).line).toBe(1);
  });

  test("places every offset on the line and column yaml's LineCounter gives", () => {
    const line = fc.stringMatching(/^[ a-z:#-]{0,6}$/);
    const text = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n')).map(([lines, end]) => lines.join(end));
    fc.assert(
      fc.property(text, fc.nat(), (text, n) => {
        const lineCounter = new LineCounter();
        parseDocument(text, { lineCounter });
        const offset = n % (text.length + 1);
        // A table of the document alone, at the offset: the path [] is placed there.
        const table = { entries: Int32Array.of(offset, offset, -1, 0, -1), keys: '', lineStarts: Int32Array.from(lineCounter.lineStarts) };
        const { line, col } = lineCounter.linePos(offset);
        expect(tableLocator(table).at([])).toEqual({ line, column: col });
      }),
    );
  });
});

describe('anchors and aliases in numbers (issue 28)', () => {
  /** An answer file with `anchors` anchored answers and `aliases` answers that refer to them. */
  const file = (anchors: number, aliases: number) =>
    [
      'bank: example',
      'organisation: { name: Bomb }',
      'answers:',
      ...Array.from({ length: anchors }, (_, i) => `  a${i}: &x${i} yes`),
      ...Array.from({ length: aliases }, (_, i) => `  b${i}: *x${i}`),
      '',
    ].join('\n');

  /** How many times yaml walks the whole document to resolve one alias (Alias.resolve without its cache). */
  function documentWalks(parse: () => void): number {
    const resolve = Alias.prototype.resolve;
    let walks = 0;
    Alias.prototype.resolve = function (this: Alias, ...args: Parameters<Alias['resolve']>) {
      if (args[1]?.aliasResolveCache === undefined) walks++;
      return resolve.apply(this, args);
    };
    try {
      parse();
    } finally {
      Alias.prototype.resolve = resolve;
    }
    return walks;
  }

  test('5,000 anchors and 5,000 aliases (150 KB): refused at the first alias beyond the limit, before any alias is resolved', () => {
    const text = file(5000, 5000);
    expect(text.length).toBeLessThan(200_000);
    let result: ReturnType<typeof parseYaml> | undefined;
    expect(documentWalks(() => (result = parseYaml('bomb.yaml', text, en)))).toBe(0);
    expect(result!.diagnostics).toEqual([
      expect.objectContaining({
        line: 3 + 5000 + 201,
        column: 9,
        rule: 'alias-limit',
        message: 'uses more than 200 aliases (this is *x200, the first beyond the limit); write the content out or use fewer aliases',
      }),
    ]);
  });

  test('the limit allows 200, and placing them never walks the whole document once per alias', () => {
    for (const anchors of [1000, 2000]) {
      let result: ReturnType<typeof parseYaml> | undefined;
      // toJS resolves each alias from one list of the document's anchors; the position table from its own walk.
      expect(documentWalks(() => (result = parseYaml('many.yaml', file(anchors, 200), en)))).toBeLessThanOrEqual(1);
      expect(result!.ok).toBe(true);
      if (!result!.ok) continue;
      // The key where it is; the value where its anchor is (`  a199: &x199 yes`).
      expect(result!.value.locator.at(['answers', 'b199'], 'key')).toEqual({ line: 3 + anchors + 200, column: 3 });
      expect(result!.value.locator.at(['answers', 'b199'])).toEqual({ line: 3 + 200, column: 15 });
    }
  });
});
