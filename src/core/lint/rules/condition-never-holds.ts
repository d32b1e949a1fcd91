// A `when` that no answers can make true hides its question for good, or keeps its action out of every
// plan. This rule tries the answers that make a difference to it: for each question it tests (and the
// questions those depend on to be shown), one answer per way of meeting or missing the tests on it, and
// no answer at all. Conditions that test too many questions to try are left alone.
import type { Condition } from '../../schema.js';
import type { PlacedQuestion } from '../../bank.js';
import { conditionLeaves, holds } from '../../conditions.js';
import type { Question } from '../../kinds/index.js';
import { kindOf } from '../../kinds/index.js';
import { shownAmong, type Answer } from '../../visibility.js';
import { bankRule } from '../rule.js';
import { everyWhen } from '../shared.js';

/** The most questions one condition's search may involve, and the most sets of answers it may try. */
const MAX_QUESTIONS = 10;
const MAX_TRIES = 20_000;

export const conditionNeverHolds = bankRule(
  { id: 'condition-never-holds', severity: 'error', description: 'a condition can hold for some answers, so its question can be shown and its action chosen' },
  ({ bank, placed, report, say }) => {
    const byId = new Map(placed.map((p) => [p.question.id, p]));
    for (const { when, path, owner, order } of everyWhen(bank, placed)) {
      const involved = questionsInvolved(when, byId, order);
      if (involved === null) continue;
      if (!canHold(when, involved)) {
        report(path, say.never(owner.kind === 'question' ? owner.entry.question.id : undefined));
      }
    }
  },
);

/**
 * The questions a condition tests, and those they depend on to be shown, earlier than its owner; null
 * when one is missing or later (condition-order's finding), a test names a value its question cannot
 * take (condition-value's), or there are too many to try.
 */
function questionsInvolved(when: Condition, byId: ReadonlyMap<string, PlacedQuestion>, order: number): PlacedQuestion[] | null {
  const involved = new Map<string, PlacedQuestion>();
  const pending = [when];
  for (let condition = pending.pop(); condition !== undefined; condition = pending.pop()) {
    for (const leaf of conditionLeaves(condition, [])) {
      if (involved.has(leaf.question)) continue;
      const entry = byId.get(leaf.question);
      if (entry === undefined || entry.order >= order) return null;
      const takes = kindOf(entry.question).conditionValues(entry.question);
      if (takes.kind === 'set' && leaf.values.some(({ value }) => !takes.values.has(value))) return null;
      involved.set(leaf.question, entry);
      if (involved.size > MAX_QUESTIONS) return null;
      if (entry.question.when) pending.push(entry.question.when);
    }
  }
  return [...involved.values()].sort((a, b) => a.order - b.order);
}

/** Whether some answers to the involved questions make the condition hold, with skip logic applied. */
function canHold(when: Condition, involved: readonly PlacedQuestion[]): boolean {
  const tested = valuesTested(involved, when);
  const choices = involved.map(({ question }) => answersThatDiffer(question, tested.get(question.id) ?? []));
  let tries = 1;
  for (const list of choices) if ((tries *= list.length) > MAX_TRIES) return true;
  const given: (Answer | undefined)[] = new Array(involved.length);
  const search = (i: number): boolean => {
    if (i === involved.length) {
      const answers = new Map<string, Answer>();
      involved.forEach(({ question }, j) => given[j] !== undefined && answers.set(question.id, given[j]));
      // The involved questions hold every question their conditions test: their skip logic alone decides which are shown.
      const shown = new Set(shownAmong(involved, answers).map((p) => p.question.id));
      return holds(when, (id) => (shown.has(id) ? answers.get(id) : undefined));
    }
    for (const answer of choices[i]!) {
      given[i] = answer;
      if (search(i + 1)) return true;
    }
    return false;
  };
  return search(0);
}

/** The values every involved condition names, by question. */
function valuesTested(involved: readonly PlacedQuestion[], when: Condition): Map<string, (string | number)[]> {
  const tested = new Map<string, (string | number)[]>();
  for (const condition of [when, ...involved.flatMap(({ question }) => (question.when ? [question.when] : []))]) {
    for (const leaf of conditionLeaves(condition, [])) {
      const values = tested.get(leaf.question) ?? [];
      for (const { value } of leaf.values) if (!values.includes(value)) values.push(value);
      tested.set(leaf.question, values);
    }
  }
  return tested;
}

/**
 * One answer for each way of meeting or missing the tests on a question, and no answer: tests compare
 * only the values they name, so answers alike in those values (and in choosing any other) are alike.
 */
function answersThatDiffer(question: Question, named: readonly (string | number)[]): (Answer | undefined)[] {
  let answers: Answer[] = [...kindOf(question).answersToTry(question)];
  if (answers.length === 0) {
    const other = named.some((v) => typeof v === 'number') ? Math.max(0, ...named.filter((v): v is number => typeof v === 'number')) + 1 : '(another answer)';
    answers = [...named, other];
  }
  const seen = new Set<string>();
  const kept: (Answer | undefined)[] = [undefined];
  for (const answer of answers) {
    const chosen = Array.isArray(answer) ? answer : [answer as string | number];
    const key = JSON.stringify([
      named.filter((v) => chosen.some((c) => String(c) === String(v))),
      chosen.some((c) => !named.some((v) => String(v) === String(c))),
      Math.min(chosen.length, 2),
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(answer);
  }
  return kept;
}
