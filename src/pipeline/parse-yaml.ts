// Parses YAML defensively and keeps source positions, so every later finding can name a line and column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type Scalar } from 'yaml';
import type { Diagnostic, Locator, Position } from '../core/diagnostics.js';
import { START } from '../core/diagnostics.js';
import { failure, type Result } from '../core/result.js';
import { quoteText } from '../core/validate.js';
import type { Words } from '../core/words/index.js';
import { positionTable } from './position-table.js';
import { tableLocator, type PositionTable } from './positions.js';

/** Aliases let a bank reuse an option list; this many, in all and expanded, is plenty, and stops "billion laughs" expansion. */
const MAX_ALIASES = 200;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
  file: string;
  data: unknown;
  /** Where each key and value is: plain data, so it can pass to another thread with `data`. */
  positions: PositionTable;
  locator: Locator;
}

/** Line and column of an offset, as yaml counts them. */
const positionIn =
  (lineCounter: LineCounter) =>
  (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

/** Parses one YAML document, rejecting syntax errors, duplicate keys, dangerous keys and alias bombs (findings in `words`' language). */
export function parseYaml(file: string, text: string, words: Words): Result<ParsedYaml> {
  const say = words.findings;
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Keys are checked below, in one pass with the forbidden ones: yaml's own check compares every pair of keys.
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false, merge: false });
  } catch (error) {
    if (error instanceof RangeError) return failure(file, 'yaml-syntax', say.nestedTooDeep);
    throw error;
  }
  const position = positionIn(lineCounter);

  const problems: Diagnostic[] = [];
  // YAML 1.1 reads `010` as 8, `1_000` as 1000 and `yes` as true, and makes dates of keys: ce-plan files are YAML 1.2.
  const directive = doc.directives?.yaml;
  const version = /^%YAML\s+(\S+)/m.exec(text)?.[1];
  if (directive?.explicit && version !== '1.2') {
    const at = position(text.search(/^%YAML/m));
    return failure(file, 'yaml-version', say.yamlVersion(version ?? ''), at);
  }
  for (const error of doc.errors) {
    const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const message = /call stack/i.test(first) ? say.nestedTooDeep : say.yamlSyntax(first);
    problems.push({ file, ...position(error.pos[0]), severity: 'error', rule: 'yaml-syntax', message });
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) {
    return failure(file, 'empty-file', say.emptyFile);
  }

  // Counted before anything resolves an alias: each resolution can walk the whole document, so thousands
  // of aliases cost time that grows with the square of the file. No ce-plan file needs many.
  const beyond = aliasBeyondLimit(doc);
  if (beyond !== undefined) {
    return failure(file, 'alias-limit', say.tooManyAliases(MAX_ALIASES, beyond.source), position(beyond.range?.[0] ?? 0));
  }

  checkKeys(doc.contents, say, (node, rule, message) => problems.push({ file, ...position(node?.range?.[0] ?? 0), severity: 'error', rule, message }));
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
    return failure(file, 'alias-limit', say.aliasesExpand(MAX_ALIASES), first);
  }
  const positions = positionTable(doc, lineCounter.lineStarts);
  return { ok: true, value: { file, data, positions, locator: tableLocator(positions) }, diagnostics: [] };
}

/** The alias after the first MAX_ALIASES in the document, if there are more. */
function aliasBeyondLimit(doc: Document.Parsed): Alias | undefined {
  let count = 0;
  let beyond: Alias | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (++count <= MAX_ALIASES) return undefined;
      beyond = alias;
      return visit.BREAK;
    },
  });
  return beyond;
}

type KeyReport = (at: Node | null | undefined, rule: string, message: string) => void;

/**
 * Every key must be a plain word, given once, and not one that could tamper with objects. Keys are
 * compared as the text they become, so `1` and `"1"` clash as they would in the parsed data.
 */
function checkKeys(node: unknown, say: Words['findings'], report: KeyReport): void {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const { key, value } of node.items) {
      const plain = checkKey(key, say, report);
      if (plain !== undefined) {
        const name = propertyName(plain);
        if (seen.has(name)) report(plain, 'duplicate-key', say.duplicateKey(quoteText(keyText(plain))));
        seen.add(name);
      }
      checkKeys(value, say, report);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      // YAML 1.1's !!pairs and !!omap hold pairs straight in a list.
      if (isPair(item)) {
        checkKey(item.key, say, report);
        checkKeys(item.value, say, report);
      } else {
        checkKeys(item, say, report);
      }
    }
  }
}

/** The key when it is a plain, allowed one; anything else is reported. */
function checkKey(key: unknown, say: Words['findings'], report: KeyReport): Scalar | undefined {
  if (!isScalar(key)) {
    report(key as Node | null, 'invalid-key', say.keyNotPlain);
    return undefined;
  }
  // A tag can make a key a date or binary data, which no ce-plan key is.
  if (key.value !== null && typeof key.value === 'object') {
    report(key, 'invalid-key', say.keyTagged);
    return undefined;
  }
  const name = propertyName(key);
  if (FORBIDDEN_KEYS.has(name)) {
    report(key, 'forbidden-key', say.forbiddenKey(quoteText(name)));
    return undefined;
  }
  return key;
}

/** The property a key becomes, as yaml names it: a null key becomes "". */
const propertyName = (key: Scalar): string => (key.value === null ? '' : String(key.value));

/** A key as the file writes it (`0x1`, not `1`), for messages. */
const keyText = (key: Scalar): string => (typeof key.source === 'string' ? key.source : propertyName(key));
