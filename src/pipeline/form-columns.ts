// Which question (or detail) each column of a form tool's export holds. A header matches a question by
// its id, by its XLSForm path (`group/name`, as KoboToolbox writes it) or by its prompt (Microsoft and
// Google Forms head each column with the question's text), ignoring case, spacing and punctuation; a
// KoboToolbox `question/option` column holds one option of a multiple choice. The columns each tool adds
// of its own (an ID, a start time, an e-mail address) are known and left alone; any other column that
// matches nothing is a finding, with the nearest question as "did you mean".
import { placedQuestions, questionsById } from '../core/bank.js';
import type { Diagnostic, Position } from '../core/diagnostics.js';
import { closest } from '../core/did-you-mean.js';
import { kindOf } from '../core/kinds/index.js';
import type { Bank, Option, Question } from '../core/schema.js';
import { quoteText } from '../core/validate.js';
import { formLayout, type Detail } from '../format/export/layout.js';

/** Case, spacing and punctuation set aside: "Don't know?" and "dont know" read alike. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export type FormTool = 'microsoft-forms' | 'google-forms' | 'kobotoolbox' | 'odk-central' | 'surveyjs';

interface ToolTraits {
  name: string;
  /** How it joins the options of a multiple choice in one cell. */
  separator: string;
  /** The columns it adds of its own. */
  metadata: readonly string[];
  /** Its columns that give when a response was made, most telling first: a report's date when the form asks for none. */
  timestamps: readonly string[];
}

export const TOOLS: Record<FormTool, ToolTraits> = {
  'microsoft-forms': {
    name: 'Microsoft Forms',
    separator: ';',
    metadata: ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'Total points', 'Quiz feedback', 'Grade posted time'],
    timestamps: ['Completion time', 'Start time'],
  },
  'google-forms': { name: 'Google Forms', separator: ', ', metadata: ['Timestamp', 'Email Address', 'Email', 'Score'], timestamps: ['Timestamp'] },
  kobotoolbox: {
    name: 'KoboToolbox',
    separator: ' ',
    metadata: [
      'start',
      'end',
      'today',
      'deviceid',
      'username',
      'phonenumber',
      'simserial',
      'subscriberid',
      'audit',
      'meta/instanceID',
      'meta/instanceName',
      'meta/rootUuid',
      'meta/deprecatedID',
      'formhub/uuid',
      '__version__',
      '_id',
      '_uuid',
      '_submission_time',
      '_validation_status',
      '_notes',
      '_status',
      '_submitted_by',
      '_tags',
      '_index',
    ],
    timestamps: ['end', '_submission_time', 'today', 'start'],
  },
  // ODK Central heads a field with its groups joined by "-" (about-organisation), which matches its path as
  // any header does, punctuation aside.
  'odk-central': {
    name: 'ODK Central',
    separator: ' ',
    metadata: [
      'meta-instanceID',
      'KEY',
      'SubmitterID',
      'SubmitterName',
      'AttachmentsPresent',
      'AttachmentsExpected',
      'Status',
      'ReviewState',
      'DeviceID',
      'Edits',
      'FormVersion',
    ],
    timestamps: ['SubmissionDate'],
  },
  surveyjs: { name: 'SurveyJS', separator: ', ', metadata: [], timestamps: [] },
};

const TOOL_NAMES = Object.keys(TOOLS) as FormTool[];

/** What a column holds. */
type ColumnRole =
  | { kind: 'question'; question: Question }
  /** One option of a multiple choice, as 1 or 0 (KoboToolbox's one column per option). */
  | { kind: 'option'; question: Question; option: Option }
  | { kind: 'detail'; detail: Detail }
  /** When the response was made: the date of answers whose form asks for none. `rank` 0 is the most telling. */
  | { kind: 'timestamp'; rank: number }
  /** A tool's own column, or one `--ignore` names. */
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

type Target = { kind: 'question'; question: Question } | { kind: 'detail'; detail: Detail };

interface Lookup {
  exact: Map<string, Target[]>;
  loose: Map<string, Target[]>;
  multis: { question: Question; keys: Set<string>; options: Map<string, Option> }[];
}

