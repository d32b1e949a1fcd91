// Which question (or detail) each column of a form tool's export holds. A header matches a question by
// its id, by its path in the form (`group/name` as KoboToolbox writes it, `group-name` as ODK Central
// does), by its prompt (Microsoft and Google Forms head each column with the question's text), or by its
// prompt under its section's title (KoboToolbox's labels with groups), ignoring case, spacing and
// punctuation; a `question/option` column holds one option of a multiple choice (KoboToolbox, ODK
// Central's split columns). The notes a form shows (each section's introduction), the columns each tool
// adds of its own and SurveyJS's "-Comment" text are known too; any other column that matches nothing is
// a finding, with the nearest question as "did you mean".
import { placedQuestions, questionsById } from '../core/bank.js';
import { MAX_FINDINGS_PER_FILE, type Diagnostic, type Position } from '../core/diagnostics.js';
import { closest } from '../core/did-you-mean.js';
import { formLayout, type Detail } from '../core/form-layout.js';
import { kindOf } from '../core/kinds/index.js';
import type { Bank, Condition, Option, Question } from '../core/schema.js';
import { quoteText } from '../core/validate.js';
import { LANGUAGES } from '../core/languages.js';
import { inEveryLanguage } from '../core/translation.js';
import { wordsFor } from '../core/words/index.js';
import type { FormWords } from './cells.js';
import { COMMENT_SUFFIX, METADATA_PATTERN, TOOLS, type FormTool } from './tools.js';

/** Case, spacing and punctuation set aside: "Don't know?" and "dont know" read alike. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const TOOL_NAMES = Object.keys(TOOLS) as FormTool[];

/** What a column holds. */
export type ColumnRole =
  | { kind: 'question'; question: Question }
  /** One option of a multiple choice, as 1 or 0 (KoboToolbox's and ODK Central's one column per option). */
  | { kind: 'option'; question: Question; option: Option }
  | { kind: 'detail'; detail: Detail }
  /** When the response was made: the date of answers whose form asks for none. `rank` 0 is the most telling. */
  | { kind: 'timestamp'; rank: number }
  /** A tool's own column, a note the form shows, or one `--ignore` names. */
  | { kind: 'ignored' }
  | { kind: 'unmatched' };

export interface ColumnSettings {
  /** `--map FIELD=HEADER`: a detail field or question id, and the header of its column. */
  columns: ReadonlyMap<string, string>;
  /** `--ignore HEADER`: columns to leave alone. */
  ignore: readonly string[];
}

export interface Columns {
  roles: ColumnRole[];
  /** The tool the columns show the file came from, if any. */
  tool: FormTool | undefined;
  diagnostics: Diagnostic[];
}

type Target = { kind: 'question'; question: Question } | { kind: 'detail'; detail: Detail } | { kind: 'note' };

interface Lookup {
  exact: Map<string, Target[]>;
  loose: Map<string, Target[]>;
  multis: { question: Question; keys: Set<string>; options: Map<string, Option> }[];
  /** A choice question's normalised names, for SurveyJS's "-Comment" columns. */
  choices: Map<string, Question>;
}

const lookups = new WeakMap<Bank, Lookup>();

/** The ways a tool may head a field in a group: `group/name` (KoboToolbox), `group-name` (ODK Central). */
const pathsOf = (group: string, name: string) => [`${group}/${name}`, `${group}-${name}`];

