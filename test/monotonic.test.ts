// "A better answer never lowers a score" (issue 14, docs/scoring.md), as a property: raise one answer,
// answer the follow-ups that only the better answer opens at their worst and those that only the worse
// answer opens at their best, keep every other answer the same, and no recommendation, nor the overall
// score, may fall. It must hold on the built-in banks, and on any generated bank unless lint's
// follow-up-can-lower warns about that very question.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isScored, placedQuestions } from '../src/core/bank.js';
import { conditionLeaves } from '../src/core/conditions.js';
import type { Locator } from '../src/core/diagnostics.js';
import { kindOf } from '../src/core/kinds/index.js';
import { lintBank } from '../src/core/lint/index.js';
import type { Bank, Question } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { arbAnswers, arbBank } from './helpers/generators.js';
import { en } from '../src/core/words/en.js';

const TOLERANCE = 1e-9;

/** The score an answer gives its own question; undefined for "not applicable", which is neither better nor worse. */
function ownScore(question: Question, answer: Answer): number | undefined {
  return kindOf(question).score(question, answer) ?? undefined;
}

/** The answers to try for a scored question, each with its score. */
const scoredAnswers = (question: Question) =>
  kindOf(question)
    .answersToTry(question)
    .flatMap((answer) => {
      const score = ownScore(question, answer);
      return score === undefined ? [] : [{ answer, score }];
    });

/** Its lowest- or highest-scoring answer. */
function extreme(question: Question, pick: 'worst' | 'best'): Answer | undefined {
  const answers = scoredAnswers(question).sort((a, b) => (pick === 'worst' ? a.score - b.score : b.score - a.score));
  return answers[0]?.answer;
}

/**
 * The two sides: `answers` with the gate answered `better` and `worse`; each scored question asked on one
 * side only is answered at its worst on the better side and at its best on the worse side.
 */
