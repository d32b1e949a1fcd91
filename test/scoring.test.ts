import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { placedQuestions } from '../src/core/bank.js';
import type { Bank, Question } from '../src/core/schema.js';
import { bandFor, questionScore, scoreAssessment, type Assessment } from '../src/core/scoring.js';
import type { Answer } from '../src/core/visibility.js';
import { shownQuestions } from '../src/core/visibility.js';
import { lintBank } from '../src/core/lint/index.js';
import { nowhere } from '../src/core/diagnostics.js';
import { exampleBank } from './helpers/banks.js';
import { arbAnswers, arbBank, possibleAnswers } from './helpers/generators.js';
import { en } from '../src/core/words/en.js';

const example = await exampleBank();
const answersOf = (entries: Record<string, Answer>) => new Map(Object.entries(entries));

/** The numbers an assessment gives, without completeness. */
const scoresOf = (a: Assessment) => ({ overall: a.overall, recommendations: a.recommendations.map((r) => [r.recommendation.id, r.score, r.counted]) });

function bestAnswer(q: Question): Answer | undefined {
  if (q.type === 'scale') return q.scale.max;
  if (q.type === 'single') return [...q.options].filter((o) => !o.na).sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0]!.value;
  if (q.type === 'multi') return q.options.filter((o) => !o.exclusive).map((o) => o.value);
  return undefined;
}
function worstAnswer(q: Question): Answer | undefined {
  if (q.type === 'scale') return q.scale.min;
  if (q.type === 'single' || q.type === 'multi') {
    const worst = [...q.options].filter((o) => !o.na).sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0]!.value;
    return q.type === 'single' ? worst : [worst];
  }
  return undefined;
}
function allAnswers(bank: Bank, pick: (q: Question) => Answer | undefined) {
  const map = new Map<string, Answer>();
  for (const { question } of placedQuestions(bank)) {
    const answer = pick(question);
    if (answer !== undefined) map.set(question.id, answer);
  }
  return map;
}
const topBand = (bank: Bank) => bank.bands.reduce((a, b) => (b.min > a.min ? b : a));
const followUpWarnings = (bank: Bank) => lintBank(bank, nowhere, 'bank.yaml', en).filter((d) => d.rule === 'follow-up-can-lower');
const scoredQuestionScore = (q: Question, a: Answer) => {
  const s = questionScore(q, a);
  return s.na ? undefined : s.score;
};

describe('sums of option scores in floating point (issue 15, item 7)', () => {
  // 0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point: without a tolerance, every option ticked
  // scored 99.99999999999999, a "gap" at "100", and lint said the recommendation could never reach 100.
  const tenths = {
    ...example,
    sections: example.sections.map((section) => ({
      ...section,
      questions: section.questions.map((q) =>
        q.id === 'methods-used' && q.type === 'multi'
          ? {
              ...q,
              options: [
                { value: 'a', label: 'A', score: 0.7 },
                { value: 'b', label: 'B', score: 0.2 },
                { value: 'c', label: 'C', score: 0.1 },
              ],
            }
          : q,
      ),
    })),
  } as Bank;

  it('every option ticked scores exactly 100: a strength, not a gap, and lint finds nothing unreachable', () => {
    const a = scoreAssessment(
      tenths,
      answersOf({ 'definition-written': 'yes', 'definition-shared': 5, 'methods-used': ['a', 'b', 'c'], 'methods-fit': 'yes' }),
    );
    const methods = a.recommendations.find((r) => r.recommendation.id === 'methods')!;
    expect(methods.score).toBe(100);
    expect(a.gaps.map((g) => g.recommendation.id)).not.toContain('methods');
    expect(lintBank(tenths, nowhere, 'bank.yaml', en).filter((d) => d.rule === 'unreachable-recommendation')).toEqual([]);
  });

  it('no score leaves [0, 100], whatever the options add up to', () => {
    for (const ticked of [['a'], ['a', 'b'], ['a', 'b', 'c'], ['c']]) {
      const a = scoreAssessment(tenths, answersOf({ 'methods-used': ticked, 'methods-fit': 'yes' }));
      for (const r of a.recommendations) if (r.score !== null) expect(r.score >= 0 && r.score <= 100).toBe(true);
    }
  });
});

