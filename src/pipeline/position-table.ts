// Builds a parsed YAML document's position table (positions.ts says what it holds), in one walk of
// yaml's document.
import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import { ENTRY, NONE, type PositionTable } from './positions.js';

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