function sides(bank: Bank, answers: Map<string, Answer>, gate: Question, better: Answer, worse: Answer): [Map<string, Answer>, Map<string, Answer>] {
  const a = new Map(answers).set(gate.id, better);
  const b = new Map(answers).set(gate.id, worse);
  // Follow-ups can open more follow-ups: settle until nothing changes (chains in a bank are short).
  for (let round = 0; round < 10; round++) {
    const [onA, onB] = [new Set(shownQuestions(bank, a).map((p) => p.question)), new Set(shownQuestions(bank, b).map((p) => p.question))];
    let changed = false;
    for (const { question } of placedQuestions(bank)) {
      if (question === gate || !isScored(question) || onA.has(question) === onB.has(question)) continue;
      const [side, pick] = onA.has(question) ? [a, 'worst' as const] : [b, 'best' as const];
      const answer = extreme(question, pick);
      if (answer !== undefined && side.get(question.id) !== answer) {
        side.set(question.id, answer);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return [a, b];
}

/** Only the answers a respondent could give: those to questions the skip logic shows. */
function asked(bank: Bank, answers: Map<string, Answer>): Map<string, Answer> {
  return new Map(
    shownQuestions(bank, answers).flatMap(({ question }) => (answers.has(question.id) ? [[question.id, answers.get(question.id)!] as const] : [])),
  );
}

function scores(bank: Bank, answers: Map<string, Answer>): Map<string, number> {
  const assessment = scoreAssessment(bank, asked(bank, answers));
  const result = new Map<string, number>();
  for (const r of assessment.recommendations) if (r.score !== null) result.set(r.recommendation.id, r.score);
  if (assessment.overall.score !== null) result.set('overall', assessment.overall.score);
  return result;
}

/** Every better/worse pair of answers to every shown scored question, under these answers: the first that lowers a score. */
function counterExample(bank: Bank, answers: Map<string, Answer>, warned: ReadonlySet<string>): string | undefined {
  // Only a question that opens or closes others can break the rule: raising any other answer leaves every
  // question as it was (scoring.test.ts has that property).
  const gates = new Set(
    placedQuestions(bank).flatMap(({ question }) => (question.when ? conditionLeaves(question.when, []).map((leaf) => leaf.question) : [])),
  );
  for (const { question } of shownQuestions(bank, answers)) {
    if (!isScored(question) || !gates.has(question.id) || warned.has(question.id)) continue;
    // Answers with the same score that show the same questions are alike here: try one of each.
    const seen = new Set<string>();
    const tried = scoredAnswers(question).filter(({ answer, score }) => {
      const signature = `${score}|${shownQuestions(bank, new Map(answers).set(question.id, answer))
        .map((p) => p.question.id)
        .join()}`;
      return !seen.has(signature) && seen.add(signature);
    });
    for (const better of tried) {
      for (const worse of tried) {
        if (better.score <= worse.score + TOLERANCE) continue;
        const [a, b] = sides(bank, answers, question, better.answer, worse.answer);
        const [high, low] = [scores(bank, b), scores(bank, a)];
        for (const [id, score] of low) {
          const other = high.get(id);
          if (other !== undefined && score < other - TOLERANCE) {
            return `${question.id}: ${JSON.stringify(better.answer)} gives ${id} ${score}, below ${JSON.stringify(worse.answer)}'s ${other}`;
          }
        }
      }
    }
  }
  return undefined;
}

/** The questions lint's follow-up-can-lower warns about, found from where each finding points. */
function gatesWarned(bank: Bank): Set<string> {
  // A locator that gives each question's place as its line: sections.S.questions.Q → line 1000 S + Q.
  const locator: Locator = { at: (path) => ({ line: 1000 * Number(path[1]) + Number(path[3]), column: 1 }) };
  const byLine = new Map(bank.sections.flatMap((section, s) => section.questions.map((question, q) => [1000 * s + q, question.id] as const)));
  return new Set(
    lintBank(bank, locator, 'bank.yaml', en)
      .filter((d) => d.rule === 'follow-up-can-lower')
      .map((d) => byLine.get(d.line)!),
  );
}

/** A bank of one recommendation and one section of these questions, each with a prompt, weight 1 and a source unless given. */
function smallBank(id: string, questions: object[]): Bank {
  const source = { id: 'src', section: 'A section' };
  return {
    id,
    version: '1.0.0',
    title: id,
    sources: [{ id: 'src', title: 'A source' }],
    bands: [
      { id: 'low', label: 'Low', min: 0 },
      { id: 'high', label: 'High', min: 80 },
    ],
    recommendations: [{ id: 'rec', title: 'Rec', summary: 'Why.', source, weight: 1, actions: ['Do it.'] }],
    sections: [
      {
        id: 'all',
        title: 'All',
        questions: questions.map((q) => ({ prompt: 'A question?', required: true, weight: 1, source, recommendation: 'rec', ...q })),
      },
    ],
  } as unknown as Bank;
}

const builtIn = await Promise.all((await builtInBankFiles()).map(async (file) => (await loadBank(file, 'en')).bank));

describe('a better answer never lowers a score', () => {
  it.each(builtIn.map((bank) => [bank.id, bank] as const))('%s: lint finds no gate where it could, and none is found by trying', (_id, bank) => {
    expect(gatesWarned(bank)).toEqual(new Set());
    fc.assert(
      fc.property(arbAnswers(bank), (answers) => {
        expect(counterExample(bank, answers, new Set())).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('on generated banks, wherever lint does not warn of that question', () => {
    let checked = 0;
    let warnedBanks = 0;
    fc.assert(
      fc.property(
        arbBank.chain((bank) => fc.tuple(fc.constant(bank), arbAnswers(bank))),
        ([bank, answers]) => {
          const warned = gatesWarned(bank);
          if (warned.size > 0) warnedBanks++;
          checked++;
          expect(counterExample(bank, answers, warned)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
    // Both kinds of bank came up, so the property was tried where lint warns and where it does not.
    expect(checked).toBe(300);
    expect(warnedBanks).toBeGreaterThan(0);
    expect(warnedBanks).toBeLessThan(checked);
  });

  it("catches issue 14's counter-examples in the 1.0 banks' design", () => {
    // expected-impact 1.0: scored "scope" questions whose weaker answers opened a scored plan question.
    const bank = structuredClone(builtIn.find((b) => b.id === 'ce-readiness')!);
    const scope = placedQuestions(bank).find((p) => p.question.id === 'scope-priorities')!.question;
    if (scope.type !== 'single') throw new Error('scope-priorities is a single choice');
    scope.recommendation = 'expected-impact';
    scope.report = undefined;
    scope.options = [
      { value: 'a-lot', label: 'A lot', score: 1 },
      { value: 'some', label: 'Some', score: 0.67 },
      { value: 'little', label: 'A little', score: 0.33 },
      { value: 'none', label: 'None', score: 0 },
      { value: 'dont-know', label: "Don't know", score: 0, dont_know: true },
    ];
    expect([...gatesWarned(bank)]).toContain('scope-priorities');
  });

  it('warns when one of two best answers keeps a scored follow-up closed, as the other opens it', () => {
    // Found by the scoring property: "Best" and "Also best" (within the tolerance) both score 1, but only
    // "Also best" opens q-1, so answering "Best" leaves q-1 at 0 and the recommendation below 100.
    const options = [
      { value: 'best', label: 'Best', score: 1 },
      { value: 'worst', label: 'Worst', score: 0 },
    ];
    const bank = smallBank('tie', [
      { id: 'q-0', type: 'single', options: [...options, { value: 'also-best', label: 'Also best', score: 0.999999999 }] },
      { id: 'q-1', type: 'single', options, when: { question: 'q-0', in: ['also-best'] } },
    ]);
    expect([...gatesWarned(bank)]).toEqual(['q-0']);
    const [finding] = lintBank(bank, { at: () => ({ line: 1, column: 1 }) }, 'bank.yaml', en).filter((d) => d.rule === 'follow-up-can-lower');
    expect(finding!.message).toContain('best answer "Best"');
  });

  it('tries a gate that only another question\'s "Not applicable" opens', () => {
    // Found by the property on generated banks (seed -1373245342): q-1 is asked only when q-0 is "Not
    // applicable", and its better answer "Middle" closes the scored q-2. Lint skipped q-0's "Not
    // applicable" when working out when q-1 is asked, so it never tried q-1 at all.
    const bank = smallBank('na-gate', [
      {
        id: 'q-0',
        type: 'single',
        options: [
          { value: 'yes', label: 'Yes', score: 1 },
          { value: 'na', label: 'Not applicable', na: true },
        ],
      },
      {
        id: 'q-1',
        type: 'single',
        when: { question: 'q-0', equals: 'na' },
        options: [
          { value: 'middle', label: 'Middle', score: 0.5 },
          { value: 'worst', label: 'Worst', score: 0 },
        ],
      },
      { id: 'q-2', type: 'scale', weight: 2, when: { question: 'q-1', not_in: ['middle'] }, scale: { min: 0, max: 3 } },
    ]);
    expect(counterExample(bank, new Map<string, Answer>([['q-0', 'na']]), new Set())).toBeDefined();
    // (q-0 is warned of too: its best answer never opens q-1.)
    expect([...gatesWarned(bank)]).toEqual(['q-0', 'q-1']);
  });
});
