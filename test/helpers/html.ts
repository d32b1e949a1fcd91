// Test helpers for generated HTML: parsed by parse5, as a browser parses it, so a test sees the elements
// a browser would build, not what a regular expression guesses.
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

export interface ParsedElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  const children = 'content' in node && node.nodeName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
  return children.map(textOf).join('');
}

/** Every element of the document, in document order, with its attributes and its text content. */
export function elementsOf(html: string, { errors }: { errors?: string[] } = {}): ParsedElement[] {
  const document = parse(html, { onParseError: (e) => errors?.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  const found: ParsedElement[] = [];
  const walk = (node: Node) => {
    if (isElement(node)) found.push({ tag: node.tagName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])), text: textOf(node) });
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(document);
  return found;
}

/** The elements as structure only: tag names and attributes, no text. Two pages that differ only in text have the same skeleton. */
export const skeletonOf = (html: string) => elementsOf(html).map(({ tag, attrs }) => ({ tag, attrs }));

/** How many of each element the page has. */
export function tagCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { tag } of elementsOf(html)) counts[tag] = (counts[tag] ?? 0) + 1;
  return counts;
}

/**
 * The tag names that ce-plan's own HTML sources write: every `<name` in the files given (templates, and
 * the TypeScript that makes HTML), lower-cased; parse5 adds none but html, head and body, which the page
 * shell writes too.
 */
export function tagsWrittenBy(files: readonly string[]): Set<string> {
  const tags = new Set<string>();
  for (const file of files) for (const [, tag] of readFileSync(file, 'utf8').matchAll(/<([a-zA-Z][a-zA-Z0-9]*)[\s>/]/g)) tags.add(tag!.toLowerCase());
  return tags;
}
