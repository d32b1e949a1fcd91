// `export --to html`: the bank as a paper form, for a street surgery or a meeting: A4, tick boxes, a box
// for who is answering, and every question a condition would skip marked "Skip this question if …".
// Self-contained (no script, no network: its CSS is inline) and every text from the bank is escaped.
// Each question shows its id and each option its value in small grey type, so whoever types the forms
// into a spreadsheet for `ce-plan import` can use them as column headers and cell values. The form is in
// the first language asked for (`--lang cy`), its words and the bank's, and says so in its `lang`.
import { kindOf } from '../../core/kinds/index.js';
import type { Language } from '../../core/languages.js';
import { bankIn } from '../../core/translation.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import type { Bank, Condition, Question } from '../../core/schema.js';
import { questionsById } from '../../core/bank.js';
import { escapeHtml } from '../html/escape.js';
import { formLayout } from '../../core/form-layout.js';
import { byKind, type PerKind } from '../../core/kinds/per-kind.js';

const CSS = `
@page { size: A4; margin: 15mm 15mm 17mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.4 "Helvetica Neue", Arial, sans-serif; color: #000; background: #fff; margin: 0 auto; max-width: 180mm; }
@media screen { body { padding: 12mm 8mm; } }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #000; break-after: avoid; }
p { margin: 0 0 2mm; }
.lead { font-size: 10pt; }
.how { font-size: 9.5pt; border: 1pt solid #000; padding: 2mm 3mm; }
.details { border: 2pt solid #000; padding: 3mm 4mm; margin: 4mm 0; display: grid; grid-template-columns: 1fr 1fr; gap: 4mm 6mm; break-inside: avoid; }
.details .wide { grid-column: 1 / -1; }
.details label { display: block; font-weight: bold; font-size: 9.5pt; }
.details .line { display: block; border-bottom: 1pt solid #000; height: 8mm; }
.intro { font-size: 10pt; font-style: italic; }
.q { break-inside: avoid; margin: 0 0 5mm; }
.prompt { font-weight: bold; }
.prompt .n { display: inline-block; min-width: 8mm; }
.id, .value { font-weight: normal; font-size: 7.5pt; color: #555; font-family: "Courier New", monospace; }
.skip { font-size: 9.5pt; font-style: italic; border-left: 2.5pt solid #000; padding-left: 2mm; margin-left: 8mm; }
.help, .tick { font-size: 9pt; color: #333; margin-left: 8mm; }
ul { list-style: none; margin: 1mm 0 0 8mm; padding: 0; }
li { margin: 1.2mm 0; break-inside: avoid; }
.box { display: inline-block; width: 4.2mm; height: 4.2mm; border: 1pt solid #000; vertical-align: -0.8mm; margin-right: 2mm; }
.round { border-radius: 50%; }
.scale { display: flex; flex-wrap: wrap; gap: 2mm 5mm; margin: 1mm 0 0 8mm; padding: 0; }
.scale li { margin: 0; width: 24mm; text-align: center; font-size: 9pt; }
.scale .box { display: block; margin: 0 auto 1mm; }
.write { margin: 1mm 0 0 8mm; width: calc(100% - 8mm); border: 1pt solid #000; height: 24mm; }
.write.short { height: 9mm; width: 45mm; display: inline-block; vertical-align: middle; margin-right: 2mm; }
.number { margin-left: 8mm; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #333; }
`;

/** The footer's names, marked up: the bank's id and version as text, the example and the command in grey. */
const FOOTER_PARTS = (bank: Bank, example: string): Record<string, string> => ({
  '{bank}': escapeHtml(bank.id),
  '{version}': escapeHtml(bank.version),
  '{example}': `<span class="id">${escapeHtml(example)}</span>`,
  '{command}': `<span class="id">ce-plan import FILE --bank ${escapeHtml(bank.id)}</span>`,
});

