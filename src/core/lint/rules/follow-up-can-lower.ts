// A better answer must never score lower (docs/scoring.md). This rule tries it, with the scorer itself,
// for every scored question that opens or closes others (a gate): each pair of its answers where one
// scores higher, with the questions that follow from the better answer answered at their worst and
// those that follow from the worse at their best, under every answer to the other questions their
// conditions test. Answers that differ in nothing but their text are tried once.
import type { PlacedQuestion } from '../../bank.js';
import { isScored, placedQuestions } from '../../bank.js';
import { conditionLeaves, holds } from '../../conditions.js';
import type { Question } from '../../kinds/index.js';
import { kindOf } from '../../kinds/index.js';
import type { Bank } from '../../schema.js';
import { describeAnswer, scoreAssessment } from '../../scoring.js';
import { TOLERANCE } from '../../tolerance.js';
import { shownQuestions, type Answer } from '../../visibility.js';
import { questionRule } from '../rule.js';
import { everyCondition, twoDecimals } from '../shared.js';

/** An answer to try, or undefined for none. */
type Given = Answer | undefined;

/** How many sets of answers to the other questions a gate is tried under, at most. */
const MAX_CONTEXTS = 64;
/** How many ways of answering its follow-ups a gate is tried with, at most, for each pair of its answers. */
const MAX_FOLLOW_UP_ANSWERS = 500;

export const followUpCanLower = questionRule(
  {
    id: 'follow-up-can-lower',
    severity: 'warning',
    description:
      "a better answer to a question that opens or closes others never gives a lower score, and a question's best answer opens its scored follow-ups (warning)",
  },
  ({ question: gate, path }, { bank, report }) => {
    if (!isScored(gate)) return;
    const placed = placedQuestions(bank);
    const dependents = dependentsOf(placed, gate);
    if (!dependents.some(({ question }) => isScored(question))) return;
    const tried = tryGate(bank, placed, gate, dependents);
    if (tried !== undefined) report([...path, 'id'], tried);
  },
);

/** The questions whose showing depends, directly or through others, on the gate's answer. */
function dependentsOf(placed: readonly PlacedQuestion[], gate: Question): PlacedQuestion[] {
  const depends = new Set([gate.id]);
  const dependents: PlacedQuestion[] = [];
  for (const entry of placed) {
    const { when } = entry.question;
    if (when !== undefined && conditionLeaves(when, []).some((leaf) => depends.has(leaf.question))) {
      depends.add(entry.question.id);
      dependents.push(entry);
    }
  }
  return dependents;
}

/** The values every condition names for a question, for kinds that have no answers of their own to try. */
function namedValues(placed: readonly PlacedQuestion[], id: string): (string | number)[] {
  const values = new Set<string | number>();
  for (const { question } of placed) {
    if (question.when === undefined) continue;
    for (const leaf of conditionLeaves(question.when, [])) if (leaf.question === id) for (const { value } of leaf.values) values.add(value);
  }
  return [...values];
}

