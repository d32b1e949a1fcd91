// The quick reading of an answer file: js-yaml, about ten times faster than yaml's document model, for
// the plain YAML answer files are written in. It reads a file only where it can vouch that the data is
// exactly what yaml's reading (parse-yaml.ts) gives and that yaml would find nothing wrong with it; any
// other file, and any file whose data then fails a check, is read by yaml, which keeps every position.
// It keeps no positions itself: a finding needs yaml's reading (see ParsedAnswers in parse-answers.ts).
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/**
 * How plain scalars resolve: YAML 1.2's core schema exactly as yaml 2 resolves it (yaml's
 * `schema/core/` tests and conversions, in its order), not js-yaml's CORE_SCHEMA, which also reads
 * `1_000`, `0b11` and `-0x1F` as numbers and `-.5` as text. Quoted and block scalars stay text in both.
 */
const YAML_CORE = FAILSAFE_SCHEMA.extend({
  // js-yaml keeps one type per tag, so each tag's forms are tried in one type. No text matches two of them.
  implicit: [
    scalarType('null', /^(?:$|[~nN])/, [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    scalarType('bool', /^[tTfF]/, [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']]),
    scalarType('int', /^[-+0-9]/, [
      [/^0o[0-7]+$/, (text) => parseInt(text.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
      [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.substring(2), 16)],
    ]),
    scalarType('float', /^[-+.0-9]/, [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => parseFloat(text)],
    ]),
  ],
});

type ScalarForm = [test: RegExp, construct: (text: string) => unknown];

/** Each tag's forms, tried only on text that starts as one of them can (most answers are words, which none can). */
function scalarType(tag: string, starts: RegExp, forms: ScalarForm[]): Type {
  // js-yaml constructs right after it resolves the same text: the form found is kept for it.
  let found: ScalarForm | undefined;
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) => text !== null && starts.test(text) && (found = forms.find(([test]) => test.test(text))) !== undefined,
    construct: (text: string) => found![1](text),
  });
}

/** Larger files are rare and go to yaml, which guards its own limits. */
const QUICK_UP_TO = 256 * 1024;

/**
 * YAML the quick reading leaves to yaml, found in the text before it is read: a node property or alias
 * (`&a`, `*a`, `!tag`) where a node can start; directives and document markers; complex keys (`? `); a
 * comment glued to a quoted scalar or a flow collection (yaml refuses it); a flow collection that does
 * not close on its own line; a tab or a carriage return not before a line feed; and the Unicode line
 * separators, which YAML 1.1 read as line breaks. Each may be read alike by both, but need not be.
 */
const LEFT_TO_YAML = [
  /(?:^|[-?:,[{])[ \t]*[&*!]/m,
  /^(?:%|---|\.\.\.)/m,
  /(?:^|[-?:,[{])[ \t]*\?(?:[ \t]|$)/m,
  /["'\]}]#/,
  /(?:^|[-?:,])[ \t]*[[{](?![^\n]*[\]}][ \t]*(?:#[^\n]*)?\r?$)/m,
  /\t|\r(?!\n)|[\u0085\u2028\u2029]/,
];

/** A line as answer files write them: its indent, list indicators, a plain key, and what follows. */
const LINE = /^( *)((?:-(?: +|$))*)(?:([A-Za-z_][\w-]*):(?= |$) *)?(.*)$/;
/** A quoted scalar that ends on its line, perhaps with a comment after it. */
const QUOTED_ON_ITS_LINE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*') *(?:#.*)?$/;
/** A block scalar's header, without an indentation indicator. */
const BLOCK_HEADER = /^[|>][+-]? *(?:#.*)?$/;

/** A plain scalar's next line, folded into it: nothing on it could be read as anything but more words. */
const PLAIN_GOES_ON = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:(?!: |\s#)[^\r\n])*(?<![:\s])$/;

/**
 * Whether every line starts a node on its own, or goes on with a plain scalar: it is empty or a
 * comment, or starts a list item or a plain key (`- `, `key: `, `- key: `) whose value, if any, ends on
 * that line (a quoted scalar closes on it), goes on as plain words on lines indented past its key or
 * item, or is a block scalar (`|`, `>`) whose lines lie past its key or item, all at one indent. Where a
 * quoted value runs on to the next line the two readers part (js-yaml takes its next line at any
 * indent; yaml wants it past its parent), and so on for other forms no answer file needs: all are left
 * to yaml.
 */
function linesStartNodes(text: string): boolean {
  let block = -1; // a block scalar's key or item column, while in one; -1 otherwise
  let blockIndent = -1; // its lines' indent, once the first is seen
  let plain = -1; // the key or item column of a plain scalar that may go on; -1 otherwise
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    start = end + 1;
    const [, spaces, items, key, value] = LINE.exec(line)!;
    const indent = spaces!.length;
    if (line === '') {
      plain = -1;
      continue;
    }
    if (indent === line.length) return false; // a line of spaces: left to yaml, in a block scalar or out
    if (block !== -1) {
      if (indent > block) {
        if (blockIndent === -1) blockIndent = indent;
        else if (indent < blockIndent) return false;
        continue;
      }
      block = -1;
    }
    if (plain !== -1 && indent > plain) {
      if (!PLAIN_GOES_ON.test(line.slice(indent))) return false;
      continue;
    }
    plain = -1;
    if (items === '' && key === undefined) {
      if (value!.startsWith('#')) continue;
      return false; // a value that runs on from the line before
    }
    // A list in a list, or an item whose value is on the lines after: no answer file needs them, and
    // js-yaml reads `- -` followed by `- b` into one inner list.
    if (items!.indexOf('-') !== items!.lastIndexOf('-') || (key === undefined && value === '')) return false;
    const column = key === undefined ? indent + items!.lastIndexOf('-') : indent + items!.length;
    const first = value![0];
    if (first === '"' || first === "'") {
      if (!QUOTED_ON_ITS_LINE.test(value!)) return false;
    } else if (first === '|' || first === '>') {
      if (!BLOCK_HEADER.test(value!)) return false;
      block = column;
      blockIndent = -1;
    } else if (first !== undefined && first !== '#' && first !== '[' && first !== '{') {
      plain = column;
    }
  }
  return true;
}

/** A key the quick reading vouches for: a plain word that no schema reads as anything but text. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;
/** Words the core schema reads as null or a boolean (a null key is "" to yaml, "null" to js-yaml), and keys that could tamper with objects. */
const NOT_PLAIN_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__', 'constructor', 'prototype']);

/**
 * The data of a YAML file whose top level is a map, read quickly, or undefined where the quick reading
 * cannot vouch for it (then read it with parseYaml).
 */
export function readQuickly(text: string): Record<string, unknown> | undefined {
  if (text.length > QUICK_UP_TO) return undefined;
  for (const pattern of LEFT_TO_YAML) if (pattern.test(text)) return undefined;
  if (!linesStartNodes(text)) return undefined;
  let data: unknown;
  try {
    // js-yaml refuses duplicate keys, which yaml reads and parse-yaml reports: left to it, as any error is.
    data = load(text, { schema: YAML_CORE });
  } catch {
    return undefined;
  }
  if (!isMap(data)) return undefined;
  return plainThroughout(data, new Set()) ? data : undefined;
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every key plain, and no collection reached twice (an alias the text check missed). */
function plainThroughout(value: unknown, seen: Set<object>): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) if (!plainThroughout(item, seen)) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    if (!PLAIN_KEY.test(key) || NOT_PLAIN_KEYS.has(key)) return false;
    if (!plainThroughout((value as Record<string, unknown>)[key], seen)) return false;
  }
  return true;
}
