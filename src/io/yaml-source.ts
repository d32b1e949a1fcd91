// Parses YAML defensively and keeps source positions, so every later finding can name a line and column.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Scalar } from 'yaml';
import type { Diagnostic, DocPath, Locator, Position } from '../core/diagnostics.js';
import { nowhere, START } from '../core/diagnostics.js';
import { quoteText } from '../core/validate.js';
import { failure, type Result } from './read-source.js';

/** Aliases let a bank reuse an option list; this many is plenty, and stops "billion laughs" expansion. */
const MAX_ALIASES = 200;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
  file: string;
  data: unknown;
  locator: Locator;
  /** The locator's answers as plain data, for another thread; undefined for a document too large to list. */
  positions(): PositionTable | undefined;
}

/**
 * Every position the locator can give, listed in one walk: numbers and one string, cheap to build and to
 * pass to another thread. Entry 0 is the document; for entry i, `entries[4i]` is its key's offset and
 * `entries[4i + 1]` its value's (the key's again where the value is empty), `entries[4i + 2]` its parent
 * entry, and `entries[4i + 3]` where it sits in the parent: a list index as -1 - index, or a map key as
 * the key's length, the key's text being next in `keys`. Paths and lines are worked out only when a
 * finding needs a place.
 */
export interface PositionTable {
  entries: Int32Array;
  keys: string;
  lineStarts: Int32Array;
}

/** Line and column of an offset, as yaml counts them. */
const positionIn =
  (lineCounter: LineCounter) =>
  (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

/** Parses one YAML document, rejecting syntax errors, duplicate keys, dangerous keys and alias bombs. */
export function parseYaml(file: string, text: string): Result<ParsedYaml> {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Keys are checked below, in one pass with the forbidden ones: yaml's own check compares every pair of keys.
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false, merge: false });
  } catch (error) {
    if (error instanceof RangeError) return failure(file, 'yaml-syntax', 'is nested too deeply to be a ce-plan file');
    throw error;
  }
  const position = positionIn(lineCounter);

  const problems: Diagnostic[] = [];
  for (const error of doc.errors) {
    const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const message = /call stack/i.test(first) ? 'is nested too deeply to be a ce-plan file' : first;
    problems.push({ file, ...position(error.pos[0]), severity: 'error', rule: 'yaml-syntax', message });
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) {
    return failure(file, 'empty-file', 'is empty; expected a YAML map of keys');
  }

  checkKeys(doc.contents, (node, rule, message) => problems.push({ file, ...position(node?.range?.[0] ?? 0), severity: 'error', rule, message }));
  if (problems.length > 0) return { ok: false, diagnostics: problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past the limit.
    if (!(error instanceof ReferenceError)) throw error;
    let first: Position = START;
    visit(doc, {
      Alias(_, alias) {
        first = position(alias.range?.[0] ?? 0);
        return visit.BREAK;
      },
    });
    return failure(file, 'alias-limit', `uses aliases that expand too far (more than ${MAX_ALIASES}); write the content out or use fewer aliases`, first);
  }
  return { ok: true, value: { file, data, locator: yamlLocator(doc, position), positions: () => positionTable(doc, lineCounter.lineStarts) }, diagnostics: [] };
}

type KeyReport = (at: Node | null | undefined, rule: string, message: string) => void;

/**
 * Every key must be a plain word, given once, and not one that could tamper with objects. Keys are
 * compared as the text they become, so `1` and `"1"` clash as they would in the parsed data.
 */
function checkKeys(node: unknown, report: KeyReport): void {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const { key, value } of node.items) {
      const plain = checkKey(key, report);
      if (plain !== undefined) {
        const name = propertyName(plain);
        if (seen.has(name)) report(plain, 'duplicate-key', `the key ${quoteText(keyText(plain))} is given twice in this map; each key may appear once`);
        seen.add(name);
      }
      checkKeys(value, report);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      // YAML 1.1's !!pairs and !!omap hold pairs straight in a list.
      if (isPair(item)) {
        checkKey(item.key, report);
        checkKeys(item.value, report);
      } else {
        checkKeys(item, report);
      }
    }
  }
}

/** The key when it is a plain, allowed one; anything else is reported. */
function checkKey(key: unknown, report: KeyReport): Scalar | undefined {
  if (!isScalar(key)) {
    report(key as Node | null, 'invalid-key', 'keys must be plain words, not lists or maps');
    return undefined;
  }
  const name = propertyName(key);
  if (FORBIDDEN_KEYS.has(name)) {
    report(key, 'forbidden-key', `the key ${quoteText(name)} is not allowed (it could tamper with objects); rename or remove it`);
    return undefined;
  }
  return key;
}

/** The property a key becomes, as yaml names it: a null key becomes "". */
const propertyName = (key: Scalar): string => (key.value === null ? '' : String(key.value));

/** A key as the file writes it (`0x1`, not `1`), for messages. */
const keyText = (key: Scalar): string => (typeof key.source === 'string' ? key.source : propertyName(key));