describe('scoreAssessment on the example bank (worked by hand)', () => {
  it('weights questions and recommendations as spec §4 says', () => {
    const a = scoreAssessment(
      example,
      answersOf({ 'definition-written': 'partly', 'definition-shared': 3, 'methods-used': ['meetings'], 'methods-fit': 'yes', hours: 120 }),
    );
    // define-engagement: (0.5 + 0.5) / 2 = 50; methods: (0.5 + 1) / 2 = 75; overall (2×50 + 1×75) / 3.
    expect(a.recommendations.map((r) => r.score)).toEqual([50, 75]);
    expect(a.overall.score).toBeCloseTo(175 / 3, 12);
    expect(a.overall.band?.id).toBe('emerging');
    expect(a.completeness).toEqual({ answered: 5, shown: 6, ratio: 5 / 6, optional: { answered: 0, shown: 0 } });
    // A gap is below the top band (Ready, from 75); methods, at 75, is a strength.
    expect(a.gaps.map((g) => [g.recommendation.id, g.priority])).toEqual([['define-engagement', 100]]);
    expect(a.strengths.map((s) => s.recommendation.id)).toEqual(['methods']);
    expect(a.recommendations[1]!.causes).toEqual([
      {
        questionId: 'methods-used',
        prompt: 'Which ways of engaging do you use?',
        answer: 'Meetings with service providers',
        score: 0.5,
        weight: 1,
        asked: true,
      },
    ]);
  });

  it('counts unanswered questions as 0, leaves N/A out, and counts a follow-up that was not asked as 0', () => {
    const a = scoreAssessment(example, answersOf({ 'definition-written': 'no', 'methods-fit': 'na' }));
    // definition-shared follows definition-written, and "No" keeps it closed: it counts, as 0.
    expect(a.recommendations.map((r) => [r.score, r.counted])).toEqual([
      [0, 2],
      [0, 1],
    ]);
    expect(a.recommendations[0]!.causes.map((c) => [c.questionId, c.answer])).toEqual([
      ['definition-written', 'No'],
      ['definition-shared', 'not asked'],
    ]);
    expect(a.recommendations[1]!.causes[0]?.answer).toBe('unanswered');
    // A question that was not asked is not one the group left unanswered.
    expect(a.completeness).toEqual({ answered: 2, shown: 5, ratio: 0.4, optional: { answered: 0, shown: 0 } });
  });

  it('leaves a follow-up out when the question it follows is not applicable', () => {
    const bank = structuredClone(example);
    const written = bank.sections[0]!.questions[0]!;
    if (written.type !== 'single') throw new Error('definition-written is a single choice');
    written.options.push({ value: 'na', label: 'Not applicable', na: true });
    const a = scoreAssessment(bank, answersOf({ 'definition-written': 'na' }));
    expect(a.recommendations[0]).toMatchObject({ score: null, counted: 0 });
  });

  it('counts completeness over required questions, with optional ones apart', () => {
    const bank = structuredClone(example);
    for (const question of bank.sections[1]!.questions) if (question.type === 'number' || question.type === 'text') question.required = false;
    const a = scoreAssessment(
      bank,
      answersOf({ 'definition-written': 'yes', 'definition-shared': 5, 'methods-used': ['meetings'], 'methods-fit': 'yes', hours: 4 }),
    );
    expect(a.completeness).toEqual({ answered: 4, shown: 4, ratio: 1, optional: { answered: 1, shown: 2 } });
  });

  it('orders causes worst first and describes scale answers with their labels', () => {
    const a = scoreAssessment(example, answersOf({ 'definition-written': 'partly', 'definition-shared': 1 }));
    expect(a.recommendations[0]!.causes.map((c) => [c.questionId, c.answer])).toEqual([
      ['definition-shared', '1 of 1–5 (Not at all)'],
      ['definition-written', 'Partly'],
    ]);
  });

  it('gives no score to a recommendation with nothing counted', () => {
    const a = scoreAssessment(
      example,
      answersOf({ 'definition-written': 'yes', 'definition-shared': 5, 'methods-fit': 'na', 'methods-used': ['meetings', 'street-surgery'] }),
    );
    expect(a.recommendations.map((r) => r.score)).toEqual([100, 100]);
    expect(a.gaps).toEqual([]);
    const none = scoreAssessment({ ...example, sections: [example.sections[1]!] }, new Map());
    expect(none.recommendations[0]).toMatchObject({ score: null, band: null, counted: 0 });
  });

  it('picks the band with the largest min at or below the score', () => {
    expect([0, 39.999, 40, 74.9, 75, 100].map((s) => bandFor(example, s).id)).toEqual(['not-ready', 'not-ready', 'emerging', 'emerging', 'ready', 'ready']);
  });

  it('gives ratio 1 when nothing is shown', () => {
    const empty = { ...example, sections: [] } as Bank;
    expect(scoreAssessment(empty, new Map()).completeness).toEqual({ answered: 0, shown: 0, ratio: 1, optional: { answered: 0, shown: 0 } });
  });
});

