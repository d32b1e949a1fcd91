import { describe, expect, it } from '@jest/globals';
import { checkAnswers } from '../src/core/answers.js';
import { answerFile, exampleBank } from './helpers/banks.js';
import { en } from '../src/core/words/en.js';

const bank = await exampleBank();

function check(answers: string, header = 'bank: example\norganisation:\n  name: Test\n') {
  const { content, locator } = answerFile(`${header}answers:\n${answers}`);
  return checkAnswers(bank, content, locator, 'answers.yaml', en);
}
const brief = (r: ReturnType<typeof check>) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`);

describe('checkAnswers', () => {
  it('accepts fitting answers and keeps them in bank order', () => {
    const result = check('  hours: 12\n  methods-used: street-surgery\n  definition-written: "yes"\n  definition-shared: 5\n');
    expect(result.diagnostics).toEqual([]);
    expect([...result.answers]).toEqual([
      ['definition-written', 'yes'],
      ['definition-shared', 5],
      ['methods-used', ['street-surgery']],
      ['hours', 12],
    ]);
  });

  it('points at an unknown question id and suggests the nearest', () => {
    expect(brief(check('  definition-writen: "yes"\n'))).toEqual([
      '5:3 error unknown-question: no question "definition-writen" in bank "example"; did you mean "definition-written"?',
    ]);
  });

  it('rejects values not among the options, with a suggestion', () => {
    expect(brief(check('  definition-written: partially\n'))).toEqual([
      '5:23 error invalid-answer: "definition-written": the text "partially" is not an option; choose one of yes, partly, no; did you mean "partly"?',
    ]);
  });

  it('rejects a list for a single choice and points at a bad list item', () => {
    expect(brief(check('  definition-written: ["yes"]\n  methods-used: [meetings, street-surgey]\n'))).toEqual([
      '5:23 error invalid-answer: "definition-written": takes one option, not a list; choose one of yes, partly, no',
      '6:28 error invalid-answer: "methods-used": the text "street-surgey" is not an option; choose from meetings, street-surgery, none; did you mean "street-surgery"?',
    ]);
  });

  it('rejects out-of-range and non-integer scales', () => {
    expect(brief(check('  definition-written: "yes"\n  definition-shared: 6\n'))[0]).toBe(
      '6:22 error invalid-answer: "definition-shared": must be a whole number from 1 to 5, not the number 6',
    );
    expect(check('  definition-written: "yes"\n  definition-shared: 2.5\n').diagnostics[0]?.rule).toBe('invalid-answer');
    expect(check('  definition-written: "yes"\n  definition-shared: "3"\n').diagnostics[0]?.rule).toBe('invalid-answer');
  });

  it('checks numbers against their bounds', () => {
    expect(brief(check('  hours: -1\n'))).toEqual(['5:10 error invalid-answer: "hours": must be at least 0, not -1']);
    expect(brief(check('  hours: 1.5\n'))).toEqual(['5:10 error invalid-answer: "hours": must be a whole number, not 1.5']);
  });

  it('refuses an exclusive option mixed with others', () => {
    expect(brief(check('  methods-used: [meetings, none]\n'))).toEqual([
      '5:17 error exclusive-option: "methods-used": "none" (None of these) cannot be chosen with other options; keep it alone or remove it',
    ]);
  });

  it('treats null, empty lists and blank text as unanswered', () => {
    const result = check('  definition-written:\n  methods-used: []\n  little-scope: "  "\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.answers.size).toBe(0);
  });

  it('warns about and drops answers to hidden questions', () => {
    const result = check('  definition-written: "no"\n  definition-shared: 4\n');
    expect(brief(result)).toEqual([
      '6:3 warning hidden-answer: "definition-shared" is not asked given the other answers (its "when" does not hold), so this answer is ignored',
    ]);
    expect([...result.answers.keys()]).toEqual(['definition-written']);
  });

  it('warns about a bank version mismatch', () => {
    const result = check('  hours: 1\n', 'bank: example\nbank_version: 0.9.0\norganisation:\n  name: Test\n');
    expect(brief(result)).toEqual([
      '2:15 warning bank-version: these answers are for version 0.9.0 of bank "example", but the bank is version 1.0.0; check the answers still fit',
    ]);
  });

  it('rejects text longer than the question allows', () => {
    const long = {
      ...bank,
      sections: bank.sections.map((s) => ({ ...s, questions: s.questions.map((q) => (q.type === 'text' ? { ...q, max_length: 5 } : q)) })),
    };
    const { content, locator } = answerFile('bank: example\norganisation:\n  name: Test\nanswers:\n  little-scope: "too long"\n');
    const result = checkAnswers(long, content, locator, 'answers.yaml', en);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['"little-scope": is 8 characters long; the most this question takes is 5']);
  });
});
