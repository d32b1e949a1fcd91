// One answer file through the pipeline: parse → shape → its bank → answers against the bank → score →
// report facts → rendered reports. `assess` runs it for every file (in this thread, or split across
// worker threads at the parse), `init` from the shape on, and `compare` up to the score.
import { checkAnswers } from '../core/answers.js';
import { START, type Locator } from '../core/diagnostics.js';
import { questionsById } from '../core/bank.js';
import { combineRespondents } from '../core/combine.js';
import { mapped } from '../core/lists.js';
import type { Language } from '../core/languages.js';
import type { Words } from '../core/words/index.js';
import { reportFacts, type Group, type Provenance, type ReportFacts } from '../core/report-facts.js';
import { bankIn } from '../core/translation.js';
import type { Result } from '../core/result.js';
import type { AnswerFile, Bank } from '../core/schema.js';
import { scoreAssessment, type Assessment } from '../core/scoring.js';
import type { TrackedAction } from '../core/tracker.js';
import type { AnswerMap } from '../core/visibility.js';
import { rowLocator } from '../forms/row-places.js';
import { renderReports, type RenderedReport, type ReportFormat } from '../format/report/index.js';
import { readSource } from '../io/read-source.js';
import { checkAnswerFile, type AssessOptions, type Checked } from './against-bank.js';
import type { AnswerSource, ParsedAnswers } from './parse-answers.js';
import { tableLocator } from './positions.js';
import { readAnswers } from './read-answers.js';
import type { BankCache, LoadedBank } from './load-bank.js';
import { reportLanguages } from './report-languages.js';

/** An answer file checked against its bank and scored. */
export interface Assessed extends Omit<Checked, 'fitting'> {
  assessment: Assessment;
}

/** Reads and assesses an answer file (`-` for stdin). */
export async function loadAssessment(file: string, cache: BankCache, options: AssessOptions & { stdin?: NodeJS.ReadableStream }): Promise<Result<Assessed>> {
  const text = await readSource(file, options.words, options.stdin);
  return text.ok ? assessText(file, text.value, cache, options) : text;
}

async function assessText(file: string, text: string, cache: BankCache, options: AssessOptions): Promise<Result<Assessed>> {
  const parsed = await readAnswers(file, text, options.words);
  return parsed.ok ? assessParsed(parsed.value, cache, options) : parsed;
}

/**
 * Parsed answers (a YAML file's, or a form export's row) checked once: their shape against the schema,
 * then each answer against its bank's question.
 */
export async function checkParsed(parsed: ParsedAnswers, cache: BankCache, options: AssessOptions): Promise<Result<Checked>> {
  const { positions } = parsed;
  if (!('text' in positions)) return checkAnswerFile(parsed, 'cells' in positions ? rowLocator(positions) : tableLocator(positions), cache, options);
  // Read the quick way, the file has no positions. Should a finding need one, the file is read again by
  // yaml, which places every finding, and checked as yaml reads it (the same data: see quick-yaml.ts).
  let asked = false;
  const unplaced: Locator = {
    at() {
      asked = true;
      return START;
    },
  };
  const checked = await checkAnswerFile(parsed, unplaced, cache, options);
  if (!asked) return checked;
  const placed = (await import('./parse-yaml.js')).parseYaml(parsed.file, positions.text, options.words);
  if (!placed.ok) return placed;
  const { data, positions: table, locator } = placed.value;
  return checkAnswerFile({ ...parsed, data, positions: table }, locator, cache, options);
}

export async function assessParsed(parsed: ParsedAnswers, cache: BankCache, options: AssessOptions): Promise<Result<Assessed>> {
  const checked = await checkParsed(parsed, cache, options);
  if (!checked.ok) return checked;
  const { fitting: _kept, ...value } = checked.value;
  return { ok: true, value: { ...value, assessment: scoreAssessment(value.bank.bank, value.answers) }, diagnostics: checked.diagnostics };
}

/** Answers already in memory, for a bank already loaded (`init`): checked as `assess` checks them, and scored. */
export function assessContent(bank: Bank, content: AnswerFile, locator: Locator, file: string, words: Words): { answers: AnswerMap; assessment: Assessment } {
  // Answers the skip logic now hides stay in the file but, as in `assess`, leave the scoring.
  const { answers } = checkAnswers(bank, content, locator, file, words);
  return { answers, assessment: scoreAssessment(bank, answers) };
}

export interface ReportSettings {
  formats: readonly ReportFormat[];
  /** "ce-plan 0.2.0": the program a report says made it. */
  tool: string;
  /** The text of each format's template, read once per run. */
  templates: Partial<Record<ReportFormat, string>>;
  /** `--date`, for answer files that give none. */
  date?: string | undefined;
  /** `--previous-tracker`: what the group's tracker records of each action, to mark in the plan. */
  tracked?: readonly TrackedAction[];
  /** `--lang`: the languages of the reports, the first first; else each answer file's `lang:`, else English. */
  languages?: readonly Language[] | undefined;
}

/**
 * The assessment again on the bank in another language (bankIn): the same answers, ids and numbers, with
 * every title, label and answer in that language; a combined group's respondents scored and combined again.
 */
export function inLanguage(bank: Bank, language: Language, answers: AnswerMap, assessment: Assessment, group: Group | undefined) {
  const translated = bankIn(bank, language);
  if (translated === bank) return { bank, assessment, group };
  if (group === undefined) return { bank: translated, assessment: scoreAssessment(translated, answers), group };
  const respondents = group.respondents.map((r) => ({ ...r, assessment: scoreAssessment(translated, r.answers) }));
  const combined = combineRespondents(translated, respondents);
  // An agreement's questions, as the bank in this language words them.
  const byId = questionsById(translated);
  const agreement =
    group.agreement === undefined || group.agreement === null
      ? group.agreement
      : { ...group.agreement, questions: group.agreement.questions.map((q) => ({ ...q, question: byId.get(q.question.id) ?? q.question })) };
  return {
    bank: translated,
    assessment: combined.assessment,
    group: { ...group, respondents, spread: combined.spread, contested: combined.contested, ...(agreement === undefined ? {} : { agreement }) },
  };
}

/** The reports of an assessed file (or, with `group`, an organisation's respondents combined), in each format asked for. */
export function reportsOf(
  {
    bank,
    content,
    answers,
    assessment,
    group,
    sources,
  }: Pick<Assessed, 'content' | 'answers' | 'assessment'> & { bank: LoadedBank; group?: Group; sources: readonly AnswerSource[] },
  settings: ReportSettings,
): Promise<RenderedReport[]> {
  const provenance: Provenance = { tool: settings.tool, bank: { id: bank.bank.id, version: bank.bank.version, sha256: bank.sha256 }, answers: sources };
  const [first, ...others] = mapped(reportLanguages(content, settings.languages), (language): ReportFacts => {
    const worded = inLanguage(bank.bank, language, answers, assessment, group);
    return reportFacts({ ...worded, content, answers, date: settings.date, provenance, tracked: settings.tracked });
  });
  return renderReports([first!, ...others], settings.formats, settings.templates);
}