/** A value a condition tests, as the form shows it: an option's label, a scale point with its label, a number, a text. */
const VALUE_NAMES: PerKind<(value: string | number) => string> = {
  single: (q) => (v) => `“${q.options.find((o) => o.value === String(v))?.label ?? String(v)}”`,
  multi: (q) => (v) => `“${q.options.find((o) => o.value === String(v))?.label ?? String(v)}”`,
  scale: (q) => (v) => {
    const dontKnow = kindOf(q)
      .options(q)
      .find((o) => o.value === String(v));
    if (dontKnow !== undefined) return `“${dontKnow.label}”`;
    const label = q.scale.labels?.[String(v)];
    return label === undefined ? String(v) : `${v} (${label})`;
  },
  number: () => (v) => String(v),
  text: () => (v) => `“${String(v)}”`,
};

type Paper = Words['forms']['paper'];

/** What each kind asks the person filling in the form to do, and the boxes or space for it, in a language's words. */
const fieldsIn = (words: Paper): PerKind<{ how: string; body: string }> => ({
  single: (q) => ({
    how: words.tickOne,
    body: options(
      q.options.map((o) => ({ label: o.label, value: o.value, help: o.help })),
      true,
    ),
  }),
  multi: (q) => ({
    how: words.tickAll,
    body: options(
      q.options.map((o) => ({ label: o.exclusive ? words.onItsOwn(o.label) : o.label, value: o.value, help: o.help })),
      false,
    ),
  }),
  scale(q) {
    const { min, max, labels = {} } = q.scale;
    const points: string[] = [];
    for (let v = min; v <= max; v++) {
      const label = labels[String(v)];
      points.push(`<li><span class="box round"></span>${v}${label === undefined ? '' : `<br>${escapeHtml(label)}`}</li>`);
    }
    const dontKnow = kindOf(q).options(q);
    for (const option of dontKnow) points.push(`<li><span class="box round"></span>${escapeHtml(option.label)}</li>`);
    return {
      how: words.tickScale(min, max, dontKnow.length > 0 ? dontKnow[0]!.label : null),
      body: `<ul class="scale">${points.join('')}</ul>`,
    };
  },
  number(q) {
    const { min, max, integer, unit } = q.number ?? {};
    return {
      how: words.writeNumber(integer === true, min, max),
      body: `<p class="number"><span class="write short"></span>${unit ? escapeHtml(unit) : ''}</p>`,
    };
  },
  text: (q) => ({
    how: words.writeText(q.max_length),
    body: '<div class="write"></div>',
  }),
});

