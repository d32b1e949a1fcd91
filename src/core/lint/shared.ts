// What several lint rules look at in the same way.
import type { Bank, Condition } from '../schema.js';
import { conditionLeaves, type ConditionLeaf } from '../conditions.js';
import type { DocPath } from '../diagnostics.js';
import type { PlacedQuestion } from '../bank.js';
import { isScored, recommendationIds } from '../bank.js';
import { kindOf } from '../kinds/index.js';

/** Every citation in the bank, with where it sits. */
export function citations(bank: Bank, placed: readonly PlacedQuestion[]): { id: string; path: DocPath }[] {
  return [
    ...bank.recommendations.map((r, i) => ({ id: r.source.id, path: ['recommendations', i] as DocPath })),
    ...placed.map(({ question, path }) => ({ id: question.source.id, path })),
  ];
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

/** Every test inside every condition, with the question holding the condition and the question tested (if any). */
export function* conditionTargets(
  placed: readonly PlacedQuestion[],
): Generator<{ entry: PlacedQuestion; leaf: ConditionLeaf; target: PlacedQuestion | undefined }> {
  const byId = new Map(placed.map((p) => [p.question.id, p]));
  for (const entry of placed) {
    if (!entry.question.when) continue;
    for (const leaf of conditionLeaves(entry.question.when, [...entry.path, 'when'])) yield { entry, leaf, target: byId.get(leaf.question) };
  }
}
