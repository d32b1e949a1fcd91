// The plan's rules (issues 13 and 21), as properties over the built-in banks with random answers: no
// action is shown whose `when` is false or whose questions did not fall short, every gap has a step,
// Now holds no more actions than the capacity rule allows and takes the lowest band first, flagged
// answers go first, every "don't know" becomes a task to find it out; and "gap" and "strength" mean the
// same in the report, init's terminal summary, the cohort summary and compare.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { actionsOf, isScored, optionsOf, questionsById, recommendationIds, topBand } from '../src/core/bank.js';
import { cohortEntry, summariseCohort } from '../src/core/cohort.js';
import { compareAssessments } from '../src/core/compare.js';
import { holds } from '../src/core/conditions.js';
import { kindOf } from '../src/core/kinds/index.js';
import { isChosen } from '../src/core/kinds/kind.js';
import { reportFacts, type Objective } from '../src/core/report-facts.js';
import type { AnswerFile, Bank } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { plainStyle } from '../src/format/style.js';
import { formatTerminalSummary } from '../src/format/terminal-summary.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { arbAnswers } from './helpers/generators.js';

const banks = await Promise.all((await builtInBankFiles()).map(async (file) => (await loadBank(file, 'en')).bank));
const content = (bank: Bank, answers: Map<string, Answer>): AnswerFile => ({
  bank: bank.id,
  organisation: { name: 'Group' },
  answers: Object.fromEntries(answers) as AnswerFile['answers'],
});
/** Only the answers to questions the skip logic shows, as the checker leaves them. */
const asked = (bank: Bank, answers: Map<string, Answer>) =>
  new Map(shownQuestions(bank, answers).flatMap(({ question }) => (answers.has(question.id) ? [[question.id, answers.get(question.id)!] as const] : [])));

function factsOf(bank: Bank, given: Map<string, Answer>) {
  const answers = asked(bank, given);
  const assessment = scoreAssessment(bank, answers);
  return { answers, assessment, facts: reportFacts({ bank, content: content(bank, answers), answers, assessment }) };
}

const isDontKnow = (bank: Bank, id: string, answer: Answer | undefined) =>
  answer !== undefined && optionsOf(questionsById(bank).get(id)!).some((o) => o.dont_know && isChosen(answer, o.value));

