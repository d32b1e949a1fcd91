// `export --to xlsform`: the bank as an XLSForm workbook (https://xlsform.org), for KoboToolbox, ODK and
// other XLSForm tools: a `survey` sheet (a group per section, `relevant` from `when`, a `constraint`
// where an option stands alone, `hint` from help), a `choices` sheet and a `settings` sheet. Written
// with exceljs; a text that starts with "=" stays text, never a formula. A bank in several languages
// (or one asked for in another, `--lang cy`) gives every text a column per language, `label::English
// (en)` and `label::Cymraeg (cy)`, as ODK's multilingual forms have them, and `default_language`.
import type { Bank, Question } from '../../core/schema.js';
import { LANGUAGE_NAMES, type Language } from '../../core/languages.js';
import { bankIn, formLanguages } from '../../core/translation.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import { kindOf } from '../../core/kinds/index.js';
import { formLayout, type Detail } from '../../core/form-layout.js';
import { byKind, type PerKind } from '../../core/kinds/per-kind.js';
import { relevanceOf, writeRelevance, type Relevance } from './relevance.js';

/** The survey sheet's columns, in order. */
const SURVEY_COLUMNS = ['type', 'name', 'label', 'hint', 'required', 'relevant', 'constraint', 'constraint_message', 'appearance'] as const;
const CHOICE_COLUMNS = ['list_name', 'name', 'label'] as const;
const SETTINGS_COLUMNS = ['form_title', 'form_id', 'version', 'style'] as const;
/** The columns that hold text a person reads, one per language in a form of several. */
const TRANSLATED_COLUMNS: ReadonlySet<string> = new Set(['label', 'hint', 'constraint_message']);

type SurveyRow = Partial<Record<(typeof SURVEY_COLUMNS)[number], string>>;
type ChoiceRow = Record<(typeof CHOICE_COLUMNS)[number], string>;
/** A row of a sheet as written: its cells by column name (`label::Cymraeg (cy)` in a form of several languages). */
type Row = Partial<Record<string, string>>;

interface Field {
  type: string;
  choices?: { name: string; label: string }[];
  constraint?: { test: string; message: string };
  appearance?: string;
  hint?: string;
}

/** How each kind is asked in XLSForm, in a language's words. A scale is a select_one over its points (and "Don't know", `dont-know`), so its values are text ("4"). */
const fieldsIn = (words: Words['forms']): PerKind<Field> => ({
  single: (q) => ({ type: `select_one ${q.id}`, choices: q.options.map((o) => ({ name: o.value, label: o.label })) }),
  multi(q) {
    const alone = q.options.filter((o) => o.exclusive);
    const field: Field = { type: `select_multiple ${q.id}`, choices: q.options.map((o) => ({ name: o.value, label: o.label })) };
    if (alone.length === 0) return field;
    return {
      ...field,
      constraint: {
        test: alone.map((o) => `(not(selected(., ${literal(o.value)})) or count-selected(.) = 1)`).join(' and '),
        message: words.notWithOthers(alone.map((o) => o.label)),
      },
    };
  },
  scale(q) {
    const { min, max, labels = {} } = q.scale;
    const choices: { name: string; label: string }[] = [];
    for (let v = min; v <= max; v++) choices.push({ name: String(v), label: labels[String(v)] === undefined ? String(v) : `${v} – ${labels[String(v)]}` });
    for (const option of kindOf(q).options(q)) choices.push({ name: option.value, label: option.label });
    return { type: `select_one ${q.id}`, choices, appearance: 'likert' };
  },
  number(q) {
    const { min, max, integer, unit } = q.number ?? {};
    const tests = [min === undefined ? '' : `. >= ${min}`, max === undefined ? '' : `. <= ${max}`].filter(Boolean);
    return {
      type: integer ? 'integer' : 'decimal',
      ...(tests.length ? { constraint: { test: tests.join(' and '), message: words.numberRange(min, max) } } : {}),
      ...(unit ? { hint: words.inUnit(unit) } : {}),
    };
  },
  text: (q) => ({
    type: 'text',
    appearance: 'multiline',
    ...(q.max_length ? { constraint: { test: `string-length(.) <= ${q.max_length}`, message: words.keepTo(q.max_length) } } : {}),
  }),
});

