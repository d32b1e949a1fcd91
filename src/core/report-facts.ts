// What a report says, as facts: scores unrounded, bands and recommendations as the bank gives them, and
// answers in words. Every report format (format/report/) words and lays out these same facts, so the
// Markdown, the HTML and the JSON always agree.
import type { AnswerFile, Band, Bank, Recommendation, Section, Source } from './schema.js';
import type { Question } from './kinds/index.js';
import { kindOf } from './kinds/index.js';
import { isChosen } from './kinds/kind.js';
import type { Answer, AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { describeAnswer, type Assessment, type Gap, type RecommendationScore } from './scoring.js';
import { actionOf, isScored, optionsOf, placedQuestions, recommendationIds, topBand } from './bank.js';
import { whoSaidWhat, type Combined, type Contested, type RespondentAnswers } from './combine.js';

/** The action plan covers at least this many gaps, and every gap in the lowest band that has one. */
export const PRIORITY_GAPS = 3;
/** The summary names at most this many areas going well. */
const GOING_WELL = 3;

export interface ReportInput {
  bank: Bank;
  content: AnswerFile;
  answers: AnswerMap;
  assessment: Assessment;
  /** `--date`, used when the answer file gives none. */
  date?: string | undefined;
  /** Several respondents for one organisation (`assess --combine`): `assessment` is then their combined one. */
  group?: Group | undefined;
}

/** The respondents of a combined assessment, each as they answered, with their spread and disagreements. */
export interface Group {
  respondents: (RespondentAnswers & { file: string; name: string | null; role: string | null })[];
  spread: Combined['spread'];
  contested: Contested[];
}

/** A shown question and its answer in words (undefined when unanswered); `by` names the respondent when there are several. */
export interface AnsweredQuestion {
  question: Question;
  answer: string | undefined;
  by?: string;
}

/** One line of the action plan: an action from the bank, or a task to find out a "don't know". */
export interface Objective {
  /** Null for a find-out task about a question that scores no recommendation. */
  recommendation: Recommendation | null;
  /** An action from the bank, a task to find out a "don't know", or to agree a shared view where respondents disagree. */
  kind: 'action' | 'find-out' | 'agree';
  text: string;
  /** The questions it addresses. */
  for: readonly string[];
  /** Those of them that fell short: below full marks, unanswered, not asked, or "don't know". */
  because: readonly string[];
  /** The band's suggested timescale, where the recommendation is a gap in a band that has one. */
  timescale: string | null;
  /** The group's own words, from the text answers the action names. */
  ownWords: AnsweredQuestion[];
}

/** A gap the action plan covers, with its objectives in bank order (actions, then find-out tasks). */
interface PlannedGap {
  rank: number;
  gap: Gap;
  objectives: Objective[];
}

export interface ReportFacts {
  bank: Bank;
  organisation: AnswerFile['organisation'];
  respondent: NonNullable<AnswerFile['respondent']> | null;
  date: string | null;
  assessment: Assessment;
  topBand: Band;
  /** The gaps the action plan covers: every gap in the lowest band that has one, and at least the first few. */
  plan: PlannedGap[];
  /** Tasks to find out "don't know" answers, and to agree shared views, for recommendations the plan does not cover. */
  elsewhere: Objective[];
  /** Several respondents (`assess --combine`), or null. */
  group: Group | null;
  /** Every "don't know" answer given. */
  dontKnow: AnsweredQuestion[];
  /** The best-scoring assessed recommendations above the lowest band, strengths or not, best first; no priority among them. */
  goingWell: RecommendationScore[];
  /** Scored answers at full marks, of the scored answers given. */
  fullMarks: { answers: number; of: number };
  /** Free-text answers describing what the group does (context questions answered in words). */
  practice: AnsweredQuestion[];
  /** Answered questions whose answers the report quotes. */
  expectations: AnsweredQuestion[];
  context: AnsweredQuestion[];
  /** Every shown question and its answer, by section. */
  appendix: { section: Section; questions: AnsweredQuestion[] }[];
  /** The sources the report cites, in the bank's order. */
  references: Source[];
}

function reportDate(content: AnswerFile, date?: string): string | null {
  return content.organisation.date ?? date ?? null;
}

/** Whether an answer chose an option the bank marks "don't know". */
function isDontKnow(question: Question, answer: Answer): boolean {
  for (const option of optionsOf(question)) if (option.dont_know && isChosen(answer, option.value)) return true;
  return false;
}

export function reportFacts({ bank, content, answers, assessment, date, group }: ReportInput): ReportFacts {
  const members = group?.respondents ?? [{ label: '', answers }];
  const several = members.length > 1;
  // One walk over the shown questions fills the appendix, the quoted answers and the don't-knows. Loops
  // rather than chains of map and filter: this runs once per file in a batch of thousands.
  const appendix: ReportFacts['appendix'] = [];
  const expectations: AnsweredQuestion[] = [];
  const context: AnsweredQuestion[] = [];
  const dontKnow: AnsweredQuestion[] = [];
  const practice: AnsweredQuestion[] = [];
  const byId = new Map<string, AnsweredQuestion[]>();
  const fullMarks = { answers: 0, of: 0 };
  const shownTo = members.map((m) => new Set(shownQuestions(bank, m.answers)));
  let section: ReportFacts['appendix'][number] | undefined;
  for (const placed of placedQuestions(bank)) {
    if (!shownTo.some((shown) => shown.has(placed))) continue;
    const { question } = placed;
    if (section === undefined || placed.section !== section.section) {
      section = { section: placed.section, questions: [] };
      appendix.push(section);
    }
    const given: AnsweredQuestion[] = [];
    for (let i = 0; i < members.length; i++) {
      if (!shownTo[i]!.has(placed)) continue;
      const answer = members[i]!.answers.get(question.id);
      const answered: AnsweredQuestion = {
        question,
        answer: answer === undefined ? undefined : describeAnswer(question, answer),
        ...(several ? { by: members[i]!.label } : {}),
      };
      given.push(answered);
      if (answer === undefined) continue;
      if (isDontKnow(question, answer)) dontKnow.push(answered);
      if (isScored(question)) {
        const score = kindOf(question).score(question, answer);
        if (score !== null) {
          fullMarks.of++;
          if (score === 1) fullMarks.answers++;
        }
      }
      if (question.report === 'expectations') expectations.push(answered);
      else if (question.report === 'context') {
        context.push(answered);
        if (kindOf(question).freeText) practice.push(answered);
      }
    }
    byId.set(question.id, given);
    section.questions.push(several ? { question, answer: whoSaidWhat(given.map((g) => ({ answer: g.answer, by: g.by ?? '' }))) } : given[0]!);
  }

  // What fell short, by recommendation: the causes (below full marks, unanswered, not asked), and the don't-knows.
  const short = new Map<string, Set<string>>();
  for (const r of assessment.recommendations) short.set(r.recommendation.id, new Set(r.causes.map((c) => c.questionId)));
  for (const { question } of dontKnow) for (const id of recommendationIds(question)) short.get(id)?.add(question.id);

  const knownUnknowns = distinct(dontKnow);
  const plan: PlannedGap[] = [];
  const lowest = assessment.gaps[0]?.band;
  for (const gap of assessment.gaps) {
    if (plan.length >= PRIORITY_GAPS && gap.band !== lowest) break;
    plan.push({ rank: plan.length + 1, gap, objectives: objectivesOf(gap.recommendation, gap.band, short, byId, knownUnknowns) });
  }
  const planned = new Map(plan.map((p) => [p.gap.recommendation.id, p]));
  const recommendationOf = (question: Question) => {
    const [id] = recommendationIds(question);
    return bank.recommendations.find((r) => r.id === id) ?? null;
  };
  const elsewhere: Objective[] = [];
  for (const known of knownUnknowns) {
    const recommendation = recommendationOf(known.question);
    if (recommendation === null || !planned.has(recommendation.id)) elsewhere.push(findOut(recommendation, known, null, byId));
  }
  // Where respondents disagree, and no action in the plan already addresses the question: agree a shared view.
  const addressed = new Set(plan.flatMap((p) => p.objectives.filter((o) => o.kind === 'action').flatMap((o) => o.for)));
  for (const { question } of group?.contested ?? []) {
    if (addressed.has(question.id)) continue;
    const recommendation = recommendationOf(question);
    const target = recommendation === null ? undefined : planned.get(recommendation.id);
    const task: Objective = {
      recommendation,
      kind: 'agree',
      text: `Agree a shared view: ${question.prompt}`,
      for: [question.id],
      because: [question.id],
      timescale: target?.gap.band.timescale ?? null,
      ownWords: [],
    };
    if (target !== undefined) target.objectives.push(task);
    else elsewhere.push(task);
  }

  // Going well: the best-scoring areas, strengths or not, but neither a priority nor one in the lowest band.
  const priorities = new Set(plan.slice(0, PRIORITY_GAPS).map((p) => p.gap.recommendation));
  const lowestBand = bank.bands[0];
  const goingWell = assessment.recommendations
    .filter((r): r is RecommendationScore & { score: number } => r.score !== null && r.band !== lowestBand && !priorities.has(r.recommendation))
    .sort((a, b) => b.score - a.score)
    .slice(0, GOING_WELL);
  const cited = new Set([...bank.recommendations.map((r) => r.source.id), ...appendix.flatMap((s) => s.questions.map((q) => q.question.source.id))]);

  return {
    bank,
    organisation: content.organisation,
    respondent: several ? null : (content.respondent ?? null),
    date: reportDate(content, date),
    assessment,
    topBand: topBand(bank),
    plan,
    elsewhere,
    group: group ?? null,
    dontKnow,
    goingWell,
    fullMarks,
    practice,
    expectations,
    context,
    appendix,
    references: bank.sources.filter((source) => cited.has(source.id)),
  };
}

/** One entry per question: the first respondent who gave it. */
function distinct(answers: readonly AnsweredQuestion[]): AnsweredQuestion[] {
  const seen = new Set<Question>();
  return answers.filter(({ question }) => !seen.has(question) && seen.add(question));
}

/**
 * A gap's objectives: each action whose questions fell short (an action that names no question, or only
 * text questions, whenever the recommendation is a gap), then a task to find out each "don't know".
 */
function objectivesOf(
  recommendation: Recommendation,
  band: Band,
  short: ReadonlyMap<string, ReadonlySet<string>>,
  answered: ReadonlyMap<string, readonly AnsweredQuestion[]>,
  dontKnow: readonly AnsweredQuestion[],
): Objective[] {
  const timescale = band.timescale ?? null;
  const fellShort = short.get(recommendation.id) ?? new Set<string>();
  const objectives: Objective[] = [];
  for (const action of recommendation.actions) {
    const { text, for: ids } = actionOf(action);
    const scored: string[] = [];
    const ownWords: AnsweredQuestion[] = [];
    for (const id of ids) {
      const words = wordsOf(id, answered);
      if (words === undefined) scored.push(id);
      else ownWords.push(...words);
    }
    const because = scored.filter((id) => fellShort.has(id));
    if (scored.length > 0 && because.length === 0) continue; // every question it addresses is at full marks
    objectives.push({ recommendation, kind: 'action', text, for: ids, because, timescale, ownWords });
  }
  for (const known of dontKnow)
    if (recommendationIds(known.question)[0] === recommendation.id) objectives.push(findOut(recommendation, known, timescale, answered));
  return objectives;
}

/** The group's own words for a question an action names: its free-text answers (none for a number), or undefined when it is scored or not answered. */
function wordsOf(id: string, answered: ReadonlyMap<string, readonly AnsweredQuestion[]>): AnsweredQuestion[] | undefined {
  const given = answered.get(id) ?? [];
  if (given[0] === undefined || isScored(given[0].question)) return undefined;
  return kindOf(given[0].question).freeText ? given.filter((words) => words.answer !== undefined) : [];
}

/**
 * A task to find out a "don't know", with the group's own words that bear on it: the text answers an
 * action names beside the question (a prepared answer beside "do you have an answer ready?").
 */
function findOut(
  recommendation: Recommendation | null,
  { question }: AnsweredQuestion,
  timescale: string | null,
  answered: ReadonlyMap<string, readonly AnsweredQuestion[]>,
): Objective {
  const ownWords: AnsweredQuestion[] = [];
  for (const action of recommendation?.actions ?? []) {
    const { for: ids } = actionOf(action);
    if (!ids.includes(question.id)) continue;
    for (const id of ids) for (const words of wordsOf(id, answered) ?? []) if (!ownWords.includes(words)) ownWords.push(words);
  }
  return { recommendation, kind: 'find-out', text: `Find out: ${question.prompt}`, for: [question.id], because: [question.id], timescale, ownWords };
}
