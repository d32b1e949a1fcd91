// A better answer must never score lower (docs/scoring.md). This rule tries it, with the scorer itself,
// for every scored question that opens or closes others (a gate): each pair of its answers where one
// scores higher, with the questions that follow from the better answer answered at their worst and
// those that follow from the worse at their best, under every answer to the other questions their
// conditions test that lets the gate be asked. Answers that differ in nothing but their text are tried once.
// The search is bounded, so lint stays quick on any bank (issue 28: a chain of 200 follow-ups took 87 s,
// and one of 4,000 overflowed the stack): a gate with more than MAX_FOLLOW_UPS questions depending on it,
// or one reached after the bank's budget of work is spent, is not tried, and is warned about as not checked.
import type { PlacedQuestion } from '../../bank.js';
import { isScored } from '../../bank.js';
import { conditionLeaves, holds } from '../../conditions.js';
import type { Question } from '../../kinds/index.js';
import { kindOf } from '../../kinds/index.js';
import type { Bank, Condition } from '../../schema.js';
import { describeAnswer, scoreAssessment } from '../../scoring.js';
import { TOLERANCE } from '../../tolerance.js';
import { shownQuestions, type Answer } from '../../visibility.js';
import { bankRule } from '../rule.js';
import { everyCondition, twoDecimals } from '../shared.js';
import type { Words } from '../../words/index.js';

/** An answer to try, or undefined for none. */
type Given = Answer | undefined;

/** How many sets of answers to the other questions a gate is tried under, at most. */
const MAX_CONTEXTS = 64;
/** How many ways of answering its follow-ups a gate is tried with, at most, for each pair of its answers. */
const MAX_FOLLOW_UP_ANSWERS = 500;
/** A gate with more questions depending on it than this is not tried: the ways of answering them are too many. */
const MAX_FOLLOW_UPS = 64;
/** Nor one whose showing, or its follow-ups', turns on more other questions than this. */
const MAX_OTHERS = 64;
/**
 * The work the rule may do for one bank, in questions looked at: showing or scoring a bank of N questions
 * counts N, a step of the search for contexts one. The built-in banks need well under a hundredth of it.
 */
const BUDGET = 20_000_000;

export const followUpCanLower = bankRule(
  {
    id: 'follow-up-can-lower',
    severity: 'warning',
    description:
      "a better answer to a question that opens or closes others never gives a lower score, and a question's best answer opens its scored follow-ups (warning)",
  },
  ({ bank, placed, report, say, words }) => {
    const search = new Search(bank, placed, words);
    for (const { question: gate, path } of placed) {
      if (!isScored(gate)) continue;
      const dependents = search.dependentsOf(gate);
      if (dependents !== undefined && !dependents.some(({ question }) => isScored(question))) continue;
      const found =
        dependents === undefined ? new NotChecked((say) => say.tooManyFollowUps(MAX_FOLLOW_UPS)) : search.within(() => tryGate(search, gate, dependents));
      if (found instanceof NotChecked) {
        report([...path, 'id'], say.notChecked(gate.id, found.reason(say)));
      } else if (found !== undefined) {
        report([...path, 'id'], found);
      }
    }
  },
);

/** Why a gate was not tried, or its search not finished; thrown to unwind a search part-way. */
class NotChecked {
  constructor(readonly reason: (say: Say) => string) {}
}

/** This rule's messages. */
type Say = Words['lint']['rules']['follow-up-can-lower'];

/**
 * What the searches of one bank share: which questions each question's condition tests and is tested by
 * (worked out once, not at every step), the answers worth trying for each question, and the work left.
 */
const OUT_OF_BUDGET = new NotChecked((say) => say.tooLarge);

class Search {
  private readonly order = new Map<string, number>();
  readonly byId = new Map<string, Question>();
  /** The questions each question's `when` tests. */
  readonly testing = new Map<string, Question[]>();
  /** The questions whose `when` tests a question, by its id. */
  private readonly testedBy = new Map<string, PlacedQuestion[]>();
  /** The conditions that test a question, by its id. */
  private readonly tests = new Map<string, Condition[]>();
  private readonly worthTrying = new Map<string, Given[]>();
  private left = BUDGET;