function options(list: readonly { label: string; value: string; help?: string | undefined }[], round: boolean): string {
  const items = list.map(
    (o) =>
      `<li><span class="box${round ? ' round' : ''}"></span>${escapeHtml(o.label)} <span class="value">${escapeHtml(o.value)}</span>` +
      `${o.help ? `<br><span class="help">${escapeHtml(o.help)}</span>` : ''}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

/**
 * A condition in words, or (with `negate`) the words for when it does not hold: what a "Skip this
 * question if …" note says. A test on a question left blank, or itself skipped, does not hold, so the
 * negated words always cover a blank answer. Several tests read "any of these is so: …; …" (or "all of
 * these are"), and within that, "(any of: …; …)".
 */
function conditionWords(
  { bank, words, numbers }: { bank: Bank; words: Words; numbers: ReadonlyMap<string, number> },
  condition: Condition,
  negate: boolean,
  nested = false,
): string {
  const say = words.forms.paper;
  const either = (values: readonly string[]) => words.list(values, 'or');
  const list = condition.all ?? condition.any;
  if (list !== undefined) {
    const parts = list.map((child) => conditionWords({ bank, words, numbers }, child, negate, true));
    if (parts.length === 1) return parts[0]!;
    // Not (a and b) is (not a) or (not b), and the other way round.
    const any = (condition.any !== undefined) !== negate;
    return nested ? say.of(any ? say.anyOf : say.allOf, parts) : `${any ? say.anyOfThese : say.allOfThese}: ${parts.join('; ')}`;
  }
  if (condition.not) return conditionWords({ bank, words, numbers }, condition.not, !negate, nested);
  const question = condition.question === undefined ? undefined : questionsById(bank).get(condition.question);
  if (question === undefined) return negate ? say.always : say.never;
  const at = say.question(String(numbers.get(question.id) ?? '?'));
  const name = byKind(VALUE_NAMES, question);
  const values = (condition.in ?? condition.not_in ?? (condition.equals === undefined ? [] : [condition.equals])).map(name);
  // Boxes ticked, or one answer given.
  if (kindOf(question).multipleChoice) {
    if (condition.in) return negate ? say.notTicked(either(values), at) : say.ticked(either(values), at);
    if (condition.not_in) return negate ? say.noTickOr(at, either(values)) : say.tickButNot(at, either(values));
    return negate ? say.anythingBut(at, values[0]!) : say.onlyTicked(values[0]!, at);
  }
  if (condition.not_in) return negate ? say.blankOr(at, either(values)) : say.answeredBut(at, either(values));
  return negate ? say.notAnswered(at, either(values)) : say.answered(at, either(values));
}

export async function render(english: Bank, { languages }: { languages: readonly Language[] }): Promise<string> {
  const language = languages[0] ?? 'en';
  const bank = bankIn(english, language);
  const words = wordsFor(language);
  const paper = words.forms.paper;
  const FIELDS = fieldsIn(paper);
  const layout = formLayout(bank);
  const numbers = new Map<string, number>();
  for (const group of layout.groups) for (const question of group.questions) numbers.set(question.id, numbers.size + 1);

  const details = layout.details
    .map(
      (detail) =>
        `<div${detail.field === 'organisation' ? ' class="wide"' : ''}><label>${escapeHtml(detail.label)}${detail.date ? paper.dayMonthYear : ''} ` +
        `<span class="id">${escapeHtml(detail.name)}</span></label><span class="line"></span></div>`,
    )
    .join('\n');

  const question = (q: Question): string => {
    const field = byKind(FIELDS, q);
    const skip = q.when === undefined ? '' : `<p class="skip">${escapeHtml(paper.skipIf(conditionWords({ bank, words, numbers }, q.when, true)))}</p>`;
    return [
      `<div class="q" id="q-${escapeHtml(q.id)}">`,
      `<p class="prompt"><span class="n">${numbers.get(q.id)}.</span>${escapeHtml(q.prompt)}${q.required ? '' : paper.optional} <span class="id">${escapeHtml(q.id)}</span></p>`,
      skip,
      q.help ? `<p class="help">${escapeHtml(q.help)}</p>` : '',
      `<p class="tick">${escapeHtml(field.how)}</p>`,
      field.body,
      '</div>',
    ]
      .filter(Boolean)
      .join('\n');
  };

  const sections = layout.groups
    .map((group, i) =>
      [
        `<section id="section-${escapeHtml(group.name)}">`,
        `<h2>${i + 1}. ${escapeHtml(group.section.title)}</h2>`,
        group.section.intro ? `<p class="intro">${escapeHtml(group.section.intro)}</p>` : '',
        ...group.questions.map(question),
        '</section>',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');

  return `<!DOCTYPE html>
<html lang="${words.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(paper.title(bank.title))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(bank.title)}</h1>
${bank.description ? `<p class="lead">${escapeHtml(bank.description)}</p>` : ''}
<p class="how">${escapeHtml(paper.how)}</p>
</header>
<section class="details" aria-label="${escapeHtml(paper.whoIsAnswering)}">
${details}
</section>
${sections}
<footer>${paper
    .footer('{bank}', '{version}', '{example}', '{command}')
    .split(/(\{\w+\})/)
    .map((part) => FOOTER_PARTS(bank, layout.details[0]!.name)[part] ?? escapeHtml(part))
    .join('')}</footer>
</body>
</html>
`;
}