describe.each(banks.map((bank) => [bank.id, bank] as const))('the plan on %s', (_id, bank) => {
  const answerSets = arbAnswers(bank);
  const byId = questionsById(bank);
  const actionById = new Map(bank.recommendations.flatMap((r) => actionsOf(r).map((a) => [a.id, a] as const)));

  it('shows no action whose `when` is false, nor one whose questions did not fall short', () => {
    let withWhen = 0;
    fc.assert(
      fc.property(answerSets, (given) => {
        const { answers, facts } = factsOf(bank, given);
        const shown = new Set(shownQuestions(bank, answers).map((p) => p.question.id));
        const lookup = (id: string) => (shown.has(id) ? answers.get(id) : undefined);
        for (const objective of facts.plan.objectives.filter((o) => o.kind === 'action')) {
          const action = actionById.get(objective.id)!;
          if (action.when !== undefined) {
            withWhen++;
            expect([objective.id, holds(action.when, lookup)]).toEqual([objective.id, true]);
            continue;
          }
          // A `for` action: one of its scored questions was asked and fell short (a follow-up not asked has not).
          const scored = action.for.filter((id) => isScored(byId.get(id)!));
          if (scored.length === 0 || objective.because.length === 0) continue;
          for (const id of objective.because) {
            expect(shown.has(id)).toBe(true);
            const answer = answers.get(id);
            const short = answer === undefined || isDontKnow(bank, id, answer) || kindOf(byId.get(id)!).score(byId.get(id)!, answer)! < 1;
            expect([objective.id, id, short]).toEqual([objective.id, id, true]);
          }
        }
      }),
      { numRuns: 80 },
    );
    expect(withWhen).toBeGreaterThan(0);
  });

  it('gives every gap a step: an action, or a task to find out what it turns on', () => {
    fc.assert(
      fc.property(answerSets, (given) => {
        const { assessment, facts } = factsOf(bank, given);
        for (const gap of assessment.gaps) {
          const steps = facts.plan.objectives.filter((o) => o.gap === gap);
          expect([gap.recommendation.id, steps.length > 0]).toEqual([gap.recommendation.id, true]);
        }
      }),
      { numRuns: 80 },
    );
  });

  it("holds in Now no more actions than the capacity rule allows, the lowest band's gaps first, flagged answers before all", () => {
    fc.assert(
      fc.property(answerSets, (given) => {
        const { assessment, facts } = factsOf(bank, given);
        const { capacity, objectives } = facts.plan;
        const rules = bank.plan?.capacity;
        expect(capacity.actions).toBe(Math.min(rules?.max ?? 6, (rules?.min ?? 3) + capacity.reasons.length));
        const now = objectives.filter((o) => o.horizon === 'now' && o.kind === 'action');
        expect(now.length).toBeLessThanOrEqual(capacity.actions);
        // Horizons come in order, Now, Next, Later.
        const order = objectives.map((o) => ['now', 'next', 'later'].indexOf(o.horizon));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        // A flagged action goes before any other; the others take gaps lowest band first.
        const flagged = objectives.filter((o) => o.kind === 'action' && o.flagged);
        const firstUnflagged = now.findIndex((o) => !o.flagged);
        if (firstUnflagged >= 0) expect(now.slice(firstUnflagged).some((o) => o.flagged)).toBe(false);
        if (flagged.length > 0 && flagged.length <= capacity.actions) for (const o of flagged) expect(o.horizon).toBe('now');
        const bandOf = (o: Objective) => o.gap?.band.min ?? Infinity;
        const plain = now.filter((o) => !o.flagged);
        for (let i = 1; i < plain.length; i++) expect(bandOf(plain[i]!)).toBeGreaterThanOrEqual(bandOf(plain[i - 1]!));
        // Now holds a higher band's action only once every lower band's gap with an action has one there.
        const lowestInNow = Math.max(-Infinity, ...plain.map(bandOf));
        for (const gap of assessment.gaps) {
          if (gap.band.min >= lowestInNow || now.length < capacity.actions) continue;
          const hasAction = objectives.some((o) => o.kind === 'action' && o.gap === gap);
          if (hasAction) expect([gap.recommendation.id, now.some((o) => o.gap === gap)]).toEqual([gap.recommendation.id, true]);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('shows in Now, marked, the actions the last tracker records as done, and gives them none of its room', () => {
    fc.assert(
      fc.property(answerSets, fc.nat(), (given, pick) => {
        const first = factsOf(bank, given);
        const chosen = first.facts.plan.objectives.filter((o) => o.kind === 'action');
        if (chosen.length === 0) return;
        const done = chosen.filter((_, i) => (i + pick) % 3 === 0).map((o) => o.id);
        const row = (id: string, i: number) => ({
          id,
          status: 'Done' as const,
          owner: null,
          targetDate: null,
          notes: null,
          text: null,
          row: i + 2,
          at: { line: i + 2, column: 1 },
        });
        const facts = reportFacts({
          bank,
          content: content(bank, first.answers),
          answers: first.answers,
          assessment: first.assessment,
          tracked: done.map(row),
        });
        const now = facts.plan.objectives.filter((o) => o.horizon === 'now' && o.kind === 'action');
        for (const id of done) expect(now.find((o) => o.id === id)?.tracked?.status).toBe('Done');
        expect(now.filter((o) => o.tracked === undefined).length).toBeLessThanOrEqual(facts.plan.capacity.actions);
        // Every action still chosen is placed or held back, done or not.
        expect(facts.plan.objectives.filter((o) => o.kind === 'action').length + facts.plan.heldBack).toBe(chosen.length + first.facts.plan.heldBack);
      }),
      { numRuns: 60 },
    );
  });

  it('names every flagged answer on the first page, and puts its actions first', () => {
    let seen = 0;
    fc.assert(
      fc.property(answerSets, (given) => {
        const { answers, facts } = factsOf(bank, given);
        const expected: string[] = [];
        for (const { question } of shownQuestions(bank, answers)) {
          const answer = answers.get(question.id);
          for (const option of optionsOf(question)) if (option.flag && answer !== undefined && isChosen(answer, option.value)) expected.push(question.id);
        }
        seen += expected.length;
        expect(facts.flags.map((f) => f.question.id)).toEqual(expected);
        for (const objective of facts.plan.objectives) {
          if (objective.flagged) expect(objective.because.some((id) => expected.includes(id))).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
    if (bank.recommendations.some((r) => actionsOf(r).length > 0) && banksFlag(bank)) expect(seen).toBeGreaterThan(0);
  });

  it('turns every "don\'t know" into a task to find it out, in the bank\'s own words where it gives them, now', () => {
    let seen = 0;
    fc.assert(
      fc.property(answerSets, (given) => {
        const { answers, facts } = factsOf(bank, given);
        const tasks = facts.plan.objectives.filter((o) => o.kind === 'find-out' && o.id !== 'answer-the-rest');
        for (const { question } of shownQuestions(bank, answers)) {
          if (!isDontKnow(bank, question.id, answers.get(question.id))) continue;
          seen++;
          const task = tasks.filter((t) => t.for.includes(question.id));
          expect(task.map((t) => t.text)).toEqual([
            question.find_out ?? `${question.prompt} Ask whoever would know, then choose the next step at the next meeting.`,
          ]);
          expect(task[0]!.horizon).toBe('now');
        }
        expect(tasks.length).toBe(facts.dontKnow.length);
      }),
      { numRuns: 80 },
    );
    expect(seen).toBeGreaterThan(0);
  });

  it('asks for the questions left blank to be answered, once, naming each', () => {
    fc.assert(
      fc.property(answerSets, (given) => {
        const { answers, facts } = factsOf(bank, given);
        const blank = shownQuestions(bank, answers)
          .map((p) => p.question)
          .filter((q) => isScored(q) && !answers.has(q.id) && recommendationIds(q).length > 0)
          .map((q) => q.id);
        const task = facts.plan.objectives.filter((o) => o.id === 'answer-the-rest');
        if (blank.length === 0) expect(task).toEqual([]);
        else expect(task.map((t) => [...t.for].sort())).toEqual([[...blank].sort()]);
      }),
      { numRuns: 60 },
    );
  });

  it('means the same by "gap" and "strength" in the report, the terminal summary, the cohort summary and compare', () => {
    fc.assert(
      fc.property(answerSets, answerSets, (first, second) => {
        const a = factsOf(bank, first);
        const b = factsOf(bank, second);
        const top = topBand(bank);
        const below = (x: typeof a) => x.assessment.recommendations.filter((r) => r.band !== null && r.band !== top).map((r) => r.recommendation.id);
        const inTop = (x: typeof a) => x.assessment.recommendations.filter((r) => r.band === top).map((r) => r.recommendation.id);
        // The report.
        expect(a.assessment.gaps.map((g) => g.recommendation.id).sort()).toEqual(below(a).sort());
        expect(a.assessment.strengths.map((s) => s.recommendation.id).sort()).toEqual(inTop(a).sort());
        // init's terminal summary.
        const terminal = formatTerminalSummary(a.assessment, plainStyle);
        if (below(a).length + inTop(a).length > 0) {
          const counts = /^(\d+) gaps? \(below the top band\), (\d+) strengths? \(in it\)\.$/m.exec(terminal);
          expect(counts?.slice(1).map(Number)).toEqual([below(a).length, inTop(a).length]);
        }
        // The cohort summary: a recommendation is a gap for an organisation when it is below the line.
        const summary = summariseCohort(bank, [cohortEntry(bank, content(bank, a.answers), 'a', a.assessment)]);
        const row = summary.rows[0]!;
        expect(row.recommendations.filter((r) => r.score !== null && r.score < summary.gapLine.min).map((r) => r.id)).toEqual(below(a));
        expect(row.weakest).toEqual(a.assessment.gaps.slice(0, 2).map((g) => g.recommendation.id));
        // compare: a gap closed was a gap before and is a strength now, and the other way for opened.
        const side = (x: typeof a, file: string) => ({ file, bank, content: content(bank, x.answers), answers: x.answers, assessment: x.assessment });
        const comparison = compareAssessments(side(a, 'a.yaml'), side(b, 'b.yaml'));
        expect(comparison.gapsClosed.map((g) => g.id)).toEqual(below(a).filter((id) => inTop(b).includes(id)));
        expect(comparison.gapsOpened.map((g) => g.id)).toEqual(inTop(a).filter((id) => below(b).includes(id)));
      }),
      { numRuns: 60 },
    );
  });
});

function banksFlag(bank: Bank): boolean {
  return [...questionsById(bank).values()].some((q) => optionsOf(q).some((o) => o.flag !== undefined));
}
