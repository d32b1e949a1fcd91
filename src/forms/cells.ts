// A cell of a form tool's export as an answer: an option matched by its value or its label (ignoring
// case, spacing and punctuation), the options of a multiple choice split as the tool joins them, a
// scale point by its number or its label, a number, a text, a date. What fits no option is refused with
// the nearest as "did you mean". The answer is then checked against its question as any answer file is
// (checkAnswers), so ranges, whole numbers and options that stand alone are judged in one place.
import { closest } from '../core/did-you-mean.js';
import { kindOf } from '../core/kinds/index.js';
import { byKind, type PerKind } from '../core/kinds/per-kind.js';
import type { AnswerValue, Option, Question } from '../core/schema.js';
import { quoteText } from '../core/validate.js';
import { LANGUAGES } from '../core/languages.js';
import { mapped } from '../core/lists.js';
import { inEveryLanguage, pointLabelInEveryLanguage } from '../core/translation.js';
import { wordsFor, type Words } from '../core/words/index.js';
import { normalise } from './columns.js';
import { readDate, type ColumnOrder } from './dates.js';
import type { Cell } from './sheet.js';

/** A cell's answer (undefined when blank), or why it cannot be one and under which rule. */
export type CellAnswer = { value: AnswerValue | undefined } | { problem: string; rule: string };

/** The words of a form export's findings, in the language of the command's messages. */
export type FormWords = Words['findings']['formExport'];

export interface CellSettings {
  /** How the tool joins the options of a multiple choice; `fixed` when `--multi-separator` says so. */
  separator: string | undefined;
  fixed: boolean;
  /** From a mapping file: a question's cell texts (normalised) and the option values they stand for. */
  values: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** What a cell's problem is said in. */
  say: FormWords;
}

const UNANSWERED: CellAnswer = { value: undefined };

/** Why a cell is no value at all, or undefined when it is one. */
function unreadable(cell: Cell, say: FormWords): { problem: string; rule: string } | undefined {
  if (cell.kind === 'formula') {
    return {
      rule: 'formula-cell',
      problem: say.formula(quoteText(cell.formula)),
    };
  }
  if (cell.kind === 'invalid') return { rule: 'unreadable-cell', problem: cell.problem };
  return undefined;
}

/** A plain value's text: how a number, a yes/no or a date reads in a cell. */
function textOf(cell: Cell): string | undefined {
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
    case 'boolean':
      return String(cell.value);
    case 'date':
      return cell.value.toISOString().slice(0, 10);
    default:
      return undefined;
  }
}

interface Choices {
  exact: Map<string, string>;
  loose: Map<string, string>;
  names: string[];
  /** Texts already matched (without a mapping file's values), to their option's value or null: every response repeats them. */
  matched: Map<string, string | null>;
}

/** How many matched texts each option list remembers, before it starts again. */
const MATCHED_AT_MOST = 2000;

const choicesByOptions = new WeakMap<readonly Option[], Choices>();

/** An option list's values and labels, exact and normalised, each to its value. */
function choicesOf(options: readonly Option[]): Choices {
  let choices = choicesByOptions.get(options);
  if (choices !== undefined) return choices;
  choices = { exact: new Map(), loose: new Map(), names: [], matched: new Map() };
  for (const option of options) {
    // An option by its value, or its label in any language the form was exported in.
    for (const key of [option.value, ...inEveryLanguage(option, 'label')]) {
      if (!choices.exact.has(key.trim().toLowerCase())) choices.exact.set(key.trim().toLowerCase(), option.value);
      if (!choices.loose.has(normalise(key))) choices.loose.set(normalise(key), option.value);
    }
    choices.names.push(option.label);
  }
  choicesByOptions.set(options, choices);
  return choices;
}

function matchOption(choices: Choices, text: string, fromMap: ReadonlyMap<string, string> | undefined): string | undefined {
  if (fromMap !== undefined) return fromMap.get(normalise(text)) ?? choices.exact.get(text.trim().toLowerCase()) ?? choices.loose.get(normalise(text));
  const known = choices.matched.get(text);
  if (known !== undefined) return known ?? undefined;
  const value = choices.exact.get(text.trim().toLowerCase()) ?? choices.loose.get(normalise(text));
  if (choices.matched.size >= MATCHED_AT_MOST) choices.matched.clear();
  choices.matched.set(text, value ?? null);
  return value;
}