function lookupFor(bank: Bank): Lookup {
  let lookup = lookups.get(bank);
  if (lookup !== undefined) return lookup;
  const layout = formLayout(bank);
  const exact = new Map<string, Target[]>();
  const loose = new Map<string, Target[]>();
  const add = (map: Map<string, Target[]>, key: string, target: Target) => {
    if (key === '') return;
    const list = map.get(key) ?? [];
    if (!list.includes(target)) list.push(target);
    map.set(key, list);
  };
  const multis: Lookup['multis'] = [];
  const choices = new Map<string, Question>();
  for (const { question } of placedQuestions(bank)) {
    const target: Target = { kind: 'question', question };
    const group = layout.groupOf(question);
    // Its name, its paths, its prompt, and its prompt under its section's title (labels with groups), in
    // every language the form may have been exported in.
    const prompts = inEveryLanguage(question, 'prompt');
    const titles = inEveryLanguage(group.section, 'title');
    const keys = [question.id, ...pathsOf(group.name, question.id), ...prompts, ...prompts.map((prompt, i) => `${titles[i]}/${prompt}`)];
    add(exact, question.id.toLowerCase(), target);
    for (const path of pathsOf(group.name, question.id)) add(exact, path.toLowerCase(), target);
    for (const key of keys) add(loose, normalise(key), target);
    const kind = kindOf(question);
    if (kind.options(question).length > 0) for (const key of keys) choices.set(normalise(key), question);
    if (kind.multipleChoice) {
      const options = new Map<string, Option>();
      for (const option of kind.options(question)) {
        options.set(normalise(option.value), option);
        for (const label of inEveryLanguage(option, 'label')) if (!options.has(normalise(label))) options.set(normalise(label), option);
      }
      multis.push({ question, keys: new Set(keys.map(normalise)), options });
    }
  }
  for (const detail of layout.readable) {
    const target: Target = { kind: 'detail', detail };
    add(exact, detail.name.toLowerCase(), target);
    for (const path of pathsOf(layout.detailsGroup, detail.name)) add(exact, path.toLowerCase(), target);
    // Its label and its group's title in every language ce-plan writes forms in.
    const worded = LANGUAGES.map((language) => wordsFor(language).forms).flatMap(({ details, detailsTitle }) => [
      details[detail.field].label,
      `${detailsTitle}/${details[detail.field].label}`,
    ]);
    const keys = [detail.name, ...pathsOf(layout.detailsGroup, detail.name), detail.field, ...worded, ...detail.aliases];
    for (const key of keys) add(loose, normalise(key), target);
  }
  // The notes that hold each section's introduction: every tool that exports an XLSForm's fields
  // exports its notes too, always empty.
  const note: Target = { kind: 'note' };
  for (const group of layout.groups) {
    if (group.introName === undefined) continue;
    const intros = inEveryLanguage(group.section, 'intro');
    const titles = inEveryLanguage(group.section, 'title');
    for (const key of [group.introName, ...pathsOf(group.name, group.introName), ...intros, ...intros.map((intro, i) => `${titles[i]}/${intro}`)]) {
      if (!loose.has(normalise(key))) add(loose, normalise(key), note);
    }
  }
  lookup = { exact, loose, multis, choices };
  lookups.set(bank, lookup);
  return lookup;
}

/** Every tool's own columns, with the tool and (for a timestamp) its rank. */
const METADATA = new Map<string, { tool: FormTool; rank?: number }>();
for (const tool of TOOL_NAMES) {
  for (const header of TOOLS[tool].metadata) METADATA.set(normalise(header), { tool });
  TOOLS[tool].timestamps.forEach((header, rank) => METADATA.set(normalise(header), { tool, rank }));
}

/** Where the header's "did you mean" looks: every prompt, question id and detail. */
function suggestion(bank: Bank, header: string, say: FormWords): string {
  const candidates = new Map<string, string>();
  for (const { question } of placedQuestions(bank)) {
    candidates.set(question.prompt, `"${question.prompt}" (${question.id})`);
    candidates.set(question.id, `"${question.id}"`);
  }
  for (const detail of formLayout(bank).readable) candidates.set(detail.label, `"${detail.label}" (${detail.name})`);
  const best = closest(header.trim(), candidates.keys());
  return best === undefined ? '' : say.didYouMean(candidates.get(best)!);
}

/**
 * The role of every column. Two columns for one question (a header given twice) are both read, and
 * must agree on each row; the second is a finding.
 */