  constructor(
    readonly bank: Bank,
    readonly placed: readonly PlacedQuestion[],
    /** The language of the findings, for answers in words. */
    readonly words: Words,
  ) {
    placed.forEach((entry, i) => {
      this.order.set(entry.question.id, i);
      this.byId.set(entry.question.id, entry.question);
    });
    for (const entry of placed) {
      if (entry.question.when === undefined) continue;
      const tested = new Set<Question>();
      for (const { condition } of everyCondition(entry.question.when, [])) {
        if (condition.question === undefined) continue;
        this.tests.set(condition.question, [...(this.tests.get(condition.question) ?? []), condition]);
        const question = this.byId.get(condition.question);
        if (question === undefined || tested.has(question)) continue;
        tested.add(question);
        this.testedBy.set(question.id, [...(this.testedBy.get(question.id) ?? []), entry]);
      }
      this.testing.set(entry.question.id, [...tested]);
    }
  }

  /** Counts work against the budget; stops the search once it is spent. */
  spend(steps: number): void {
    this.left -= steps;
    if (this.left < 0) throw OUT_OF_BUDGET;
  }

  /** A gate's search, or why it was not finished. */
  within<T>(search: () => T): T | NotChecked {
    if (this.left < 0) return OUT_OF_BUDGET;
    try {
      return search();
    } catch (error) {
      if (error instanceof NotChecked) return error;
      throw error;
    }
  }

  /** The questions whose showing depends, directly or through others, on the gate's answer, in reading order; undefined when too many do. */
  dependentsOf(gate: Question): PlacedQuestion[] | undefined {
    const found = new Set<PlacedQuestion>();
    const queue = [gate.id];
    while (queue.length > 0) {
      for (const reader of this.testedBy.get(queue.pop()!) ?? []) {
        if (found.has(reader)) continue;
        if (found.size === MAX_FOLLOW_UPS) return undefined;
        found.add(reader);
        queue.push(reader.question.id);
      }
    }
    return this.inReadingOrder([...found]);
  }

  inReadingOrder<T extends PlacedQuestion | Question>(list: T[]): T[] {
    const idOf = (item: T) => ('question' in item ? item.question.id : item.id);
    return list.sort((a, b) => this.order.get(idOf(a))! - this.order.get(idOf(b))!);
  }

  /**
   * Whether a question is shown for these answers. Every question the search answers is one it found
   * shown (a context answers only the others it shows, and a follow-up is answered only where asked), so
   * this is its own condition over the answers before it: no need to work out every question's showing.
   */
  asked(question: Question, answers: Map<string, Answer>): boolean {
    this.spend(1);
    if (question.when === undefined) return true;
    const place = this.order.get(question.id)!;
    return holds(question.when, (id) => ((this.order.get(id) ?? place) < place ? answers.get(id) : undefined));
  }

  /** Unrounded scores by recommendation id, and "overall"; none where not assessed. */
  scores(answers: Map<string, Answer>): Map<string, number> {
    this.spend(this.placed.length);
    const assessment = scoreAssessment(this.bank, answers);
    const scores = new Map<string, number>();
    for (const r of assessment.recommendations) if (r.score !== null) scores.set(r.recommendation.id, r.score);
    if (assessment.overall.score !== null) scores.set('overall', assessment.overall.score);
    return scores;
  }

  /** Each answer worth trying, once per difference it makes: its score, and which conditions on it hold. */
  answersWorthTrying(question: Question, byScoreToo: boolean): Given[] {
    const key = `${byScoreToo ? 'score' : 'tests'}:${question.id}`;
    let kept = this.worthTrying.get(key);
    if (kept === undefined) this.worthTrying.set(key, (kept = this.worthTryingNow(question, byScoreToo)));
    return kept;
  }

