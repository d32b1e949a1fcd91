// fast-check generators: random valid banks and random answer maps for any bank.
import fc from 'fast-check';
import type { Bank, Condition, Question } from '../../src/core/schema.js';
import { shownQuestions, type Answer } from '../../src/core/visibility.js';
import { placedQuestions } from '../../src/core/bank.js';

const weight = fc.constantFrom(0.5, 1, 1.5, 2, 3, 0.1, 0.7);
const score = fc.double({ min: 0, max: 1, noNaN: true });

/**
 * A valid bank: 1–3 recommendations, 1–7 questions of every type, each scored question able to reach
 * both 0 and 1, some with a not-applicable option, some scales with "Don't know", some shown only on an
 * earlier answer.
 */
export const arbBank: fc.Arbitrary<Bank> = fc
  .record({
    recWeights: fc.array(weight, { minLength: 1, maxLength: 3 }),
    questions: fc.array(
      fc.record({
        type: fc.constantFrom('single', 'single', 'multi', 'scale', 'text'),
        weight,
        recPick: fc.nat(),
        middle: fc.array(score, { maxLength: 2 }),
        withNa: fc.boolean(),
        scaleMax: fc.integer({ min: 1, max: 6 }),
        scaleDontKnow: fc.boolean(),
        condition: fc.option(fc.record({ target: fc.nat(), form: fc.constantFrom('in', 'not_in', 'equals'), value: fc.nat() }), { freq: 3 }),
      }),
      { minLength: 1, maxLength: 7 },
    ),
  })
  .map(({ recWeights, questions }) => {
    const recommendations = recWeights.map((w, i) => ({
      id: `rec-${i}`,
      title: `Recommendation ${i}`,
      summary: 'Why it matters.',
      source: { id: 'src', section: 'A section' },
      weight: w,
      actions: ['Do something.'],
    }));
    const built: Question[] = [];
    questions.forEach((q, i) => {
      const common = {
        id: `q-${i}`,
        prompt: `Question ${i}?`,
        required: true,
        weight: q.weight,
        source: { id: 'src', section: 'A section' },
      };
      const recommendation = `rec-${q.recPick % recWeights.length}`;
      const earlierChoices = built.filter((b): b is Extract<Question, { type: 'single' }> => b.type === 'single');
      let when: Condition | undefined;
      if (q.condition && earlierChoices.length > 0) {
        const target = earlierChoices[q.condition.target % earlierChoices.length]!;
        const value = target.options[q.condition.value % target.options.length]!.value;
        when = q.condition.form === 'equals' ? { question: target.id, equals: value } : { question: target.id, [q.condition.form]: [value] };
      }
      const extra = when ? { when } : {};
      if (q.type === 'single') {
        const options = [
          { value: 'best', label: 'Best', score: 1 },
          { value: 'worst', label: 'Worst', score: 0 },
          ...q.middle.map((s, j) => ({ value: `mid-${j}`, label: `Middle ${j}`, score: s })),
          ...(q.withNa ? [{ value: 'na', label: 'Not applicable', na: true as const }] : []),
        ];
        built.push({ ...common, ...extra, type: 'single', recommendation, options });
      } else if (q.type === 'multi') {
        const half = q.middle[0] ?? 0.5;
        const options = [
          { value: 'a', label: 'A', score: half },
          { value: 'b', label: 'B', score: 1 },
          { value: 'c', label: 'C', score: q.middle[1] ?? 0.25 },
          { value: 'none', label: 'None', score: 0, exclusive: true },
          ...(q.withNa ? [{ value: 'na', label: 'Not applicable', na: true as const, exclusive: true }] : []),
        ];
        built.push({ ...common, ...extra, type: 'multi', recommendation, options });
      } else if (q.type === 'scale') {
        built.push({
          ...common,
          ...extra,
          type: 'scale',
          recommendation,
          scale: { min: 0, max: q.scaleMax, ...(q.scaleDontKnow ? { dont_know: true as const } : {}) },
        });
      } else {
        built.push({ ...common, ...extra, type: 'text', report: 'expectations' });
      }
    });
    return {
      id: 'random',
      version: '1.0.0',
      title: 'Random bank',
      sources: [{ id: 'src', title: 'A source' }],
      bands: [
        { id: 'low', label: 'Low', min: 0 },
        { id: 'mid', label: 'Mid', min: 50 },
        { id: 'high', label: 'High', min: 80 },
      ],
      recommendations,
      sections: [{ id: 'all', title: 'All', questions: built }],
    } satisfies Bank;
  });

/** Every possible answer to a question (multi: single options and the non-exclusive set). */
export function possibleAnswers(question: Question): Answer[] {
  switch (question.type) {
    case 'single':
      return question.options.map((o) => o.value);
    case 'multi': {
      const plain = question.options.filter((o) => !o.exclusive).map((o) => o.value);
      return [...question.options.map((o) => [o.value]), plain, plain.slice(0, 2)];
    }
    case 'scale': {
      const values: (number | string)[] = [];
      for (let v = question.scale.min; v <= question.scale.max; v++) values.push(v);
      if (question.scale.dont_know) values.push('dont-know');
      return values;
    }
    case 'number':
      return [0, 10, 120];
    case 'text':
      return ['Some | text', 'More <b>text</b>'];
  }
}

/** A random answer map for a bank: each question unanswered or given one of its possible answers. */
export function arbAnswers(bank: Bank): fc.Arbitrary<Map<string, Answer>> {
  const entries = placedQuestions(bank).map(({ question }) =>
    fc.option(fc.constantFrom(...possibleAnswers(question)), { nil: undefined }).map((answer) => [question.id, answer] as const),
  );
  return fc.tuple(...entries).map((pairs) => new Map(pairs.filter((p): p is readonly [string, Answer] => p[1] !== undefined)));
}

/**
 * Answers as a careful respondent gives them: only to questions the skip logic shows, each picked from
 * its possible answers by `choose` (an index into them, wrapped).
 */
export function answersFollowingSkipLogic(bank: Bank, choose: (question: Question) => number): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (let next = unanswered(bank, answers); next; next = unanswered(bank, answers)) {
    const options = possibleAnswers(next);
    answers.set(next.id, options[choose(next) % options.length]!);
  }
  return answers;
}

const unanswered = (bank: Bank, answers: Map<string, Answer>) => shownQuestions(bank, answers).find(({ question }) => !answers.has(question.id))?.question;
