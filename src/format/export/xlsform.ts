// `export --to xlsform`: the bank as an XLSForm workbook (https://xlsform.org), for KoboToolbox, ODK and
// other XLSForm tools: a `survey` sheet (a group per section, `relevant` from `when`, a `constraint`
// where an option stands alone, `hint` from help), a `choices` sheet and a `settings` sheet. Written
// with exceljs; a text that starts with "=" stays text, never a formula.
import type { Bank, Question } from '../../core/schema.js';
import { kindOf } from '../../core/kinds/index.js';
import { formLayout, type Detail } from '../../core/form-layout.js';
import { byKind, type PerKind } from '../../core/kinds/per-kind.js';
import { relevanceOf, writeRelevance, type Relevance } from './relevance.js';

/** The survey sheet's columns, in order. */
export const SURVEY_COLUMNS = ['type', 'name', 'label', 'hint', 'required', 'relevant', 'constraint', 'constraint_message', 'appearance'] as const;
export const CHOICE_COLUMNS = ['list_name', 'name', 'label'] as const;
export const SETTINGS_COLUMNS = ['form_title', 'form_id', 'version', 'style'] as const;

type SurveyRow = Partial<Record<(typeof SURVEY_COLUMNS)[number], string>>;
type ChoiceRow = Record<(typeof CHOICE_COLUMNS)[number], string>;

interface Field {
  type: string;
  choices?: { name: string; label: string }[];
  constraint?: { test: string; message: string };
  appearance?: string;
  hint?: string;
}

/** How each kind is asked in XLSForm. A scale is a select_one over its points (and "Don't know", `dont-know`), so its values are text ("4"). */
const FIELDS: PerKind<Field> = {
  single: (q) => ({ type: `select_one ${q.id}`, choices: q.options.map((o) => ({ name: o.value, label: o.label })) }),
  multi(q) {
    const alone = q.options.filter((o) => o.exclusive);
    const field: Field = { type: `select_multiple ${q.id}`, choices: q.options.map((o) => ({ name: o.value, label: o.label })) };
    if (alone.length === 0) return field;
    return {
      ...field,
      constraint: {
        test: alone.map((o) => `(not(selected(., ${literal(o.value)})) or count-selected(.) = 1)`).join(' and '),
        message: `${alone.map((o) => `"${o.label}"`).join(' or ')} cannot be chosen with other options.`,
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
    const range = min !== undefined && max !== undefined ? `from ${min} to ${max}` : min !== undefined ? `of ${min} or more` : `of ${max} or less`;
    return {
      type: integer ? 'integer' : 'decimal',
      ...(tests.length ? { constraint: { test: tests.join(' and '), message: `Enter a number ${range}.` } } : {}),
      ...(unit ? { hint: `In ${unit}.` } : {}),
    };
  },
  text: (q) => ({
    type: 'text',
    appearance: 'multiline',
    ...(q.max_length ? { constraint: { test: `string-length(.) <= ${q.max_length}`, message: `Keep it to ${q.max_length} characters.` } } : {}),
  }),
};

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

/** The three sheets' rows, before they are written: what the tests read back. */
export function xlsformRows(bank: Bank): { survey: SurveyRow[]; choices: ChoiceRow[]; settings: Record<(typeof SETTINGS_COLUMNS)[number], string> } {
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

export async function render(bank: Bank): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const { survey, choices, settings } = xlsformRows(bank);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ce-plan';
  const sheet = (name: string, columns: readonly string[], rows: readonly Partial<Record<string, string>>[], widths: Record<string, number> = {}) => {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = columns.map((key) => ({ header: key, key, width: widths[key] ?? 16 }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of rows) worksheet.addRow(row);
  };
  sheet('survey', SURVEY_COLUMNS, survey, { type: 28, name: 24, label: 60, hint: 60, relevant: 50, constraint: 40, constraint_message: 40 });
  sheet('choices', CHOICE_COLUMNS, choices, { list_name: 24, name: 20, label: 60 });
  sheet('settings', SETTINGS_COLUMNS, [settings], { form_title: 40 });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
