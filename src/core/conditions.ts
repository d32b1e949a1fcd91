// `when` conditions are data: this is their only interpreter, and it runs no code from the bank.
import type { Condition } from './schema.js';
import type { DocPath } from './diagnostics.js';
import { en, type Words } from './words/en.js';

export type AnswerLookup = (questionId: string) => string | number | readonly (string | number)[] | undefined;

export type ConditionForm = 'leaf' | 'all' | 'any' | 'not';
const COMBINATORS = ['all', 'any', 'not'] as const;
const TESTS = ['in', 'equals', 'not_in'] as const;

/** What form a condition takes, or why it takes none, in the words of lint's condition-form rule (`say`). */
export function conditionForm(condition: Condition, say: Words['lint']['rules']['condition-form']): { form: ConditionForm } | { problem: string } {
  const present = <K extends string>(keys: readonly K[]) => keys.filter((k) => (condition as Record<string, unknown>)[k] !== undefined);
  const combinators = present(COMBINATORS);
  const tests = present(TESTS);
  const hasQuestion = condition.question !== undefined;
  if (combinators.length + (hasQuestion || tests.length ? 1 : 0) > 1 || combinators.length > 1) {
    return { problem: say.mixed };
  }
  if (combinators.length === 1) return { form: combinators[0]! };
  if (!hasQuestion) return { problem: say.noQuestion };
  if (tests.length !== 1) return { problem: say.oneTest(condition.question ?? '') };
  return { form: 'leaf' };
}

export interface ConditionLeaf {
  question: string;
  /** The values tested, each with its own path so a finding can point at it. */
  values: { value: string | number; path: DocPath }[];
  path: DocPath;
}

/** Every `{ question, ... }` test inside a condition, with its path for error positions. */
export function conditionLeaves(condition: Condition, path: DocPath): ConditionLeaf[] {
  if (condition.question !== undefined) {
    const test = condition.in ? 'in' : condition.not_in ? 'not_in' : 'equals';
    const list = condition.in ?? condition.not_in;
    const values = list
      ? list.map((value, i) => ({ value, path: [...path, test, i] }))
      : condition.equals === undefined
        ? []
        : [{ value: condition.equals, path: [...path, 'equals'] }];
    return [{ question: condition.question, values, path }];
  }
  const children: [Condition, DocPath][] = [
    ...(condition.all ?? []).map((c, i): [Condition, DocPath] => [c, [...path, 'all', i]]),
    ...(condition.any ?? []).map((c, i): [Condition, DocPath] => [c, [...path, 'any', i]]),
    ...(condition.not ? [[condition.not, [...path, 'not']] as [Condition, DocPath]] : []),
  ];
  return children.flatMap(([child, childPath]) => conditionLeaves(child, childPath));
}

/**
 * Whether a condition holds. A test on a hidden or unanswered question is false (`not_in` too);
 * on a list answer, `in` holds when any chosen value is listed, `not_in` when none is, and
 * `equals` when exactly that one value is chosen.
 */
export function holds(condition: Condition, answerOf: AnswerLookup): boolean {
  // Loops, and no list made for a single answer: the skip logic runs this for every question and every
  // action of every file in a batch.
  if (condition.all) {
    for (const child of condition.all) if (!holds(child, answerOf)) return false;
    return true;
  }
  if (condition.any) {
    for (const child of condition.any) if (holds(child, answerOf)) return true;
    return false;
  }
  if (condition.not) return !holds(condition.not, answerOf);
  if (condition.question === undefined) return false;
  const answer = answerOf(condition.question);
  if (answer === undefined) return false;
  if (!Array.isArray(answer)) {
    const value = answer as string | number;
    if (condition.in) return condition.in.includes(value);
    if (condition.not_in) return !condition.not_in.includes(value);
    return condition.equals !== undefined && value === condition.equals;
  }
  const chosen = answer as readonly (string | number)[];
  if (chosen.length === 0) return false;
  if (condition.in) {
    for (const v of chosen) if (condition.in.includes(v)) return true;
    return false;
  }
  if (condition.not_in) {
    for (const v of chosen) if (condition.not_in.includes(v)) return false;
    return true;
  }
  if (condition.equals !== undefined) return chosen.length === 1 && chosen[0] === condition.equals;
  return false;
}

/** A condition in words, for templates and prompts: "only if a is yes or partly". */
export function describeCondition(condition: Condition, words: Words['template'] = en.template): string {
  const list = (values: readonly (string | number)[]) =>
    values.length === 1 ? String(values[0]) : `${values.slice(0, -1).join(', ')}${words.or}${String(values.at(-1))}`;
  const each = (child: Condition) => describeCondition(child, words);
  if (condition.all) return condition.all.map(each).join(words.and);
  if (condition.any) return `(${condition.any.map(each).join(words.or)})`;
  if (condition.not) return words.not(each(condition.not));
  if (condition.in) return words.is(String(condition.question), list(condition.in));
  if (condition.not_in) return words.isNot(String(condition.question), list(condition.not_in));
  return words.isExactly(String(condition.question), String(condition.equals));
}