const FIELDS_IN = new Map<Language, PerKind<Field>>();
const fieldsOf = (language: Language) => FIELDS_IN.get(language) ?? FIELDS_IN.set(language, fieldsIn(wordsFor(language).forms)).get(language)!;

/** An XPath string literal: XPath 1.0 has no escapes, so a text with both quotes is put together with concat(). */
function literal(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"')) return `"${text}"`;
  return `concat(${text
    .split("'")
    .map((part) => `'${part}'`)
    .join(`, "'", `)})`;
}

/** A `when`, as an XLSForm `relevant` expression. */
export function relevantExpression(relevance: Relevance): string {
  return writeRelevance(relevance, { never: 'false()', not: (e) => `not(${e})`, test: testExpression });
}

function testExpression(question: Question, test: 'in' | 'not_in' | 'equals', values: readonly (string | number)[]): string {
  const ref = `\${${question.id}}`;
  // In `relevant`, a number question's value is a number; every choice (a scale's point too) is its name, quoted.
  const numeric = kindOf(question).conditionValues(question).kind === 'numbers';
  const value = (v: string | number) => (numeric && typeof v === 'number' ? String(v) : literal(String(v)));
  const any = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' or ')})`);
  if (kindOf(question).multipleChoice) {
    const chosen = values.map((v) => `selected(${ref}, ${value(v)})`);
    if (test === 'in') return any(chosen);
    if (test === 'equals') return `(${chosen[0]} and count-selected(${ref}) = 1)`;
    return `(count-selected(${ref}) > 0 and ${chosen.map((c) => `not(${c})`).join(' and ')})`;
  }
  if (test === 'not_in') return `(${ref} != '' and ${values.map((v) => `${ref} != ${value(v)}`).join(' and ')})`;
  return any(values.map((v) => `${ref} = ${value(v)}`));
}

const DETAIL_TYPE = (detail: Detail) => (detail.date ? 'date' : 'text');

/**
 * A bank's text as an XLSForm label, hint or message: pyxform (and so KoboToolbox and ODK) reads `${name}`
 * there as the answer to the field so named, and has no escape for it. A word joiner (U+2060, invisible,
 * no line break) between "$" and "{" leaves the text as it reads and names no field.
 */
const shown = (text: string) => text.replace(/\$\{/g, '$\u2060{');

/** The three sheets of one language, before they are put together. */
function rowsIn(english: Bank, language: Language): { survey: SurveyRow[]; choices: ChoiceRow[]; settings: Record<(typeof SETTINGS_COLUMNS)[number], string> } {
  const bank = bankIn(english, language);
  const FIELDS = fieldsOf(language);
  const layout = formLayout(bank);
  const survey: SurveyRow[] = [];
  const choices: ChoiceRow[] = [];
  survey.push({ type: 'begin_group', name: layout.detailsGroup, label: layout.detailsTitle, appearance: 'field-list' });
  for (const detail of layout.details) {
    survey.push({
      type: DETAIL_TYPE(detail),
      name: detail.name,
      label: detail.label,
      ...(detail.hint ? { hint: detail.hint } : {}),
      ...required(detail.required),
    });
  }
  survey.push({ type: 'end_group', name: layout.detailsGroup });
  for (const group of layout.groups) {
    survey.push({ type: 'begin_group', name: group.name, label: shown(group.section.title), appearance: 'field-list' });
    if (group.introName !== undefined) survey.push({ type: 'note', name: group.introName, label: shown(group.section.intro!) });
    for (const question of group.questions) {
      const field = byKind(FIELDS, question);
      const relevance = relevanceOf(bank, question);
      const hint = [question.help, field.hint].filter(Boolean).join(' ');
      survey.push({
        type: field.type,
        name: question.id,
        label: shown(question.prompt),
        ...(hint ? { hint: shown(hint) } : {}),
        ...required(question.required),
        ...(relevance ? { relevant: relevantExpression(relevance) } : {}),
        ...(field.constraint ? { constraint: field.constraint.test, constraint_message: shown(field.constraint.message) } : {}),
        ...(field.appearance ? { appearance: field.appearance } : {}),
      });
      for (const choice of field.choices ?? []) choices.push({ list_name: question.id, name: choice.name, label: shown(choice.label) });
    }
    survey.push({ type: 'end_group', name: group.name });
  }
  return { survey, choices, settings: { form_title: shown(bank.title), form_id: bank.id, version: bank.version, style: 'pages' } };
}

const required = (yes: boolean): SurveyRow => (yes ? { required: 'yes' } : {});

/** A sheet's columns and rows. */
interface Sheet {
  columns: string[];
  rows: Row[];
}

/** `label::Cymraeg (cy)`: how XLSForm names a column in a language (ODK's "name (code)"). */
const inLanguage = (column: string, language: Language) => `${column}::${LANGUAGE_NAMES[language].own} (${language})`;

/**
 * Each language's rows put together, row by row (every language has the same rows: ids, not words, make
 * them): a text column becomes one column per language, the English ones first, where the column stood,
 * and each other language's after every other column.
 */
function together(columns: readonly string[], byLanguage: readonly { language: Language; rows: readonly Row[] }[]): Sheet {
  if (byLanguage.length === 1) return { columns: [...columns], rows: [...byLanguage[0]!.rows] };
  const [english, ...others] = byLanguage;
  const named = columns.map((column) => (TRANSLATED_COLUMNS.has(column) ? inLanguage(column, english!.language) : column));
  for (const { language } of others) for (const column of columns) if (TRANSLATED_COLUMNS.has(column)) named.push(inLanguage(column, language));
  const rows = english!.rows.map((row, i) => {
    const merged: Row = {};
    for (const [column, value] of Object.entries(row)) merged[TRANSLATED_COLUMNS.has(column) ? inLanguage(column, english!.language) : column] = value;
    for (const { language, rows: theirs } of others) {
      for (const [column, value] of Object.entries(theirs[i]!)) if (TRANSLATED_COLUMNS.has(column)) merged[inLanguage(column, language)] = value;
    }
    return merged;
  });
  return { columns: named, rows };
}

/**
 * The three sheets, before they are written: what the tests read back. `languages` are the form's, the
 * first its default; English is always there (the bank's own words), and so is every language the bank
 * declares. A bank only in English, asked for only in English, has plain `label` columns.
 */
export function xlsformRows(bank: Bank, languages: readonly Language[] = ['en']): { survey: Sheet; choices: Sheet; settings: Sheet } {
  const all = formLanguages(bank, languages);
  const sheets = all.map((language) => ({ language, ...rowsIn(bank, language) }));
  const first = sheets.find((s) => s.language === languages[0]) ?? sheets[0]!;
  const several = all.length > 1;
  return {
    survey: together(
      SURVEY_COLUMNS,
      sheets.map((s) => ({ language: s.language, rows: s.survey })),
    ),
    choices: together(
      CHOICE_COLUMNS,
      sheets.map((s) => ({ language: s.language, rows: s.choices })),
    ),
    settings: {
      columns: [...SETTINGS_COLUMNS, ...(several ? ['default_language'] : [])],
      rows: [{ ...first.settings, ...(several ? { default_language: `${LANGUAGE_NAMES[first.language].own} (${first.language})` } : {}) }],
    },
  };
}

export async function render(bank: Bank, { languages }: { languages: readonly Language[] }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const { survey, choices, settings } = xlsformRows(bank, languages);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ce-plan';
  const sheet = (name: string, { columns, rows }: Sheet, widths: Record<string, number> = {}) => {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = columns.map((key) => ({ header: key, key, width: widths[key.split('::')[0]!] ?? 16 }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of rows) worksheet.addRow(row);
  };
  sheet('survey', survey, { type: 28, name: 24, label: 60, hint: 60, relevant: 50, constraint: 40, constraint_message: 40 });
  sheet('choices', choices, { list_name: 24, name: 20, label: 60 });
  sheet('settings', settings, { form_title: 40, default_language: 20 });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
