// Where each key and value of a parsed YAML document is, as one table of numbers and one string of
// keys: built in one walk of the document, cheap to pass to another thread, and the only locator
// ce-plan has. Lines and columns are worked out only when a finding needs a place. The table is built
// from yaml's document (position-table.ts); reading it needs no yaml, so a thread that only places
// findings does not load the parser.
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

/** Numbers per entry, and the mark for none. */
export const ENTRY = 5;
export const NONE = -1;

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

/**
 * Line and column of an offset, as yaml's LineCounter.linePos counts them (a test holds the two to the
 * same answers): the last line starting at or before the offset, lines and columns from 1.
 */
function offsetToPosition(lineStarts: Int32Array): (offset: number) => Position {
  return (offset) => {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offset < lineStarts[mid]!) high = mid;
      else low = mid + 1;
    }
    if (lineStarts[low] === offset) return { line: low + 1, column: 1 };
    if (low === 0) return { line: 0, column: offset };
    return { line: low, column: offset - lineStarts[low - 1]! + 1 };
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
