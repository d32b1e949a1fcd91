// `export --to surveyjs`: the bank as a SurveyJS form (https://surveyjs.io), one page per section, with
// `visibleIf` from `when`, `isRequired`, and choices as `{ value, text }`. `survey.data` from this form
// is what `ce-plan import` reads back (a SurveyJS results file is a JSON list of such objects). A form in
// several languages gives every text as SurveyJS localises it, `{ "default": English, "cy": Welsh }`,
// and `locale` names the language it opens in (`--lang cy`).
import { kindOf } from '../../core/kinds/index.js';
import type { Language } from '../../core/languages.js';
import type { Bank, Question } from '../../core/schema.js';
import { bankIn, formLanguages } from '../../core/translation.js';
import { wordsFor } from '../../core/words/index.js';
import { formLayout } from '../../core/form-layout.js';
import { byKind, type PerKind } from '../../core/kinds/per-kind.js';
import { relevanceOf, writeRelevance, type Relevance } from './relevance.js';

type Asked = Record<string, unknown> & { type: string };
type Element = Asked & { name: string };

/**
 * A bank's text as SurveyJS shows it: SurveyJS replaces `{name}` anywhere in a title, description or
 * choice with the answer to the question so named, and has no escape for a brace. A word joiner (U+2060,
 * invisible, no line break) after each "{" leaves the text as it reads and names no question.
 */