  private worthTryingNow(question: Question, byScoreToo: boolean): Given[] {
    const kind = kindOf(question);
    const tests = this.tests.get(question.id) ?? [];
    let answers: Answer[] = [...kind.answersToTry(question)];
    if (answers.length === 0) {
      // No answers of its own (a number, a text): the values conditions name, and one they do not.
      const named = [...new Set(tests.flatMap((test) => conditionLeaves(test, [])[0]!.values.map((v) => v.value)))];
      const other = typeof named[0] === 'number' ? Math.max(...(named as number[])) + 1 : '(another answer)';
      answers = [...named, other];
    }
    const seen = new Set<string>();
    const kept: Given[] = [];
    for (const answer of [undefined, ...answers]) {
      // "Not applicable" (a null score) is kept: it is neither better nor worse, but it may open others.
      const score = answer === undefined ? 0 : kind.isScored(question) ? kind.score(question, answer) : 0;
      const signature = `${byScoreToo ? (score ?? 'na') : ''}|${tests.map((test) => (holds(test, () => answer) ? 1 : 0)).join('')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      kept.push(answer);
    }
    return kept;
  }
}

/** The score a gate's answer gives the gate itself; an unanswered gate counts 0, as the scorer counts it. */
const gateScore = (gate: Question, answer: Given): number => (answer === undefined ? 0 : (kindOf(gate).score(gate, answer) ?? 0));

/** A finding's message for the gate, or undefined when nothing is wrong. */
function tryGate(search: Search, gate: Question, dependents: PlacedQuestion[]): string | undefined {
  const inside = new Set([gate.id, ...dependents.map((d) => d.question.id)]);
  // The other questions that decide whether the gate and its dependents are asked (a list, not a recursion: chains can be long).
  const others = new Set<Question>();
  const toVisit = [gate, ...dependents.map((d) => d.question)];
  while (toVisit.length > 0) {
    for (const tested of search.testing.get(toVisit.pop()!.id) ?? []) {
      if (inside.has(tested.id) || others.has(tested)) continue;
      if (others.size === MAX_OTHERS) throw new NotChecked((say) => say.tooManyOthers(MAX_OTHERS));
      others.add(tested);
      toVisit.push(tested);
    }
  }

  // The gate's own "not applicable" is neither better nor worse than any other answer: it is in no pair.
  const gateAnswers = search.answersWorthTrying(gate, true).filter((answer) => answer === undefined || kindOf(gate).score(gate, answer) !== null);
  const contextsToTry = contexts(search, gate, search.inReadingOrder([...others]));
  for (const context of contextsToTry) {
    for (const better of gateAnswers) {
      for (const worse of gateAnswers) {
        if (gateScore(gate, better) <= gateScore(gate, worse) + TOLERANCE) continue;
        const sides = (answer: Given) => {
          const given = new Map(context);
          if (answer !== undefined) given.set(gate.id, answer);
          return given;
        };
        const found = lowerScore(search, dependents, sides(better), sides(worse));
        if (found !== undefined)
          return counterExample(search, gate, dependents, { answer: better, ...found.better }, { answer: worse, ...found.worse }, found.id);
      }
    }
  }
  return closedByBest(search, gate, dependents, contextsToTry, gateAnswers);
}

/**
 * A scored follow-up that one of the gate's best answers never opens: given that answer, it is not asked
 * and counts 0, so its recommendation can never reach 100. Each best answer is tried on its own, since
 * a respondent gives only one of them.
 */
function closedByBest(search: Search, gate: Question, dependents: PlacedQuestion[], contexts: Map<string, Answer>[], gateAnswers: Given[]): string | undefined {
  // A gate no answers to the others ever show has nothing to open.
  if (contexts.length === 0) return undefined;
  const top = Math.max(...gateAnswers.map((answer) => gateScore(gate, answer)));
  for (const best of gateAnswers.filter((answer) => gateScore(gate, answer) >= top - TOLERANCE)) {
    const opened = new Set<string>();
    let tried = 0;
    const visit = (index: number, answers: Map<string, Answer>): void => {
      if (index === dependents.length || tried++ >= MAX_FOLLOW_UP_ANSWERS) return;
      const { question } = dependents[index]!;
      if (!search.asked(question, answers)) return visit(index + 1, answers);
      opened.add(question.id);
      for (const answer of search.answersWorthTrying(question, true).filter((a) => a !== undefined || !isScored(question))) {
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
    const say = search.words.lint.rules['follow-up-can-lower'];
    return say.closed(closed.question.id, gate.id, say.answer(best === undefined ? undefined : describeAnswer(gate, best, search.words)));
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
  search: Search,
  dependents: PlacedQuestion[],
  better: Map<string, Answer>,
  worse: Map<string, Answer>,
): { id: string; better: Side; worse: Side } | undefined {
  let tried = 0;
  const visit = (index: number, a: Map<string, Answer>, b: Map<string, Answer>): { id: string; better: Side; worse: Side } | undefined => {
    if (tried >= MAX_FOLLOW_UP_ANSWERS) return undefined;
    if (index === dependents.length) {
      tried++;
      const [high, low] = [search.scores(b), search.scores(a)];
      for (const [id, score] of low) {
        const other = high.get(id);
        if (other !== undefined && score < other - TOLERANCE) return { id, better: { answers: a, score }, worse: { answers: b, score: other } };
      }
      return undefined;
    }
    const { question } = dependents[index]!;
    const [onA, onB] = [search.asked(question, a), search.asked(question, b)];
    // A scored question asked is answered; an unscored one may be left blank, which can keep others closed.
    const answers = search.answersWorthTrying(question, true).filter((answer) => answer !== undefined || !isScored(question));
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

/**
 * Combinations of answers worth trying for the other questions, in reading order, up to MAX_CONTEXTS of
 * those under which the gate is asked (under the others, its answer changes nothing). A question the
 * answers before it hide is left unanswered, as its answer would not count; no answer is tried last, so
 * the answers that open follow-ups, and so the gate, come first.
 */
function contexts(search: Search, gate: Question, others: Question[]): Map<string, Answer>[] {
  const found: Map<string, Answer>[] = [];
  const answers = new Map<string, Answer>();
  const shown = new Set<string>();
  const answerOf = (id: string) => (shown.has(id) ? answers.get(id) : undefined);
  const visit = (index: number): void => {
    search.spend(1);
    if (index === others.length) {
      if (gate.when === undefined || holds(gate.when, answerOf)) found.push(new Map(answers));
      return;
    }
    const question = others[index]!;
    if (question.when !== undefined && !holds(question.when, answerOf)) return visit(index + 1);
    shown.add(question.id);
    const tried = search.answersWorthTrying(question, false);
    for (const answer of [...tried.filter((a) => a !== undefined), ...tried.filter((a) => a === undefined)]) {
      if (found.length >= MAX_CONTEXTS) break;
      if (answer === undefined) answers.delete(question.id);
      else answers.set(question.id, answer);
      visit(index + 1);
    }
    answers.delete(question.id);
    shown.delete(question.id);
  };
  visit(0);
  return found;
}

/** The finding: the two answers, with the follow-ups that make the better one score lower. */
function counterExample(
  search: Search,
  gate: Question,
  dependents: PlacedQuestion[],
  better: Side & { answer: Given },
  worse: Side & { answer: Given },
  id: string,
): string {
  const { bank, words } = search;
  const say = words.lint.rules['follow-up-can-lower'];
  const answerOf = (answer: Given) => say.answer(answer === undefined ? undefined : describeAnswer(gate, answer, words));
  const followUps = (answers: Map<string, Answer>) => {
    const shown = new Set(shownQuestions(bank, answers).map((p) => p.question.id));
    const given = dependents.filter(({ question }) => shown.has(question.id) && answers.has(question.id));
    return say.then(given.map(({ question }) => `"${question.id}" "${describeAnswer(question, answers.get(question.id)!, words)}"`));
  };
  const what = id === 'overall' ? say.overall : say.recommendation(id);
  return say.lower(
    gate.id,
    `${answerOf(better.answer)}${followUps(better.answers)}`,
    what,
    twoDecimals(better.score),
    `${answerOf(worse.answer)}${followUps(worse.answers)}`,
    twoDecimals(worse.score),
  );
}
