// Where each key and value of a parsed YAML document is, as one table of numbers and one string of
// keys: built in one walk of the document, cheap to pass to another thread, and the only locator
// ce-plan has. Lines and columns are worked out only when a finding needs a place.
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Alias, type Document, type Node } from 'yaml';
import type { DocPath, Locator, Position } from '../core/diagnostics.js';

/**
 * Entry 0 is the document; for entry i, `entries[5i]` is its key's offset and `entries[5i + 1]` its
 * value's (the key's again where the value is empty), `entries[5i + 2]` its parent entry,
 * `entries[5i + 3]` where it sits in the parent (a list index as -1 - index, or a map key as the key's
 * length, the key's text being next in `keys`), and `entries[5i + 4]` the entry an alias stands for
 * (-1 otherwise): a path through an alias goes on inside the anchored node, which is listed only once.
 */
export interface PositionTable {
  entries: Int32Array;
  keys: string;
  lineStarts: Int32Array;
}

const ENTRY = 5;
const NONE = -1;

/** Lists every key and value of a parsed document. */
export function positionTable(doc: Document.Parsed, lineStarts: readonly number[]): PositionTable {
  const entries: number[] = [];
  let keys = '';
  // Collections with an anchor, by node, so an alias to one can point at its entry.
  const anchored = new Map<unknown, number>();
  // The last node to carry each anchor so far in the walk, which goes in document order: what an alias
  // there stands for. (yaml's own alias.resolve(doc) walks the whole document each time it is asked.)
  const lastAnchor = new Map<string, unknown>();
  const resolve = (alias: Alias): unknown => lastAnchor.get(alias.source) ?? alias.resolve(doc);
  const root = isAlias(doc.contents) ? doc.contents.resolve(doc) : doc.contents;
  const rootOffset = (root as Node | null | undefined)?.range?.[0] ?? 0;
  entries.push(rootOffset, rootOffset, NONE, 0, NONE);
  if (root) anchored.set(root, 0);
  if ((root as Node | null)?.anchor !== undefined) lastAnchor.set((root as Node).anchor!, root);

  const walk = (node: unknown, parent: number): void => {
    if (isMap(node)) {
      for (const { key, value } of node.items) {
        const keyOffset = (key as Node | null)?.range?.[0];
        if (!isScalar(key) || keyOffset === undefined) continue;
        if (key.anchor !== undefined) lastAnchor.set(key.anchor, key);
        // An empty value is placed at its key, and has nothing inside it to list.
        const empty = value == null || (isScalar(value) && value.value === null);
        if (empty && isScalar(value) && value.anchor !== undefined) lastAnchor.set(value.anchor, value);
        add(keyOffset, empty ? key : value, parent, String(key.value), !empty);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const offset = ((isAlias(item) ? resolve(item) : item) as Node | null)?.range?.[0];
        if (offset !== undefined) add(offset, item, parent, i, true);
      });
    }
  };
  // Lists an entry, then what is inside it (unless it is an alias, whose inside is its anchor's).
  const add = (keyOffset: number, node: unknown, parent: number, segment: string | number, inside: boolean): void => {
    const target = isAlias(node) ? resolve(node) : node;
    const anchor = target === node ? (node as Node | null)?.anchor : undefined;
    if (anchor !== undefined) lastAnchor.set(anchor, node);
    const offset = (target as Node | null | undefined)?.range?.[0];
    if (offset === undefined) return; // a path here stops at the parent, as a missing path does
    const index = entries.length / ENTRY;
    const redirect = target !== node ? (anchored.get(target) ?? NONE) : NONE;
    entries.push(keyOffset, offset, parent, typeof segment === 'number' ? -1 - segment : segment.length, redirect);
    if (typeof segment === 'string') keys += segment;
    if (target !== node || !inside) return;
    if ((node as Node).anchor !== undefined) anchored.set(node, index);
    walk(node, index);
  };
  walk(root, 0);
  return { entries: Int32Array.from(entries), keys, lineStarts: Int32Array.from(lineStarts) };
}

/**
 * Finds a path in the table. A missing path resolves to its nearest existing ancestor, and an empty
 * value to its key; 'key' points at the last key itself (for unknown keys), 'value' at what it holds.
 */
export function tableLocator({ entries, keys, lineStarts }: PositionTable): Locator {
  let children: Map<string, number> | undefined;
  let position: ((offset: number) => Position) | undefined;
  return {
    at(path: DocPath, target: 'key' | 'value' = 'value'): Position {
      children ??= childEntries(entries, keys);
      let found = 0;
      let whole = true;
      for (const segment of path) {
        const redirect = entries[ENTRY * found + 4]!;
        const parent = redirect === NONE ? found : redirect;
        const next = children.get(`${parent}k${String(segment)}`) ?? (typeof segment === 'number' ? children.get(`${parent}i${segment}`) : undefined);
        if (next === undefined) {
          whole = false;
          break;
        }
        found = next;
      }
      position ??= offsetToPosition(lineStarts);
      return position(entries[ENTRY * found + (whole && target === 'key' && path.length > 0 ? 0 : 1)]!);
    },
  };
}

/** Line and column of an offset, as yaml counts them. */
function offsetToPosition(lineStarts: Int32Array): (offset: number) => Position {
  const lineCounter = new LineCounter();
  lineCounter.lineStarts = Array.from(lineStarts);
  return (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

/** Each entry by its parent and its key or index: `3kname`, `3i0`. */
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
    // A lookup finds the first pair with a key (`~` and "null" both read as "null").
    if (!children.has(name)) children.set(name, i);
  }
  return children;
}
