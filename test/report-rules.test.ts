// The report's rules (issue 13), as properties over the built-in banks with random answers: the plan
// never leaves out a gap in the lowest band, no action appears whose questions all scored full marks,
// every "don't know" becomes a task to find it out, and "gap" and "strength" mean the same in the
// report, init's terminal summary, the cohort summary and compare.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { actionOf, isScored, optionsOf, placedQuestions, topBand } from '../src/core/bank.js';
import { cohortEntry, summariseCohort } from '../src/core/cohort.js';
import { compareAssessments } from '../src/core/compare.js';
import { kindOf } from '../src/core/kinds/index.js';
import { isChosen } from '../src/core/kinds/kind.js';
import { PRIORITY_GAPS, reportFacts } from '../src/core/report-facts.js';
import type { AnswerFile, Bank } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { plainStyle } from '../src/format/style.js';
import { formatTerminalSummary } from '../src/format/terminal-summary.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { arbAnswers } from './helpers/generators.js';

const banks = await Promise.all((await builtInBankFiles()).map(async (file) => (await loadBank(file)).bank));
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

describe.each(banks.map((bank) => [bank.id, bank] as const))('the report on %s', (_id, bank) => {
  const answerSets = arbAnswers(bank);

  it('plans for every gap in the lowest band that has one, and at least the first three gaps', () => {
    fc.assert(
      fc.property(answerSets, (given) => {
        const { assessment, facts } = factsOf(bank, given);
        const planned = facts.plan.map((p) => p.gap.recommendation.id);
        const lowest = assessment.gaps[0]?.band;
        for (const gap of assessment.gaps) if (gap.band === lowest) expect(planned).toContain(gap.recommendation.id);
        expect(planned.length).toBeGreaterThanOrEqual(Math.min(PRIORITY_GAPS, assessment.gaps.length));
        // The plan is the first gaps, in order: never a later one before an earlier one.
        expect(planned).toEqual(assessment.gaps.slice(0, planned.length).map((g) => g.recommendation.id));
      }),
      { numRuns: 80 },
    );
  });

  it('suggests no action whose questions all scored full marks', () => {
    fc.assert(
      fc.property(answerSets, (given) => {
        const { answers, facts } = factsOf(bank, given);
        const byId = new Map(placedQuestions(bank).map((p) => [p.question.id, p.question]));
        for (const { objectives } of facts.plan) {
          for (const objective of objectives.filter((o) => o.kind === 'action')) {
            const scored = objective.for.filter((id) => isScored(byId.get(id)!));
            if (scored.length === 0) continue;
            const atFullMarks = scored.every((id) => {
              const question = byId.get(id)!;
              const answer = answers.get(id);
              if (answer === undefined) return false;
              const dontKnow = optionsOf(question).some((o) => o.dont_know && isChosen(answer, o.value));
              return !dontKnow && kindOf(question).score(question, answer) === 1;
            });
            expect([objective.text, atFullMarks]).toEqual([objective.text, false]);
            expect(objective.because.length).toBeGreaterThan(0);
          }
        }
        // And every action of a planned gap that is left out names only questions at full marks.
        for (const { gap, objectives } of facts.plan) {
          const shown = new Set(objectives.map((o) => o.text));
          const short = new Set(gap.causes.map((c) => c.questionId));
          for (const action of gap.recommendation.actions.map(actionOf)) {
            const scored = action.for.filter((id) => isScored(byId.get(id)!));
            if (scored.some((id) => short.has(id))) expect(shown).toContain(action.text);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('turns every "don\'t know" into a task to find it out, naming the question', () => {
    let seen = 0;
    fc.assert(
      fc.property(answerSets, (given) => {
        const { answers, facts } = factsOf(bank, given);
        const tasks = [...facts.plan.flatMap((p) => p.objectives), ...facts.elsewhere].filter((o) => o.kind === 'find-out');
        for (const { question } of shownQuestions(bank, answers)) {
          const answer = answers.get(question.id);
          if (answer === undefined || !optionsOf(question).some((o) => o.dont_know && isChosen(answer, o.value))) continue;
          seen++;
          expect(tasks.filter((t) => t.for.includes(question.id)).map((t) => t.text)).toEqual([`Find out: ${question.prompt}`]);
        }
        expect(tasks.length).toBe(facts.dontKnow.length);
      }),
      { numRuns: 80 },
    );
    expect(seen).toBeGreaterThan(0);
  });

  it("quotes beside each find-out task the group's own words that bear on it: the free-text answers an action names with its question", () => {
    let quoted = 0;
    fc.assert(
      fc.property(answerSets, (given) => {
        const { answers, facts } = factsOf(bank, given);
        for (const task of [...facts.plan.flatMap((p) => p.objectives), ...facts.elsewhere].filter((o) => o.kind === 'find-out')) {
          const [id] = task.for;
          const beside = new Set((task.recommendation?.actions ?? []).map(actionOf).flatMap((a) => (a.for.includes(id!) ? a.for : [])));
          const expected = [...beside].filter((other) => {
            const q = placedQuestions(bank).find((p) => p.question.id === other)?.question;
            return q !== undefined && !isScored(q) && kindOf(q).freeText && answers.get(other) !== undefined;
          });
          expect(task.ownWords.map((w) => w.question.id).sort()).toEqual(expected.sort());
          quoted += task.ownWords.length;
        }
      }),
      { numRuns: 80 },
    );
    if (bank.id === 'ce-readiness') expect(quoted).toBeGreaterThan(0);
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
