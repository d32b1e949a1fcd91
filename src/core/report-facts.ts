// What a report says, as facts: scores unrounded, bands and recommendations as the bank gives them, and
// answers in words. Every report format (format/report/) words and lays out these same facts, so the
// Markdown and the JSON always agree.
import type { AnswerFile, Band, Bank, Section } from './schema.js';
import type { Question } from './kinds/index.js';
import type { AnswerMap } from './visibility.js';
import { shownQuestions } from './visibility.js';
import { describeAnswer, type Assessment, type Gap, type RecommendationScore } from './scoring.js';
import { actionOf, topBand } from './bank.js';

/** How many of the top gaps the action plan covers. */
export const PRIORITY_GAPS = 3;
/** The report names at most this many strengths. */
const STRENGTH_COUNT = 3;

export interface ReportInput {
  bank: Bank;
  content: AnswerFile;
  answers: AnswerMap;
  assessment: Assessment;
  /** `--date`, used when the answer file gives none. */
  date?: string | undefined;
}

/** A shown question and its answer in words (undefined when unanswered). */
interface AnsweredQuestion {
  question: Question;
  answer: string | undefined;
}

export interface ReportFacts {
  bank: Bank;
  organisation: AnswerFile['organisation'];
  date: string | null;
  assessment: Assessment;
  /** The best few recommendations that reach the bank's top band. */
  strengths: RecommendationScore[];
  topBand: Band;
  /** The gaps the action plan covers, with the actions it suggests. */
  objectives: { rank: number; gap: Gap; actions: readonly string[] }[];
  /** Answered questions whose answers the report quotes. */
  expectations: AnsweredQuestion[];
  context: AnsweredQuestion[];
  /** Every shown question and its answer, by section. */
  appendix: { section: Section; questions: AnsweredQuestion[] }[];
}

function reportDate(content: AnswerFile, date?: string): string | null {
  return content.organisation.date ?? date ?? null;
}

export function reportFacts({ bank, content, answers, assessment, date }: ReportInput): ReportFacts {
  const top = topBand(bank);
  const strengths: RecommendationScore[] = [];
  for (const r of assessment.strengths) if (r.band === top && strengths.length < STRENGTH_COUNT) strengths.push(r);
  const objectives: ReportFacts['objectives'] = [];
  for (let i = 0; i < assessment.gaps.length && i < PRIORITY_GAPS; i++) {
    const gap = assessment.gaps[i]!;
    objectives.push({ rank: i + 1, gap, actions: gap.recommendation.actions.map((action) => actionOf(action).text) });
  }

  // One walk over the shown questions fills the appendix and the quoted answers. Loops rather than
  // chains of map and filter: this runs once per file in a batch of thousands (see kinds/choice.ts).
  const appendix: ReportFacts['appendix'] = [];
  const expectations: AnsweredQuestion[] = [];
  const context: AnsweredQuestion[] = [];
  let section: ReportFacts['appendix'][number] | undefined;
  for (const placed of shownQuestions(bank, answers)) {
    const { question } = placed;
    if (section === undefined || placed.section !== section.section) {
      section = { section: placed.section, questions: [] };
      appendix.push(section);
    }
    const answer = answers.get(question.id);
    const answered: AnsweredQuestion = { question, answer: answer === undefined ? undefined : describeAnswer(question, answer) };
    section.questions.push(answered);
    if (answered.answer === undefined) continue;
    if (question.report === 'expectations') expectations.push(answered);
    else if (question.report === 'context') context.push(answered);
  }

  return {
    bank,
    organisation: content.organisation,
    date: reportDate(content, date),
    assessment,
    strengths,
    topBand: top,
    objectives,
    expectations,
    context,
    appendix,
  };
}