/** Each answer worth trying, once per difference it makes: its score, and which conditions on it hold. */
function answersWorthTrying(placed: readonly PlacedQuestion[], question: Question, byScoreToo: boolean): Given[] {
  const kind = kindOf(question);
  let answers: Answer[] = [...kind.answersToTry(question)];
  if (answers.length === 0) {
    const named = namedValues(placed, question.id);
    const other = typeof named[0] === 'number' ? Math.max(...(named as number[])) + 1 : '(another answer)';
    answers = [...named, other];
  }
  const tests = placed.flatMap(({ question: q }) =>
    q.when ? [...everyCondition(q.when, [])].map((c) => c.condition).filter((c) => c.question === question.id) : [],
  );
  const seen = new Set<string>();
  const kept: Given[] = [];
  for (const answer of [undefined, ...answers]) {
    const score = answer === undefined ? 0 : kind.isScored(question) ? kind.score(question, answer) : 0;
    if (score === null) continue; // "not applicable" is neither better nor worse
    const signature = `${byScoreToo ? score : ''}|${tests.map((test) => (holds(test, () => answer) ? 1 : 0)).join('')}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    kept.push(answer);
  }
  return kept;
}

/** The score a gate's answer gives the gate itself; an unanswered gate counts 0, as the scorer counts it. */
const gateScore = (gate: Question, answer: Given): number => (answer === undefined ? 0 : (kindOf(gate).score(gate, answer) ?? 0));

function tryGate(bank: Bank, placed: readonly PlacedQuestion[], gate: Question, dependents: PlacedQuestion[]): string | undefined {
  const inside = new Set([gate.id, ...dependents.map((d) => d.question.id)]);
  // The other questions that decide whether the gate and its dependents are asked.
  const others = new Map<string, Question>();
  const byId = new Map(placed.map((p) => [p.question.id, p.question]));
  const addTested = (question: Question) => {
    for (const leaf of question.when ? conditionLeaves(question.when, []) : []) {
      const tested = byId.get(leaf.question);
      if (tested === undefined || inside.has(tested.id) || others.has(tested.id)) continue;
      others.set(tested.id, tested);
      addTested(tested);
    }
  };
  for (const question of [gate, ...dependents.map((d) => d.question)]) addTested(question);

  const gateAnswers = answersWorthTrying(placed, gate, true);
  const contextsToTry = contexts(placed, [...others.values()]);
  for (const context of contextsToTry) {
    for (const better of gateAnswers) {
      for (const worse of gateAnswers) {
        if (gateScore(gate, better) <= gateScore(gate, worse) + TOLERANCE) continue;
        const sides = (answer: Given) => {
          const given = new Map(context);
          if (answer !== undefined) given.set(gate.id, answer);
          return given;
        };
        const found = lowerScore(bank, placed, dependents, sides(better), sides(worse));
        if (found !== undefined)
          return counterExample(bank, gate, dependents, { answer: better, ...found.better }, { answer: worse, ...found.worse }, found.id);
      }
    }
  }
  return closedByBest(bank, placed, gate, dependents, contextsToTry, gateAnswers);
}

/**
 * A scored follow-up that one of the gate's best answers never opens: given that answer, it is not asked
 * and counts 0, so its recommendation can never reach 100. Each best answer is tried on its own, since
 * a respondent gives only one of them.
 */
function closedByBest(
  bank: Bank,
  placed: readonly PlacedQuestion[],
  gate: Question,
  dependents: PlacedQuestion[],
  contexts: Map<string, Answer>[],
  gateAnswers: Given[],
): string | undefined {
  const top = Math.max(...gateAnswers.map((answer) => gateScore(gate, answer)));
  for (const best of gateAnswers.filter((answer) => gateScore(gate, answer) >= top - TOLERANCE)) {
    const opened = new Set<string>();
    let tried = 0;
    const visit = (index: number, answers: Map<string, Answer>): void => {
      if (index === dependents.length || tried++ >= MAX_FOLLOW_UP_ANSWERS) return;
      const { question } = dependents[index]!;
      if (!shownQuestions(bank, answers).some((p) => p.question === question)) return visit(index + 1, answers);
      opened.add(question.id);
      for (const answer of answersWorthTrying(placed, question, true).filter((a) => a !== undefined || !isScored(question))) {
        const next = new Map(answers);
        if (answer !== undefined) next.set(question.id, answer);
        visit(index + 1, next);
      }
    };
    for (const context of contexts) {
      const given = new Map(context);
      if (best !== undefined) given.set(gate.id, best);
      visit(0, given);
    }
    const closed = dependents.find(({ question }) => isScored(question) && !opened.has(question.id));
    if (closed === undefined) continue;
    const words = best === undefined ? 'no answer' : `"${describeAnswer(gate, best)}"`;
    return (
      `"${closed.question.id}" is never asked when "${gate.id}" gets its best answer ${words}, so it counts 0 there and its recommendation ` +
      'cannot reach 100 with that answer; open scored follow-ups on every best answer, or leave them unscored (docs/scoring.md)'
    );
  }
  return undefined;
}

interface Side {
  answers: Map<string, Answer>;
  score: number;
}

/**
 * Answers to the dependents under which the better side scores lower on some recommendation or overall,
 * if any: a dependent asked on both sides takes one answer on both (it is an answer like any other); one
 * asked on one side only is tried with every answer there.
 */
function lowerScore(
  bank: Bank,
  placed: readonly PlacedQuestion[],
  dependents: PlacedQuestion[],
  better: Map<string, Answer>,
  worse: Map<string, Answer>,
): { id: string; better: Side; worse: Side } | undefined {
  let tried = 0;
  const asked = (question: Question, answers: Map<string, Answer>) => shownQuestions(bank, answers).some((p) => p.question === question);
  const visit = (index: number, a: Map<string, Answer>, b: Map<string, Answer>): { id: string; better: Side; worse: Side } | undefined => {
    if (tried >= MAX_FOLLOW_UP_ANSWERS) return undefined;
    if (index === dependents.length) {
      tried++;
      const [high, low] = [scoresOf(bank, b), scoresOf(bank, a)];
      for (const [id, score] of low) {
        const other = high.get(id);
        if (other !== undefined && score < other - TOLERANCE) return { id, better: { answers: a, score }, worse: { answers: b, score: other } };
      }
      return undefined;
    }
    const { question } = dependents[index]!;
    const [onA, onB] = [asked(question, a), asked(question, b)];
    // A scored question asked is answered; an unscored one may be left blank, which can keep others closed.
    const answers = answersWorthTrying(placed, question, true).filter((answer) => answer !== undefined || !isScored(question));
    const withAnswer = (answers: Map<string, Answer>, answer: Given) => {
      const next = new Map(answers);
      if (answer !== undefined) next.set(question.id, answer);
      return next;
    };
    if (!onA && !onB) return visit(index + 1, a, b);
    for (const answer of answers) {
      const found =
        onA && onB
          ? visit(index + 1, withAnswer(a, answer), withAnswer(b, answer))
          : onA
            ? visit(index + 1, withAnswer(a, answer), b)
            : visit(index + 1, a, withAnswer(b, answer));
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(0, better, worse);
}

/** Every combination of answers worth trying for the other questions, up to MAX_CONTEXTS. */
function contexts(placed: readonly PlacedQuestion[], others: Question[]): Map<string, Answer>[] {
  let combinations: Map<string, Answer>[] = [new Map()];
  for (const question of others) {
    const answers = answersWorthTrying(placed, question, false);
    const next: Map<string, Answer>[] = [];
    for (const combination of combinations) {
      for (const answer of answers) {
        if (next.length >= MAX_CONTEXTS) break;
        const extended = new Map(combination);
        if (answer !== undefined) extended.set(question.id, answer);
        next.push(extended);
      }
    }
    combinations = next;
  }
  return combinations;
}

/** Unrounded scores by recommendation id, and "overall"; none where not assessed. */
function scoresOf(bank: Bank, answers: Map<string, Answer>): Map<string, number> {
  const assessment = scoreAssessment(bank, answers);
  const scores = new Map<string, number>();
  for (const r of assessment.recommendations) if (r.score !== null) scores.set(r.recommendation.id, r.score);
  if (assessment.overall.score !== null) scores.set('overall', assessment.overall.score);
  return scores;
}

/** The finding: the two answers, with the follow-ups that make the better one score lower. */
function counterExample(
  bank: Bank,
  gate: Question,
  dependents: PlacedQuestion[],
  better: Side & { answer: Given },
  worse: Side & { answer: Given },
  id: string,
): string {
  const words = (answer: Given) => (answer === undefined ? 'no answer' : `"${describeAnswer(gate, answer)}"`);
  const followUps = (answers: Map<string, Answer>) => {
    const shown = new Set(shownQuestions(bank, answers).map((p) => p.question.id));
    const given = dependents.filter(({ question }) => shown.has(question.id) && answers.has(question.id));
    return given.length === 0
      ? ''
      : ` (then ${given.map(({ question }) => `"${question.id}" "${describeAnswer(question, answers.get(question.id)!)}"`).join(', ')})`;
  };
  const what = id === 'overall' ? 'the overall score' : `recommendation "${id}"`;
  return (
    `a better answer to "${gate.id}" can score lower: ${words(better.answer)}${followUps(better.answers)} gives ${what} ${twoDecimals(better.score)}, ` +
    `but ${words(worse.answer)}${followUps(worse.answers)} gives ${twoDecimals(worse.score)}; open scored follow-ups only on its better answers, or leave them unscored (docs/scoring.md)`
  );
}
