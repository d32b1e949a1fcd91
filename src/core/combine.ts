// Several respondents, one organisation (issue 17; docs/scoring.md "Several respondents"). Each is scored
// on their own; a recommendation's combined score is the mean of their scores for it, over those for
// whom it is assessed; the overall score is §4's weighted mean over the combined scores; the spread is
// the lowest and highest of them; a question is contested when the scores of those who answered it
// differ by 0.5 or more, or, for an unscored choice, when they chose different options.
import type { Bank } from './schema.js';
import type { Question } from './kinds/index.js';
import { kindOf } from './kinds/index.js';
import { isScored, optionsOf, placedQuestions } from './bank.js';
import { assessmentOf, bandFor, describeAnswer, type Assessment, type Cause, type RecommendationScore } from './scoring.js';
import { mapped } from './lists.js';
import { TOLERANCE } from './tolerance.js';
import { shownQuestions, type AnswerMap } from './visibility.js';
import { bankLanguage } from './translation.js';
import { wordsFor, type Words } from './words/index.js';

/** Scores this far apart, or further, make a question contested. */
const CONTESTED_AT = 0.5;

/** One respondent's answers, checked and scored on their own. */
export interface RespondentAnswers {
  /** How the report names them: their role, or "Respondent 2"; see respondentLabels. */
  label: string;
  answers: AnswerMap;
  assessment: Assessment;
}

/** A question the respondents answered differently enough to matter. */
export interface Contested {
  question: Question;
  /** Who answered what, in respondent order; only those who were asked it and answered. */
  answers: { respondent: string; answer: string; score: number | null }[];
}

export interface Combined {
  /** The combined assessment: every number as the rule above gives it, so gaps and plans follow as for one respondent. */
  assessment: Assessment;
  /** The lowest and highest respondent score of each recommendation, by id; null where no one was assessed on it. */
  spread: Map<string, { min: number; max: number } | null>;
  contested: Contested[];
}

export function combineRespondents(bank: Bank, respondents: readonly RespondentAnswers[]): Combined {
  const spread = new Map<string, { min: number; max: number } | null>();
  const recommendations: RecommendationScore[] = [];
  bank.recommendations.forEach((recommendation, i) => {
    const scores = mapped(respondents, (r) => r.assessment.recommendations[i]!.score).filter((s): s is number => s !== null);
    if (scores.length === 0) {
      spread.set(recommendation.id, null);
      recommendations.push({ recommendation, score: null, band: null, counted: 0, causes: [], countedAnswers: [] });
      return;
    }
    const score = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    spread.set(recommendation.id, { min: Math.min(...scores), max: Math.max(...scores) });
    const counted = respondents.reduce((sum, r) => sum + r.assessment.recommendations[i]!.counted, 0);
    const causes = combinedCauses(respondents, i);
    recommendations.push({ recommendation, score, band: bandFor(bank, score), counted, causes, countedAnswers: causes });
  });
  const completeness = { answered: 0, shown: 0, optional: { answered: 0, shown: 0 } };
  for (const { assessment } of respondents) {
    completeness.answered += assessment.completeness.answered;
    completeness.shown += assessment.completeness.shown;
    completeness.optional.answered += assessment.completeness.optional.answered;
    completeness.optional.shown += assessment.completeness.optional.shown;
  }
  const ratio = completeness.shown === 0 ? 1 : completeness.answered / completeness.shown;
  return { assessment: assessmentOf(bank, recommendations, { ...completeness, ratio }), spread, contested: contestedQuestions(bank, respondents) };
}

/**
 * A recommendation's causes across respondents: each question that counted for anyone, with the mean of
 * its scores, when that is below full marks; its answer reads as who said what ("Partly (Chair); No (Sergeant)").
 */
function combinedCauses(respondents: readonly RespondentAnswers[], index: number): Cause[] {
  const byQuestion = new Map<string, { cause: Cause; scores: number[]; said: Map<string, string[]>; asked: boolean }>();
  for (const { label, assessment } of respondents) {
    for (const cause of assessment.recommendations[index]!.countedAnswers) {
      let entry = byQuestion.get(cause.questionId);
      if (entry === undefined) byQuestion.set(cause.questionId, (entry = { cause, scores: [], said: new Map(), asked: false }));
      entry.scores.push(cause.score);
      entry.asked ||= cause.asked;
      entry.said.set(cause.answer, [...(entry.said.get(cause.answer) ?? []), label]);
    }
  }
  const causes: Cause[] = [];
  for (const { cause, scores, said, asked } of byQuestion.values()) {
    const score = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    if (score >= 1 - TOLERANCE) continue;
    // Each answer given, with who gave it; "asked" when anyone was, so the report never calls a question
    // "not asked" that someone answered.
    const answer = mapped([...said], ([words, who]) => (respondents.length === 1 ? words : `${words} (${who.join(', ')})`)).join('; ');
    causes.push({ ...cause, answer, score, asked });
  }
  return causes.sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score) || a.score - b.score);
}