function notAnOption(choices: Choices, text: string, say: FormWords): string {
  return say.fitsNoOption(quoteText(text), choices.names.map((n) => `"${n}"`).join(', '), closest(text, choices.names));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A multiple choice cell's options, split as the tool joins them. A label may hold the separator itself
 * (Google Forms joins "Stands at local events, schools or markets" and "Door-to-door visits" with ", "),
 * so the pieces are put back together wherever that makes an option: the first way of reading the whole
 * cell as options wins, longer options first. Unknown pieces come back for the message.
 */
function splitChoices(text: string, separators: readonly string[], match: (piece: string) => string | undefined): { values: string[] } | { unknown: string[] } {
  const pattern = new RegExp(`(${separators.map((s) => (s.trim() === '' ? '\\s+' : `\\s*${escapeRegExp(s.trim())}\\s*`)).join('|')})`);
  const parts = text.trim().split(pattern);
  // parts alternate: piece, separator, piece, …
  const pieces: string[] = [];
  const joins: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    pieces.push(parts[i]!);
    if (i + 1 < parts.length) joins.push(parts[i + 1]!);
  }
  const memo = new Map<number, string[] | null>();
  const from = (start: number): string[] | null => {
    if (start === pieces.length) return [];
    if (memo.has(start)) return memo.get(start)!;
    let result: string[] | null = null;
    for (let end = pieces.length; end > start && result === null; end--) {
      let candidate = pieces[start]!;
      for (let k = start + 1; k < end; k++) candidate += joins[k - 1]! + pieces[k]!;
      if (candidate.trim() === '') {
        // An empty piece: a separator at the end ("a;b;", as Microsoft Forms writes it) or doubled.
        if (end === start + 1) {
          const rest = from(end);
          if (rest !== null) result = rest;
        }
        continue;
      }
      const value = match(candidate);
      if (value === undefined) continue;
      const rest = from(end);
      if (rest !== null) result = [value, ...rest];
    }
    memo.set(start, result);
    return result;
  };
  const values = from(0);
  if (values !== null) return { values };
  return { unknown: pieces.filter((p) => p.trim() !== '' && match(p) === undefined) };
}

/** What every tool might use between the options of one cell, when the tool is not known. */
const ANY_SEPARATOR = [';', ',', ' '];

const choiceReader =
  (id: string, options: readonly Option[], multiple: boolean) =>
  (cell: Cell, settings: CellSettings): CellAnswer => {
    const { say } = settings;
    const problem = unreadable(cell, say);
    if (problem !== undefined) return problem;
    const choices = choicesOf(options);
    const fromMap = settings.values.get(id);
    const one = (text: string): CellAnswer => {
      const value = matchOption(choices, text, fromMap);
      return value === undefined ? { problem: notAnOption(choices, text, say), rule: 'unknown-option' } : { value };
    };
    if (cell.kind === 'empty') return UNANSWERED;
    if (cell.kind === 'list') {
      if (!multiple && cell.values.length > 1) return { problem: say.oneOption(cell.values.length), rule: 'invalid-answer' };
      const values: string[] = [];
      for (const item of cell.values) {
        const read = one(String(item));
        if ('problem' in read) return read;
        values.push(read.value as string);
      }
      return values.length === 0 ? UNANSWERED : { value: multiple ? values : values[0] };
    }
    const text = textOf(cell)!;
    if (text === '') return UNANSWERED;
    if (!multiple) return one(text);
    // The whole cell may be one option, separator and all.
    const whole = matchOption(choices, text, fromMap);
    if (whole !== undefined) return { value: [whole] };
    const match = (piece: string) => matchOption(choices, piece, fromMap);
    // Most cells are options joined by the tool's separator, each whole: read them so before trying more.
    if (settings.separator !== undefined) {
      const pieces = text.split(settings.separator.trim() === '' ? /\s+/ : settings.separator.trim()).filter((p) => p.trim() !== '');
      // The answer's list goes on to checkAnswers in every row: one kind of array either way (core/lists.ts).
      const values = mapped(pieces, match);
      if (pieces.length > 0 && values.every((v) => v !== undefined)) return { value: values as string[] };
    }
    const preferred = settings.separator === undefined ? ANY_SEPARATOR : [settings.separator];
    let split = splitChoices(text, preferred, match);
    if ('unknown' in split && !settings.fixed && settings.separator !== undefined) split = splitChoices(text, ANY_SEPARATOR, match);
    if ('values' in split) return { value: split.values };
    // Name the pieces as the tool joins them (or by , and ; when it is not known), not word by word.
    const named = splitChoices(text, settings.separator === undefined ? [';', ','] : [settings.separator], match);
    const unknown = 'unknown' in named && named.unknown.length > 0 ? named.unknown : [text];
    return { problem: unknown.map((piece) => notAnOption(choices, piece, say)).join('; and '), rule: 'unknown-option' };
  };

/**
 * How each kind's cell is read. A scale point may be written as its number or its label ("4", "4 – Agree",
 * "Agree"); a scale's "Don't know" as its value or its label.
 */