const shown = (text: string) => text.replace(/\{/g, '{\u2060');

const choicesOf = (q: { options: readonly { value: string; label: string }[] }) => q.options.map((o) => ({ value: o.value, text: shown(o.label) }));

/**
 * How each kind is asked in SurveyJS. A scale is a rating, so its values are numbers; one that offers
 * "Don't know" lists its points with "Don't know" last, whose value is the text `dont-know`.
 */
const elementsIn = (wholeNumber: string): PerKind<Asked> => ({
  single: (q) => ({ type: 'radiogroup', choices: choicesOf(q) }),
  multi: (q) => ({
    type: 'checkbox',
    choices: q.options.map((o) => ({ value: o.value, text: shown(o.label), ...(o.exclusive ? { isExclusive: true } : {}) })),
  }),
  scale(q) {
    const { min, max, labels = {} } = q.scale;
    const inner = Object.keys(labels).some((point) => Number(point) !== min && Number(point) !== max);
    const dontKnow = kindOf(q).options(q);
    if (!inner && dontKnow.length === 0) {
      return {
        type: 'rating',
        rateMin: min,
        rateMax: max,
        ...(labels[String(min)] ? { minRateDescription: shown(labels[String(min)]!) } : {}),
        ...(labels[String(max)] ? { maxRateDescription: shown(labels[String(max)]!) } : {}),
      };
    }
    const rateValues: { value: number | string; text: string }[] = [];
    for (let v = min; v <= max; v++) rateValues.push({ value: v, text: labels[String(v)] === undefined ? String(v) : shown(`${v} – ${labels[String(v)]}`) });
    for (const option of dontKnow) rateValues.push({ value: option.value, text: shown(option.label) });
    return { type: 'rating', rateValues };
  },
  number(q) {
    const { min, max, integer, unit } = q.number ?? {};
    return {
      type: 'text',
      inputType: 'number',
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
      ...(integer ? { step: 1, validators: [{ type: 'regex', regex: '^-?[0-9]+$', text: wholeNumber }] } : {}),
      ...(unit ? { placeholder: shown(unit) } : {}),
    };
  },
  text: (q) => ({ type: 'comment', ...(q.max_length ? { maxLength: q.max_length } : {}) }),
});

/** Whether `survey.data` holds this question's value as a number: a number, or a scale's point (a rating). */
function holdsNumber(question: Question): boolean {
  const values = kindOf(question).conditionValues(question);
  return values.kind === 'numbers' || (values.kind === 'set' && values.noun === 'point');
}

/**
 * SurveyJS rewrites "equals" to "equal " anywhere in an expression before it parses it, question names
 * and strings included (ConditionsParser.patchExpression), so `{multi-equals}` would name no question.
 * Its names and (by default) its comparisons of text ignore case, so "Equals" reads the same and is
 * left alone.
 */
const unpatched = (text: string) => text.replace(/equals/g, 'Equals');

/**
 * A SurveyJS string literal. Its grammar takes no quote of either kind inside a string unless escaped
 * (\' and \"), and has no other escapes: a backslash is itself. (It also rewrites "=>", "=<" and "<>"
 * before parsing: a condition on a free-text answer holding one of those cannot be written.)
 */
const literal = (text: string) => `'${unpatched(text).replace(/['"]/g, (quote) => `\\${quote}`)}'`;

/** A `when`, as a SurveyJS `visibleIf` expression. */
export function visibleIfExpression(relevance: Relevance): string {
  return writeRelevance(relevance, { never: 'false', not: (e) => `!(${e})`, test: testExpression });
}

function testExpression(question: Question, test: 'in' | 'not_in' | 'equals', values: readonly (string | number)[]): string {
  const ref = `{${unpatched(question.id)}}`;
  const numeric = holdsNumber(question);
  const value = (v: string | number) => (numeric && typeof v === 'number' ? String(v) : literal(String(v)));
  const list = (vs: readonly (string | number)[]) => `[${vs.map(value).join(', ')}]`;
  // `anyof` is false on an empty value, as ce-plan's `in` is; `noneof` is true on one, so `not_in` says it needs an answer.
  if (test === 'in') return `${ref} anyof ${list(values)}`;
  if (test === 'not_in') return `(${ref} notempty and ${ref} noneof ${list(values)})`;
  if (!kindOf(question).multipleChoice) return `${ref} = ${value(values[0]!)}`;
  // Exactly that one option: it is chosen, and none of the others is.
  const others = kindOf(question)
    .options(question)
    .map((o) => String(o.value))
    .filter((v) => v !== String(values[0]));
  return others.length === 0 ? `${ref} allof ${list(values)}` : `(${ref} allof ${list(values)} and ${ref} noneof ${list(others)})`;
}

/** The form in one language. */
function surveyIn(english: Bank, language: Language): Record<string, unknown> {
  const bank = bankIn(english, language);
  const ELEMENTS = elementsIn(wordsFor(language).forms.wholeNumber);
  const layout = formLayout(bank);
  const details = {
    name: layout.detailsGroup,
    title: layout.detailsTitle,
    elements: layout.details.map((detail) => ({
      type: 'text',
      name: detail.name,
      title: detail.label,
      ...(detail.hint ? { description: detail.hint } : {}),
      ...(detail.required ? { isRequired: true } : {}),
      ...(detail.date ? { inputType: 'date' } : {}),
    })),
  };
  const pages = layout.groups.map((group) => ({
    name: group.name,
    title: shown(group.section.title),
    ...(group.section.intro ? { description: shown(group.section.intro) } : {}),
    elements: group.questions.map((question): Element => {
      const relevance = relevanceOf(bank, question);
      return {
        ...byKind(ELEMENTS, question),
        name: question.id,
        title: shown(question.prompt),
        ...(question.help ? { description: shown(question.help) } : {}),
        isRequired: question.required,
        ...(relevance ? { visibleIf: visibleIfExpression(relevance) } : {}),
      };
    }),
  }));
  return {
    title: shown(bank.title),
    ...(bank.description ? { description: shown(bank.description) } : {}),
    // A hidden question's answer is dropped as soon as it is hidden, so `survey.data` holds only what counts.
    clearInvisibleValues: 'onHidden',
    showQuestionNumbers: 'on',
    pages: [details, ...pages],
  };
}

/** The properties SurveyJS localises: what a person reads. */
const LOCALISED: ReadonlySet<string> = new Set(['title', 'description', 'text', 'minRateDescription', 'maxRateDescription', 'placeholder']);

/**
 * The form in each language put together: every text SurveyJS can localise becomes `{ default: English,
 * cy: Welsh }`. Each language's form has the same shape (ids, not words, make it), so they are walked side
 * by side.
 */
function localised(byLanguage: readonly { language: Language; form: unknown }[], key?: string): unknown {
  const [english] = byLanguage;
  const value = english!.form;
  if (typeof value === 'string' && key !== undefined && LOCALISED.has(key)) {
    const texts: Record<string, string> = { default: value };
    for (const { language, form } of byLanguage.slice(1)) texts[language] = form as string;
    return texts;
  }
  if (Array.isArray(value))
    return value.map((_, i) =>
      localised(
        byLanguage.map((b) => ({ language: b.language, form: (b.form as unknown[])[i] })),
        key,
      ),
    );
  if (value !== null && typeof value === 'object') {
    const merged: Record<string, unknown> = {};
    for (const name of Object.keys(value)) {
      merged[name] = localised(
        byLanguage.map((b) => ({ language: b.language, form: (b.form as Record<string, unknown>)[name] })),
        name,
      );
    }
    return merged;
  }
  return value;
}

/**
 * The form as data: what the tests load into survey-core. `languages` are the form's, the first the one it
 * opens in; English is always there, and so is every language the bank declares.
 */
export function surveyJson(bank: Bank, languages: readonly Language[] = ['en']): Record<string, unknown> {
  const all = formLanguages(bank, languages);
  if (all.length === 1) return surveyIn(bank, 'en');
  const form = localised(all.map((language) => ({ language, form: surveyIn(bank, language) }))) as Record<string, unknown>;
  return languages[0] === undefined || languages[0] === 'en' ? form : { locale: languages[0], ...form };
}

export async function render(bank: Bank, { languages }: { languages: readonly Language[] }): Promise<string> {
  return `${JSON.stringify(surveyJson(bank, languages), null, 2)}\n`;
}