/**
 * Positions in text that parseYaml has already accepted, found again when a later check needs one: a
 * parse only, without the key checks or the conversion. Never throws: should the text not parse this
 * time (a nesting deep enough to run out of stack here), findings point at the start of the file.
 */
export function locatorFor(text: string): Locator {
  const lineCounter = new LineCounter();
  try {
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false, merge: false });
    return yamlLocator(doc, positionIn(lineCounter));
  } catch {
    return nowhere;
  }
}

// Aliases can repeat a subtree many times over; past this, the receiving thread parses the text again instead.
const MAX_POSITIONS = 5_000;
const ENTRY = 4;

/** What yamlLocator answers for every path that exists, following the same steps (see yamlLocator). */
function positionTable(doc: Document.Parsed, lineStarts: number[]): PositionTable | undefined {
  const entries: number[] = [];
  let keys = '';
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const root = resolve(doc.contents);
  const rootOffset = (root as Node | null)?.range?.[0] ?? 0;
  entries.push(rootOffset, rootOffset, -1, 0);
  const walk = (node: unknown, parent: number): boolean => {
    if (isMap(node)) {
      for (const { key, value } of node.items) {
        const keyOffset = (key as Node | null)?.range?.[0];
        if (!isScalar(key) || keyOffset === undefined) continue;
        const name = String(key.value);
        // An empty value is placed at its key, and has nothing inside it to list.
        const empty = value == null || (isScalar(value) && value.value === null);
        if (!add(keyOffset, empty ? key : resolve(value), parent, name, !empty)) return false;
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const resolved = resolve(item);
        const offset = (resolved as Node | null | undefined)?.range?.[0];
        if (offset !== undefined && !add(offset, resolved, parent, i, true)) return false;
      }
    }
    return entries.length <= MAX_POSITIONS * ENTRY;
  };
  // Lists an entry, then what is inside it, if asked to.
  const add = (keyOffset: number, value: unknown, parent: number, segment: string | number, inside: boolean): boolean => {
    const offset = (value as Node | null | undefined)?.range?.[0];
    if (offset === undefined) return true; // the locator stops at the parent, as a missing path does
    const index = entries.length / ENTRY;
    if (typeof segment === 'number') {
      entries.push(keyOffset, offset, parent, -1 - segment);
    } else {
      entries.push(keyOffset, offset, parent, segment.length);
      keys += segment;
    }
    return !inside || walk(value, index);
  };
  return walk(root, 0) ? { entries: Int32Array.from(entries), keys, lineStarts: Int32Array.from(lineStarts) } : undefined;
}

/** A locator from a position table: the same answers as the locator it was listed from. */
export function tableLocator({ entries, keys, lineStarts }: PositionTable): Locator {
  let children: Map<string, number> | undefined;
  let position: ((offset: number) => Position) | undefined;
  return {
    at(path: DocPath, target: 'key' | 'value' = 'value'): Position {
      children ??= childEntries(entries, keys);
      // The deepest part of the path that exists; a missing rest points at it, as yamlLocator does.
      let found = 0;
      let whole = true;
      for (const segment of path) {
        const next = children.get(`${found}k${String(segment)}`) ?? (typeof segment === 'number' ? children.get(`${found}i${segment}`) : undefined);
        if (next === undefined) {
          whole = false;
          break;
        }
        found = next;
      }
      if (position === undefined) {
        const lineCounter = new LineCounter();
        lineCounter.lineStarts = Array.from(lineStarts);
        position = positionIn(lineCounter);
      }
      return position(entries[ENTRY * found + (whole && target === 'key' && path.length > 0 ? 0 : 1)]!);
    },
  };
}

/** Each entry of a table by its parent and its key or index: `3kname`, `3i0`. */
function childEntries(entries: Int32Array, keys: string): Map<string, number> {
  const children = new Map<string, number>();
  let keyAt = 0;
  for (let i = 1; i < entries.length / ENTRY; i++) {
    const parent = entries[ENTRY * i + 2]!;
    const place = entries[ENTRY * i + 3]!;
    let name: string;
    if (place >= 0) {
      name = `${parent}k${keys.slice(keyAt, keyAt + place)}`;
      keyAt += place;
    } else {
      name = `${parent}i${-1 - place}`;
    }
    // The locator finds the first pair with a key (`~` and "null" both read as "null").
    if (!children.has(name)) children.set(name, i);
  }
  return children;
}

function yamlLocator(doc: Document.Parsed, position: (offset: number) => Position): Locator {
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  return {
    at(path: DocPath, target: 'key' | 'value' = 'value'): Position {
      let node = resolve(doc.contents);
      let lastOffset = (node as Node | null)?.range?.[0] ?? 0;
      for (let i = 0; i < path.length; i++) {
        const segment = path[i]!;
        let next: unknown;
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
          const keyOffset = (pair?.key as Node | undefined)?.range?.[0];
          // An empty value has no position of its own: point at its key.
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