export function matchColumns(
  bank: Bank,
  file: string,
  header: readonly { text: string; at: Position }[],
  settings: ColumnSettings,
  say: FormWords,
  delimiter?: string,
): Columns {
  const lookup = lookupFor(bank);
  const diagnostics: Diagnostic[] = [];
  const mapped = new Map<string, Target>();
  const layout = formLayout(bank);
  for (const [name, column] of settings.columns) {
    const detail = layout.readable.find((d) => d.field === name || d.name === name);
    const question = questionsById(bank).get(name);
    const target: Target | undefined = detail ? { kind: 'detail', detail } : question ? { kind: 'question', question } : undefined;
    if (target !== undefined) mapped.set(normalise(column), target);
  }
  const ignored = new Set(settings.ignore.map(normalise));
  const claimed = new Map<Target, number>();
  const toolVotes = new Map<FormTool, number>();
  // Worked out once, and only if some column matches nothing.
  let oneColumn: string | undefined;
  let unknown = 0;

  const roles = header.map(({ text, at }, index): ColumnRole => {
    const key = normalise(text);
    const take = (candidates: Target[] | undefined): ColumnRole | undefined => {
      if (candidates === undefined || candidates.length === 0) return undefined;
      // Two questions with one prompt: columns come in the form's order, so each takes the next.
      const target = candidates.find((c) => !claimed.has(c)) ?? candidates[0]!;
      if (target.kind === 'note') return { kind: 'ignored' };
      const first = claimed.get(target);
      if (first !== undefined) {
        const what = target.kind === 'question' ? say.question(target.question.id) : `"${target.detail.label}"`;
        diagnostics.push({
          file,
          ...at,
          severity: 'error',
          rule: 'duplicate-column',
          message: say.secondColumn(quoteText(text), what, first + 1),
        });
      } else claimed.set(target, index);
      return target.kind === 'question' ? { kind: 'question', question: target.question } : { kind: 'detail', detail: target.detail };
    };
    const byMap = mapped.get(key);
    if (byMap !== undefined) return take([byMap])!;
    if (ignored.has(key)) return { kind: 'ignored' };
    const exact = take(lookup.exact.get(text.trim().toLowerCase()));
    if (exact) return exact;
    const option = optionColumn(lookup, text);
    if (option) return option;
    const loose = take(lookup.loose.get(key));
    if (loose) return loose;
    const meta = METADATA.get(key);
    if (meta !== undefined) {
      toolVotes.set(meta.tool, (toolVotes.get(meta.tool) ?? 0) + 1);
      return meta.rank === undefined ? { kind: 'ignored' } : { kind: 'timestamp', rank: meta.rank };
    }
    if (METADATA_PATTERN.test(text.trim())) return { kind: 'ignored' };
    if (text.trim() === '') return { kind: 'unmatched' };
    const comment = commentColumn(bank, lookup, text, say);
    if (comment !== undefined) {
      if ('question' in comment) return take([comment])!;
      diagnostics.push({ file, ...at, severity: 'error', rule: 'unknown-column', message: comment.problem });
      return { kind: 'unmatched' };
    }
    // A suggestion for each of the first findings only: those past them are not shown (capFindings).
    const hint = unknown++ < MAX_FINDINGS_PER_FILE ? suggestion(bank, text, say) : '';
    oneColumn ??= wrongDelimiter(header, delimiter, say);
    diagnostics.push({
      file,
      ...at,
      severity: 'error',
      rule: 'unknown-column',
      message: say.noQuestion(quoteText(text), bank.id, hint, oneColumn),
    });
    return { kind: 'unmatched' };
  });
  const normalisedHeaders = new Set(header.map((h) => normalise(h.text)));
  for (const [name, column] of settings.columns) {
    if (!normalisedHeaders.has(normalise(column))) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'unknown-column',
        message: say.mapNoColumn(name, quoteText(column)),
      });
    }
  }
  let tool: FormTool | undefined;
  for (const [candidate, votes] of toolVotes) if (tool === undefined || votes > toolVotes.get(tool)!) tool = candidate;
  if (tool === undefined && roles.some((r) => r.kind === 'option')) tool = 'kobotoolbox';
  return { roles, tool, diagnostics };
}

/** A `question/option` column (by name or by label, with or without its group). */
function optionColumn(lookup: Lookup, text: string): ColumnRole | undefined {
  for (let cut = text.lastIndexOf('/'); cut > 0; cut = text.lastIndexOf('/', cut - 1)) {
    const left = normalise(text.slice(0, cut));
    const right = normalise(text.slice(cut + 1));
    for (const multi of lookup.multis) {
      if (!multi.keys.has(left)) continue;
      const option = multi.options.get(right);
      if (option !== undefined) return { kind: 'option', question: multi.question, option };
    }
  }
  return undefined;
}

/**
 * SurveyJS's "name-Comment": the text typed beside a choice's "other" option. It is the answer to the
 * free-text question that follows that choice and asks only when one of its options is chosen ("Which
 * other meetings?"). Undefined when the header is no such column.
 */
function commentColumn(bank: Bank, lookup: Lookup, text: string, say: FormWords): { kind: 'question'; question: Question } | { problem: string } | undefined {
  if (!text.endsWith(COMMENT_SUFFIX)) return undefined;
  const choice = lookup.choices.get(normalise(text.slice(0, -COMMENT_SUFFIX.length)));
  if (choice === undefined) return undefined;
  const follow = placedQuestions(bank).find(({ question }) => kindOf(question).freeText && asksOnlyAfter(question.when, choice.id));
  if (follow !== undefined) return { kind: 'question', question: follow.question };
  return { problem: say.commentNoQuestion(quoteText(text), choice.id, bank.id) };
}

/** Whether a `when` is one test of the choice named: `{ question, in | equals }`. */
const asksOnlyAfter = (when: Condition | undefined, id: string) => when?.question === id && (when.in !== undefined || when.equals !== undefined);

/**
 * "; is the file separated by ";"? pass --delimiter ";"", when the header's cells hold another
 * delimiter than the one the file was read with: several headers run together.
 */
export function wrongDelimiter(header: readonly { text: string }[], used: string | undefined, say: FormWords): string {
  if (used === undefined) return '';
  for (const delimiter of [';', ',', '\t', '|']) {
    if (delimiter === used) continue;
    let holding = 0;
    for (const h of header) if (h.text.includes(delimiter)) holding++;
    if (holding > 0 && holding * 2 >= header.length) {
      return say.wrongDelimiter(JSON.stringify(delimiter));
    }
  }
  return '';
}