describe.each([
  ['the example bank', fc.constant(example)],
  ['random valid banks', arbBank],
])('scoring properties over %s', (_name, banks) => {
  const withAnswers = banks.chain((bank) => fc.tuple(fc.constant(bank), arbAnswers(bank)));

  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(withAnswers, ([bank, answers]) => {
        const a = scoreAssessment(bank, answers);
        for (const s of [a.overall.score, ...a.recommendations.map((r) => r.score)]) if (s !== null) expect(s >= 0 && s <= 100).toBe(true);
        expect(a.completeness.ratio >= 0 && a.completeness.ratio <= 1).toBe(true);
      }),
    );
  });

  it('gives 100 and the top band for the best answers, 0 for the worst, unless lint warns of a follow-up', () => {
    fc.assert(
      fc.property(banks, (bank) => {
        // A scored follow-up that the best answer keeps closed counts 0: lint's follow-up-can-lower says so.
        if (followUpWarnings(bank).length > 0) return;
        const best = scoreAssessment(bank, allAnswers(bank, bestAnswer));
        const worst = scoreAssessment(bank, allAnswers(bank, worstAnswer));
        if (best.overall.score !== null) {
          expect(best.overall.score).toBe(100);
          expect(best.overall.band).toBe(topBand(bank));
        }
        for (const r of best.recommendations) if (r.score !== null) expect(r.score).toBe(100);
        for (const r of worst.recommendations) if (r.score !== null) expect(r.score).toBe(0);
        if (worst.overall.score !== null) expect(worst.overall.score).toBe(0);
      }),
    );
  });

  it('never lowers a score when one answer is raised (and the same questions stay shown)', () => {
    fc.assert(
      fc.property(
        withAnswers.chain(([bank, answers]) => {
          const scored = placedQuestions(bank).filter((p) => p.question.type !== 'text');
          return fc.tuple(fc.constant(bank), fc.constant(answers), scored.length > 0 ? fc.constantFrom(...scored) : fc.constant(undefined), fc.nat(), fc.nat());
        }),
        ([bank, answers, placed, i, j]) => {
          fc.pre(placed !== undefined);
          const { question } = placed!;
          const options = possibleAnswers(question).filter((a) => scoredQuestionScore(question, a) !== undefined);
          fc.pre(options.length > 0);
          let low = options[i % options.length]!;
          let high = options[j % options.length]!;
          if (scoredQuestionScore(question, low)! > scoredQuestionScore(question, high)!) [low, high] = [high, low];
          const before = new Map(answers).set(question.id, low);
          const after = new Map(answers).set(question.id, high);
          const shownIds = (m: Map<string, Answer>) =>
            shownQuestions(bank, m)
              .map((p) => p.question.id)
              .join();
          fc.pre(shownIds(before) === shownIds(after));
          const a = scoreAssessment(bank, before);
          const b = scoreAssessment(bank, after);
          a.recommendations.forEach((r, k) => {
            if (r.score !== null) expect(b.recommendations[k]!.score!).toBeGreaterThanOrEqual(r.score);
          });
          if (a.overall.score !== null) expect(b.overall.score!).toBeGreaterThanOrEqual(a.overall.score);
        },
      ),
    );
  });

  it('lets an N/A answer change nothing but completeness', () => {
    fc.assert(
      fc.property(withAnswers, ([bank, answers]) => {
        for (const { question } of placedQuestions(bank)) {
          const na = possibleAnswers(question).find((a) => questionScore(question, a).na);
          if (na === undefined) continue;
          // Nothing may depend on it: then N/A must score as if the question were not in the bank.
          const referenced = JSON.stringify(bank.sections).includes(`"question":"${question.id}"`);
          if (referenced) continue;
          const withNa = new Map(answers).set(question.id, na);
          // A follow-up not asked counts 0 whatever it was answered: only an asked N/A leaves the calculation.
          if (!shownQuestions(bank, withNa).some((p) => p.question.id === question.id)) continue;
          const without = { ...bank, sections: bank.sections.map((s) => ({ ...s, questions: s.questions.filter((q) => q.id !== question.id) })) };
          const rest = new Map(answers);
          rest.delete(question.id);
          const a = scoreAssessment(bank, withNa);
          const b = scoreAssessment(without, rest);
          expect(scoresOf(a)).toEqual(scoresOf(b));
          if (shownQuestions(bank, withNa).some((p) => p.question.id === question.id)) {
            expect(a.completeness.answered).toBe(b.completeness.answered + 1);
            expect(a.completeness.shown).toBe(b.completeness.shown + 1);
          }
        }
      }),
    );
  });

  it('ignores answers to hidden questions', () => {
    fc.assert(
      fc.property(withAnswers, fc.nat(), ([bank, answers], pick) => {
        const shown = new Set(shownQuestions(bank, answers).map((p) => p.question.id));
        const hidden = placedQuestions(bank).filter((p) => !shown.has(p.question.id));
        fc.pre(hidden.length > 0);
        const { question } = hidden[pick % hidden.length]!;
        const options = possibleAnswers(question);
        const changed = new Map(answers).set(question.id, options[pick % options.length]!);
        expect(scoreAssessment(bank, changed)).toEqual(scoreAssessment(bank, answers));
      }),
    );
  });

  it('gives the same numbers for the same answers, always', () => {
    fc.assert(fc.property(withAnswers, ([bank, answers]) => expect(scoreAssessment(bank, answers)).toEqual(scoreAssessment(bank, new Map(answers)))));
  });
});
