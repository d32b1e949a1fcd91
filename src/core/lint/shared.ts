// What several lint rules look at in the same way.
import type { Bank, Condition } from '../schema.js';
import { conditionLeaves, type ConditionLeaf } from '../conditions.js';
import type { DocPath } from '../diagnostics.js';
import type { PlacedQuestion } from '../bank.js';
import { isScored, recommendationIds } from '../bank.js';
import { kindOf } from '../kinds/index.js';

/** Every citation in the bank, with the path of its `source`. */
export function citations(bank: Bank, placed: readonly PlacedQuestion[]): { id: string; path: DocPath }[] {
  const found: { id: string; path: DocPath }[] = [];
  bank.recommendations.forEach((r, i) => found.push({ id: r.source.id, path: ['recommendations', i, 'source'] }));
  for (const { question, path } of placed) {
    found.push({ id: question.source.id, path: [...path, 'source'] });
    kindOf(question)
      .options(question)
      .forEach((option, i) => option.flag && found.push({ id: option.flag.source.id, path: [...path, 'options', i, 'flag', 'source'] }));
  }
  if (bank.plan?.source) found.push({ id: bank.plan.source.id, path: ['plan', 'source'] });
  return found;
}

/** Scores in messages: "0.67", not "0.6666666666666666". */
export const twoDecimals = (n: number): number => Math.round(n * 100) / 100;

/** Every condition node inside a `when`, the combinators too, with its path. */
export function* everyCondition(condition: Condition, path: DocPath): Generator<{ condition: Condition; path: DocPath }> {
  yield { condition, path };
  for (const [key, list] of [
    ['all', condition.all],
    ['any', condition.any],
  ] as const) {
    for (const [i, child] of (list ?? []).entries()) yield* everyCondition(child, [...path, key, i]);
  }
  if (condition.not) yield* everyCondition(condition.not, [...path, 'not']);
}

/** The scored questions of the bank with the recommendation ids they name. */
export function scoredQuestions(placed: readonly PlacedQuestion[]): (PlacedQuestion & { ids: string[] })[] {
  return placed.filter(({ question }) => isScored(question)).map((entry) => ({ ...entry, ids: recommendationIds(entry.question) }));
}

/** The highest overall score any answers could give, ignoring skip logic. */
export function bestOverall(bank: Bank, placed: readonly PlacedQuestion[]): number {
  let total = 0;
  let weights = 0;
  const scored = scoredQuestions(placed);
  for (const recommendation of bank.recommendations) {
    const questions = scored.filter(({ ids }) => ids.includes(recommendation.id));
    if (questions.length === 0) continue;
    const sum = questions.reduce((s, { question }) => s + question.weight * kindOf(question).bestScore(question), 0);
    const weight = questions.reduce((s, { question }) => s + question.weight, 0);
    total += recommendation.weight * ((100 * sum) / weight);
    weights += recommendation.weight;
  }
  return weights === 0 ? 0 : total / weights;
}

/** A `when` in the bank, with where it sits and where its owner stands in reading order. */
export interface PlacedCondition {
  when: Condition;
  /** The path of the `when` itself. */
  path: DocPath;
  /** Its owner: a question (which may only test earlier ones), or an action (which may test any). */
  owner: { kind: 'question'; entry: PlacedQuestion } | { kind: 'action'; recommendation: string };
  /** Its owner's place in reading order: actions come after every question. */
  order: number;
}

/** Every `when` of the bank: each question's, then each action's. */
export function everyWhen(bank: Bank, placed: readonly PlacedQuestion[]): PlacedCondition[] {
  const found: PlacedCondition[] = [];
  for (const entry of placed) {
    if (entry.question.when) found.push({ when: entry.question.when, path: [...entry.path, 'when'], owner: { kind: 'question', entry }, order: entry.order });
  }
  bank.recommendations.forEach((recommendation, r) =>
    recommendation.actions.forEach((action, a) => {
      if (typeof action !== 'string' && action.when) {
        found.push({
          when: action.when,
          path: ['recommendations', r, 'actions', a, 'when'],
          owner: { kind: 'action', recommendation: recommendation.id },
          order: Infinity,
        });
      }
    }),
  );
  return found;
}

/** Every test inside every condition, with the condition holding it and the question tested (if any). */
export function* conditionTargets(
  bank: Bank,
  placed: readonly PlacedQuestion[],
): Generator<{ condition: PlacedCondition; leaf: ConditionLeaf; target: PlacedQuestion | undefined }> {
  const byId = new Map(placed.map((p) => [p.question.id, p]));
  for (const condition of everyWhen(bank, placed)) {
    for (const leaf of conditionLeaves(condition.when, condition.path)) yield { condition, leaf, target: byId.get(leaf.question) };
  }
}
