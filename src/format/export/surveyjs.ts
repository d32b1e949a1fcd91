// `export --to surveyjs`: the bank as a SurveyJS form (https://surveyjs.io), one page per section, with
// `visibleIf` from `when`, `isRequired`, and choices as `{ value, text }`. `survey.data` from this form
// is what `ce-plan import` reads back (a SurveyJS results file is a JSON list of such objects).
import { kindOf } from '../../core/kinds/index.js';
import type { Bank, Question } from '../../core/schema.js';
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
const ELEMENTS: PerKind<Asked> = {
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
      ...(integer ? { step: 1, validators: [{ type: 'regex', regex: '^-?[0-9]+$', text: 'Enter a whole number.' }] } : {}),
      ...(unit ? { placeholder: shown(unit) } : {}),
    };
  },
  text: (q) => ({ type: 'comment', ...(q.max_length ? { maxLength: q.max_length } : {}) }),
};

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

/** The form as data: what the tests load into survey-core. */
export function surveyJson(bank: Bank): Record<string, unknown> {
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

export async function render(bank: Bank): Promise<string> {
  return `${JSON.stringify(surveyJson(bank), null, 2)}\n`;
}
