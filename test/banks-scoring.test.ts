// Every built-in bank can reach both ends of the scale: the best answer to every question scores 100,
// the worst scores 0.
import { describe, expect, it } from '@jest/globals';
import { isScored, placedQuestions, recommendationIds } from '../src/core/bank.js';
import type { Bank, Option, Question } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { loadBank } from '../src/pipeline/load-bank.js';

const banks: Bank[] = [];
for (const file of await builtInBankFiles()) banks.push((await loadBank(file, 'en')).bank);

const scoredOptions = (question: Question): Option[] =>
  question.type === 'single' || question.type === 'multi' ? question.options.filter((o) => !o.na && o.score !== undefined) : [];
const byScore = (options: Option[], direction: 1 | -1) => options.reduce((pick, o) => ((o.score! - pick.score!) * direction > 0 ? o : pick));

/** An answer to every question: numbers and text are answered too, so conditions on them can hold. */
function answersFor(bank: Bank, choose: (question: Question) => Answer): Map<string, Answer> {
  return new Map(placedQuestions(bank).map(({ question }) => [question.id, choose(question)]));
}

// An unscored single choice (the scope questions) takes its first option: it gates follow-ups but scores nothing.
const unscoredSingle = (question: Question) => question.type === 'single' && scoredOptions(question).length === 0;

function best(question: Question): Answer {
  switch (question.type) {
    case 'single':
      if (unscoredSingle(question)) return question.options[0]!.value;
      return byScore(scoredOptions(question), 1).value;
    case 'multi':
      return question.options.filter((o) => !o.exclusive && (o.score ?? 0) > 0).map((o) => o.value);
    case 'scale':
      return question.scale.max;
    case 'number':
      return question.number?.min ?? 0;
    case 'text':
      return 'An answer.';
  }
}

function worst(question: Question): Answer {
  switch (question.type) {
    case 'single':
      if (unscoredSingle(question)) return question.options[0]!.value;
      return byScore(scoredOptions(question), -1).value;
    case 'multi': {
      const none = question.options.find((o) => o.exclusive && !o.na);
      return [none ? none.value : byScore(scoredOptions(question), -1).value];
    }
    case 'scale':
      return question.scale.min;
    case 'number':
      return question.number?.min ?? 0;
    case 'text':
      return 'An answer.';
  }
}

/** Recommendations with no shown scored question would be "not assessed", which would hide a gap. */
function unassessed(bank: Bank, answers: Map<string, Answer>): string[] {
  const shown = shownQuestions(bank, answers).filter(({ question }) => isScored(question));
  return bank.recommendations.map((r) => r.id).filter((id) => !shown.some(({ question }) => recommendationIds(question).includes(id)));
}

describe.each(banks.map((bank) => [bank.id, bank] as const))('%s: best and worst answers', (_id, bank) => {
  it('leave every recommendation assessed, best and worst alike', () => {
    expect(unassessed(bank, answersFor(bank, best))).toEqual([]);
    expect(unassessed(bank, answersFor(bank, worst))).toEqual([]);
  });

  it('never pick a not-applicable option', () => {
    for (const choose of [best, worst]) {
      for (const { question } of placedQuestions(bank)) {
        const chosen = [choose(question)].flat();
        const na = question.type === 'single' || question.type === 'multi' ? question.options.filter((o) => o.na).map((o) => o.value) : [];
        expect(chosen.filter((v) => na.includes(String(v)))).toEqual([]);
      }
    }
  });
});

describe('scoring the built-in banks', () => {
  it.each(banks.map((bank) => [bank.id, bank] as const))('%s: all-best answers score 100, all-worst score 0', (_id, bank) => {
    expect(scoreAssessment(bank, answersFor(bank, best)).overall).toEqual({ score: 100, band: bank.bands.at(-1) });
    expect(scoreAssessment(bank, answersFor(bank, worst)).overall.score).toBeCloseTo(0, 9);
  });
});