const lookups = new WeakMap<Bank, Lookup>();

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
  for (const { question } of placedQuestions(bank)) {
    const target: Target = { kind: 'question', question };
    const path = layout.pathOf(question);
    add(exact, question.id.toLowerCase(), target);
    add(exact, path.toLowerCase(), target);
    for (const key of [question.id, path, question.prompt]) add(loose, normalise(key), target);
    if (kindOf(question).multipleChoice) {
      const options = new Map<string, Option>();
      for (const option of kindOf(question).options(question)) {
        options.set(normalise(option.value), option);
        if (!options.has(normalise(option.label))) options.set(normalise(option.label), option);
      }
      multis.push({ question, keys: new Set([question.id, path, question.prompt].map(normalise)), options });
    }
  }
  for (const detail of layout.readable) {
    const target: Target = { kind: 'detail', detail };
    const path = `${layout.detailsGroup}/${detail.name}`;
    add(exact, detail.name.toLowerCase(), target);
    add(exact, path.toLowerCase(), target);
    for (const key of [detail.name, path, detail.field, detail.label, ...detail.aliases]) add(loose, normalise(key), target);
  }
  lookup = { exact, loose, multis };
  lookups.set(bank, lookup);
  return lookup;
}

/** Every tool's own columns, with the tool and (for a timestamp) its rank. */
const METADATA = new Map<string, { tool: FormTool; rank?: number }>();
for (const tool of TOOL_NAMES) {
  for (const header of TOOLS[tool].metadata) METADATA.set(normalise(header), { tool });
  TOOLS[tool].timestamps.forEach((header, rank) => METADATA.set(normalise(header), { tool, rank }));
}
/** Microsoft Forms quizzes add "Points - <question>" and "Feedback - <question>"; KoboToolbox's own columns start with "_". */
const METADATA_PATTERN = /^(?:points|feedback) - |^_/i;

/** Where the header's "did you mean" looks: every prompt, question id and detail. */
function suggestion(bank: Bank, header: string): string {
  const candidates = new Map<string, string>();
  for (const { question } of placedQuestions(bank)) {
    candidates.set(question.prompt, `"${question.prompt}" (${question.id})`);
    candidates.set(question.id, `"${question.id}"`);
  }
  for (const detail of formLayout(bank).readable) candidates.set(detail.label, `"${detail.label}" (${detail.name})`);
  const best = closest(header.trim(), candidates.keys());
  return best === undefined ? '' : `; did you mean ${candidates.get(best)!}?`;
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

  const roles = header.map(({ text, at }, index): ColumnRole => {
    const key = normalise(text);
    const take = (candidates: Target[] | undefined): ColumnRole | undefined => {
      if (candidates === undefined || candidates.length === 0) return undefined;
      // Two questions with one prompt: columns come in the form's order, so each takes the next.
      const target = candidates.find((c) => !claimed.has(c)) ?? candidates[0]!;
      const first = claimed.get(target);
      if (first !== undefined) {
        const what = target.kind === 'question' ? `question "${target.question.id}"` : `"${target.detail.label}"`;
        diagnostics.push({
          file,
          ...at,
          severity: 'error',
          rule: 'duplicate-column',
          message: `column ${quoteText(text)} is a second column for ${what} (column ${first + 1} is the first); both are read, and a row where they differ is refused`,
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
    const oneColumn = wrongDelimiter(header, delimiter);
    diagnostics.push({
      file,
      ...at,
      severity: 'error',
      rule: 'unknown-column',
      message: `column ${quoteText(text)} matches no question of bank "${bank.id}"${suggestion(bank, text)}${oneColumn} (--ignore it, or --map it to a question)`,
    });
    return { kind: 'unmatched' };
  });
  for (const [name, column] of settings.columns) {
    if (!header.some((h) => normalise(h.text) === normalise(column))) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'unknown-column',
        message: `--map ${name}=${quoteText(column)}: the file has no such column`,
      });
    }
  }
  let tool: FormTool | undefined;
  for (const [candidate, votes] of toolVotes) if (tool === undefined || votes > toolVotes.get(tool)!) tool = candidate;
  if (tool === undefined && roles.some((r) => r.kind === 'option')) tool = 'kobotoolbox';
  return { roles, tool, diagnostics };
}

/** A KoboToolbox `question/option` header (by name or by label, with or without its group). */
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
 * "; is the file separated by ";"? pass --delimiter ";"", when the header's cells hold another
 * delimiter than the one the file was read with: several headers run together.
 */
export function wrongDelimiter(header: readonly { text: string }[], used: string | undefined): string {
  if (used === undefined) return '';
  for (const delimiter of [';', ',', '\t', '|']) {
    if (delimiter === used) continue;
    const holding = header.filter((h) => h.text.includes(delimiter)).length;
    if (holding > 0 && holding * 2 >= header.length) {
      return `; the header's cells hold ${JSON.stringify(delimiter)}: is the file separated by it? pass --delimiter ${JSON.stringify(delimiter)}`;
    }
  }
  return '';
}