function contestedQuestions(bank: Bank, respondents: readonly RespondentAnswers[]): Contested[] {
  const shownTo = mapped(respondents, ({ answers }) => new Set(shownQuestions(bank, answers).map((p) => p.question)));
  const words = wordsFor(bankLanguage(bank));
  const contested: Contested[] = [];
  for (const { question } of placedQuestions(bank)) {
    const scored = isScored(question);
    if (!scored && optionsOf(question).length === 0) continue; // numbers and text are not choices to disagree on
    const answers: Contested['answers'] = [];
    respondents.forEach(({ label, answers: given }, i) => {
      const answer = given.get(question.id);
      if (answer === undefined || !shownTo[i]!.has(question)) return;
      answers.push({ respondent: label, answer: describeAnswer(question, answer, words), score: scored ? kindOf(question).score(question, answer) : null });
    });
    if (answers.length < 2) continue;
    const differ = scored
      ? (() => {
          const scores = mapped(answers, (a) => a.score).filter((s): s is number => s !== null);
          return scores.length > 1 && Math.max(...scores) - Math.min(...scores) >= CONTESTED_AT - TOLERANCE;
        })()
      : new Set(answers.map((a) => a.answer)).size > 1;
    if (differ) contested.push({ question, answers });
  }
  return contested;
}

/** Several respondents' answers in one line: "Yes (Chair, Sergeant); Partly (Officer)"; one left blank in `words`' language. */
export function whoSaidWhat(given: readonly { answer: string | undefined; by: string }[], language: Words): string {
  const said = new Map<string, string[]>();
  for (const { answer, by } of given) {
    const words = answer ?? language.core.notAnswered;
    said.set(words, [...(said.get(words) ?? []), by]);
  }
  return mapped([...said], ([words, who]) => `${words} (${who.join(', ')})`).join('; ');
}

/** Each question asked of any respondent, with who said what, for comparing combined assessments. */
export function answersInWords(bank: Bank, respondents: readonly RespondentAnswers[]): Map<string, string> {
  const shownTo = mapped(respondents, ({ answers }) => new Set(shownQuestions(bank, answers).map((p) => p.question)));
  const language = wordsFor(bankLanguage(bank));
  const words = new Map<string, string>();
  for (const { question } of placedQuestions(bank)) {
    const given = respondents.flatMap(({ label, answers }, i) => {
      if (!shownTo[i]!.has(question)) return [];
      const answer = answers.get(question.id);
      return [{ answer: answer === undefined ? undefined : describeAnswer(question, answer, language), by: label }];
    });
    if (given.length > 0) words.set(question.id, whoSaidWhat(given, language));
  }
  return words;
}

/**
 * Answer files are one organisation's when their name and area match, ignoring case and spacing, and in
 * any Unicode normal form: "Café" typed with one é or with e and a combining accent is one organisation.
 */
export function organisationKey({ name, area }: { name: string; area?: string | undefined }): string {
  const plain = (text: string | undefined) => (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${plain(name)}\0${plain(area)}`;
}

/**
 * Which bank, at which version, an answer file was given to, for telling whether respondents can be
 * combined: the version it states, or the bank's own where it states none (`bank_version` is optional).
 */
export function answeredBank(bankFile: string, content: { bank_version?: string | undefined }, bank: Pick<Bank, 'version'>): string {
  return `${bankFile}\0${content.bank_version ?? bank.version}`;
}

/**
 * How the report names each respondent: by role, else name, else "Respondent n"; anonymised, always
 * "Respondent n", with the role after it. Labels are made unique with the respondent's number.
 */
export function respondentLabels(
  respondents: readonly { name?: string | undefined; role?: string | undefined }[],
  anonymise: boolean,
  numbered: (n: number) => string,
): string[] {
  const labels = mapped(respondents, (r, i) => (anonymise ? `${numbered(i + 1)}${r.role ? ` (${r.role})` : ''}` : (r.role ?? r.name ?? numbered(i + 1))));
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return mapped(labels, (label, i) => (counts.get(label)! > 1 && !anonymise ? `${label} ${i + 1}` : label));
}