const READERS: PerKind<(cell: Cell, settings: CellSettings) => CellAnswer> = {
  single: (q) => choiceReader(q.id, q.options, false),
  multi: (q) => choiceReader(q.id, q.options, true),
  scale(q) {
    const { min, max, labels = {} } = q.scale;
    const points = new Map<string, number | string>();
    for (let v = min; v <= max && points.size < 1000; v++) {
      points.set(String(v), v);
      for (const label of labels[String(v)] === undefined ? [] : pointLabelInEveryLanguage(q.scale, String(v))) {
        if (!points.has(normalise(label))) points.set(normalise(label), v);
        points.set(normalise(`${v} ${label}`), v);
      }
    }
    // "Don't know": by its value, or its label in every language.
    for (const option of kindOf(q).options(q)) {
      const names = [option.value, ...LANGUAGES.map((language) => wordsFor(language).core.dontKnow), option.label];
      for (const name of names) if (!points.has(normalise(name))) points.set(normalise(name), option.value);
    }
    return (cell, { say }) => {
      const problem = unreadable(cell, say);
      if (problem !== undefined) return problem;
      if (cell.kind === 'empty') return UNANSWERED;
      if (cell.kind === 'number') return { value: cell.value };
      if (cell.kind === 'list') {
        return cell.values.length === 1 && typeof cell.values[0] === 'number' ? { value: cell.values[0] } : { problem: say.onePoint, rule: 'invalid-answer' };
      }
      const text = textOf(cell)!;
      if (text === '') return UNANSWERED;
      if (/^[+-]?\d+(?:\.0+)?$/.test(text)) return { value: Number(text) };
      const point = points.get(normalise(text));
      return point === undefined ? { problem: say.notAPoint(quoteText(text), min, max, q.scale.dont_know === true), rule: 'invalid-answer' } : { value: point };
    };
  },
  number:
    () =>
    (cell, { say }) => {
      const problem = unreadable(cell, say);
      if (problem !== undefined) return problem;
      if (cell.kind === 'empty') return UNANSWERED;
      if (cell.kind === 'number') return { value: cell.value };
      const text = cell.kind === 'list' ? undefined : textOf(cell);
      if (text === '') return UNANSWERED;
      if (text !== undefined && /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return { value: Number(text) };
      return { problem: say.notANumber(text === undefined ? undefined : quoteText(text)), rule: 'invalid-answer' };
    },
  text:
    () =>
    (cell, { say }) => {
      const problem = unreadable(cell, say);
      if (problem !== undefined) return problem;
      if (cell.kind === 'list') return { problem: say.textNotList, rule: 'invalid-answer' };
      const text = textOf(cell);
      return text === undefined || text === '' ? UNANSWERED : { value: text };
    },
};

// Each question's reader is made once (a scale's table of its points, say), not for every cell.
const readers = new WeakMap<Question, (cell: Cell, settings: CellSettings) => CellAnswer>();

/** A question's cell as its answer (undefined when left blank), or why it cannot be. */
export function readAnswerCell(question: Question, cell: Cell, settings: CellSettings): CellAnswer {
  let reader = readers.get(question);
  if (reader === undefined) {
    reader = byKind(READERS, question);
    readers.set(question, reader);
  }
  return reader(cell, settings);
}

/** Whether one KoboToolbox option column says its option was chosen: 1 or 0 (or true/false); undefined when blank. */
export function readOptionCell(cell: Cell, option: Option, say: FormWords): { chosen: boolean | undefined } | { problem: string; rule: string } {
  const problem = unreadable(cell, say);
  if (problem !== undefined) return problem;
  if (cell.kind === 'empty') return { chosen: undefined };
  if (cell.kind === 'number') {
    return cell.value === 1 || cell.value === 0 ? { chosen: cell.value === 1 } : { problem: say.notChosen(String(cell.value)), rule: 'invalid-answer' };
  }
  if (cell.kind === 'boolean') return { chosen: cell.value };
  const text = textOf(cell) ?? '';
  const key = normalise(text);
  if (key === '1' || key === 'true' || key === normalise(option.value) || inEveryLanguage(option, 'label').some((label) => key === normalise(label))) {
    return { chosen: true };
  }
  if (key === '0' || key === 'false') return { chosen: false };
  return { problem: say.notChosen(quoteText(text)), rule: 'invalid-answer' };
}

/** A text detail (organisation, area, respondent, role): its text, or why not. */
export function readTextCell(cell: Cell, say: FormWords): { value: string | undefined } | { problem: string; rule: string } {
  const problem = unreadable(cell, say);
  if (problem !== undefined) return problem;
  if (cell.kind === 'list') return { problem: say.textNotList, rule: 'invalid-answer' };
  const text = textOf(cell);
  return { value: text === undefined || text === '' ? undefined : text.replace(/\s+/g, ' ') };
}

/** A date detail or timestamp: YYYY-MM-DD, read as the column's order says (dates.ts), or why not. */
export function readDateCell(cell: Cell, order: ColumnOrder, say: FormWords): { value: string | undefined } | { problem: string; rule: string } {
  return unreadable(cell, say) ?? readDate(cell, order, say);
}
