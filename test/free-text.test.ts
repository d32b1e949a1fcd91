// Whether an answer is the group's own words is the kind's to say (`freeText`): the report quotes a text
// answer as theirs, beside the tasks it bears on and under "Expectations and impact", and never a number
// (nor, should a kind like it be added, a date), which is shown as it is.
import { expect, test } from '@jest/globals';
import { placedQuestions } from '../src/core/bank.js';
import { kindOf } from '../src/core/kinds/index.js';
import { reportFacts } from '../src/core/report-facts.js';
import type { AnswerFile } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import type { Answer } from '../src/core/visibility.js';
import { reportView } from '../src/format/report/view.js';
import { checkBankText } from '../src/pipeline/bank.js';
import { en } from '../src/core/words/en.js';

const BANK = `
id: words
version: 1.0.0
title: Words
sources: [{ id: s, title: Source }]
bands: [{ id: low, label: Low, min: 0 }, { id: high, label: High, min: 75 }]
recommendations:
  - id: budget
    title: Budget for engagement
    summary: Engagement needs money.
    source: { id: s, section: One }
    actions:
      - { id: find-money, text: Find the money the plan needs., for: [budget-set, budget-size, budget-why] }
sections:
  - id: one
    title: One
    questions:
      - { id: budget-set, type: single, prompt: Is there a budget?, recommendation: budget, source: { id: s, section: One },
          options: [{ value: "yes", label: "Yes", score: 1 }, { value: "no", label: "No", score: 0 }] }
      - { id: budget-size, type: number, prompt: How many pounds a year?, required: false, report: expectations, source: { id: s, section: One } }
      - { id: budget-why, type: text, prompt: What is it for?, required: false, report: expectations, source: { id: s, section: One } }
`;

test("a text answer is quoted as the group's own words; a number is not", () => {
  const checked = checkBankText('words.yaml', BANK, en);
  if (!checked.ok) throw new Error(JSON.stringify(checked.diagnostics));
  const bank = checked.value.bank;
  expect(placedQuestions(bank).map(({ question }) => [question.id, kindOf(question).freeText])).toEqual([
    ['budget-set', false],
    ['budget-size', false],
    ['budget-why', true],
  ]);
  const answers = new Map<string, Answer>([
    ['budget-set', 'no'],
    ['budget-size', 1200],
    ['budget-why', 'Hiring a hall.'],
  ]);
  const content: AnswerFile = { bank: 'words', organisation: { name: 'Group' }, answers: Object.fromEntries(answers) as AnswerFile['answers'] };
  const facts = reportFacts({ bank, content, answers, assessment: scoreAssessment(bank, answers) });
  const action = facts.plan.objectives.find((o) => o.kind === 'action')!;
  expect(action.ownWords.map((w) => w.question.id)).toEqual(['budget-why']);
  const view = reportView(facts);
  const shown = [...view.expectations].map((e) => [e.prompt, e.quote]);
  expect(shown).toContainEqual(['How many pounds a year?', false]);
});
