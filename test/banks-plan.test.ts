// The built-in banks' plan: actions chosen by the answers (`when`) that never presume what the answers deny and
// leave no way of falling short without one, flagged answers, find-out tasks for every "don't know", the
// capacity rules, foundations, and the marks on what is the bank's own suggestion (issues 21 and 22).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionsOf, isScored, optionsOf, placedQuestions, questionsById, recommendationIds, topBand } from '../src/core/bank.js';
import { conditionLeaves, holds } from '../src/core/conditions.js';
import { kindOf } from '../src/core/kinds/index.js';
import type { Bank, Question, Recommendation } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { WEIGHTS } from '../scripts/banks-doc.js';
import { answersFollowingSkipLogic, arbAnswers, possibleAnswers } from './helpers/generators.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const banks = await Promise.all((await builtInBankFiles()).map(async (file) => (await loadBank(file, 'en')).bank));
const bankById = (id: string) => banks.find((b) => b.id === id)!;
const IDS = banks.map((b) => b.id);

/** Only the answers a respondent could give: those to questions the skip logic shows. */
function asked(bank: Bank, answers: ReadonlyMap<string, Answer>): Map<string, Answer> {
  const shown = shownQuestions(bank, answers);
  return new Map(shown.flatMap(({ question }) => (answers.has(question.id) ? [[question.id, answers.get(question.id)!] as const] : [])));
}

/** The answer lookup the plan uses: a hidden or unanswered question has no answer. */
const lookupOf = (bank: Bank, answers: ReadonlyMap<string, Answer>) => {
  const given = asked(bank, answers);
  return (id: string) => given.get(id);
};

const isDontKnow = (question: Question, answer: Answer | undefined) =>
  answer !== undefined && optionsOf(question).some((o) => o.dont_know && (Array.isArray(answer) ? answer.includes(o.value) : String(answer) === o.value));

/** The actions of a recommendation whose `when` holds over these answers. */
function fitting(bank: Bank, recommendation: Recommendation, answers: ReadonlyMap<string, Answer>): string[] {
  const lookup = lookupOf(bank, answers);
  return actionsOf(recommendation)
    .filter((a) => a.when !== undefined && holds(a.when, lookup))
    .map((a) => a.id);
}

/** The gaps these answers leave with no action that fits them and no "don't know" to find out instead. */
function gapsWithoutAction(bank: Bank, answers: ReadonlyMap<string, Answer>): string[] {
  const given = asked(bank, answers);
  const shown = shownQuestions(bank, given);
  return scoreAssessment(bank, given)
    .gaps.filter((gap) => {
      if (fitting(bank, gap.recommendation, given).length > 0) return false;
      return !shown.some(({ question }) => recommendationIds(question).includes(gap.recommendation.id) && isDontKnow(question, given.get(question.id)));
    })
    .map((gap) => gap.recommendation.id);
}

/** The score an answer gives its question (null for "not applicable"). */
const scoreOf = (question: Question, answer: Answer) => kindOf(question).score(question, answer);

/**
 * Every question answered at its best, following the skip logic, so each scored follow-up is asked; the
 * unscored scope questions are answered "A little", so the follow-up they open (little-scope-plan) is asked too.
 */
function bestAnswers(bank: Bank): Map<string, Answer> {
  return answersFollowingSkipLogic(bank, (question) => {
    const answers = possibleAnswers(question);
    if (!isScored(question)) {
      const little = answers.indexOf('little');
      return little >= 0 ? little : 0;
    }
    let best = 0;
    answers.forEach((answer, i) => {
      if ((scoreOf(question, answer) ?? -1) > (scoreOf(question, answers[best]!) ?? -1)) best = i;
    });
    return best;
  });
}

describe.each(IDS)('%s: actions', (id) => {
  const bank = bankById(id);
  const byId = questionsById(bank);

  it('each has a stable id (unique in the bank), its text, a `when`, and `for` naming its questions', () => {
    const seen = new Set<string>();
    const named = new Set<string>();
    for (const r of bank.recommendations) {
      for (const action of r.actions) {
        expect(typeof action).toBe('object');
        if (typeof action !== 'object') continue;
        expect({ id: action.id, duplicate: seen.has(action.id ?? '') }).toEqual({ id: expect.stringMatching(/^[a-z]+(?:-[a-z]+)*$/), duplicate: false });
        seen.add(action.id!);
        expect({ id: action.id, when: action.when !== undefined, for: (action.for?.length ?? 0) > 0 }).toEqual({ id: action.id, when: true, for: true });
        // A scored question it names scores this recommendation; an unscored one is an answer the report quotes beside it.
        const wrong = (action.for ?? []).filter((q) => {
          const question = byId.get(q);
          return question === undefined || (isScored(question) && !recommendationIds(question).includes(r.id));
        });
        expect({ id: action.id, wrong }).toEqual({ id: action.id, wrong: [] });
        for (const q of action.for ?? []) named.add(q);
        // Its `when` tests the questions it addresses, or answers it builds on.
        for (const leaf of conditionLeaves(action.when!, [])) expect({ id: action.id, tests: byId.has(leaf.question) }).toEqual({ id: action.id, tests: true });
      }
    }
    const scored = placedQuestions(bank).filter(({ question }) => isScored(question) && recommendationIds(question).length > 0);
    expect(scored.map(({ question }) => question.id).filter((q) => !named.has(q))).toEqual([]);
  });

  it('each says who does it and its first step, in at most 40 words, in roles a group run by volunteers has too', () => {
    // A heuristic, not a parse. "Who": a role a community safety group has, as the subject of a verb ("the chair
    // sends", "the organiser of each new project goes"), so that an imperative ("Ask one senior manager…") or a role
    // only named as an object does not count. "When": a first step counted from when the group takes the action up
    // ("at the next meeting", "before the next activity"), never a date of its own ("this quarter"): the plan puts
    // it in Now, Next or Later. No action may need what only an organisation with paid staff has (a board alone, a
    // press team, "your manager").
    const who =
      /\b(?:the|each|every|a|one) (?:chair|secretary|organiser|group|meeting|members?|partners?)(?: of (?:each|every|the) (?:[a-z]+ )?[a-z]+)?(?: or (?:a )?[a-z]+)? (?:[a-z]+s|will)\b/i;
    const when = /\b(?:the|its|your|is) next\b/i;
    const dated = /\bthis (?:quarter|month|year)\b/i;
    const staffOnly = /\b(?:press team|your manager|welcome pack|senior team|the board(?! or| ,)|engagement lead|staff news)\b/i;
    const words = (text: string) => text.split(/[\s/–—-]+/).filter((w) => /[a-z0-9]/i.test(w)).length;
    const vague = bank.recommendations
      .flatMap((r) => actionsOf(r))
      .map((a) => ({
        id: a.id,
        who: who.test(a.text),
        when: when.test(a.text) && !dated.test(a.text),
        short: words(a.text) <= 40,
        staffOnly: staffOnly.test(a.text),
      }))
      .filter((a) => !a.who || !a.when || !a.short || a.staffOnly);
    expect(vague).toEqual([]);
  });

  it('every way one answer can fall short has an action whose `when` fits it ("don\'t know" has its find-out task instead)', () => {
    const best = bestAnswers(bank);
    expect(gapsWithoutAction(bank, best)).toEqual([]);
    const missing: string[] = [];
    for (const { question } of placedQuestions(bank)) {
      if (!isScored(question) || recommendationIds(question).length === 0) continue;
      const recommendation = bank.recommendations.find((r) => recommendationIds(question).includes(r.id))!;
      const tries: (Answer | undefined)[] = [undefined, ...kindOf(question).answersToTry(question)];
      for (const answer of tries) {
        if (answer !== undefined && (isDontKnow(question, answer) || (scoreOf(question, answer) ?? 1) >= 1)) continue;
        const answers = new Map(best);
        if (answer === undefined) answers.delete(question.id);
        else answers.set(question.id, answer);
        if (!shownQuestions(bank, answers).some((p) => p.question === question)) continue;
        if (fitting(bank, recommendation, answers).length === 0) missing.push(`${question.id}: ${JSON.stringify(answer ?? 'unanswered')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every gap in random answers, blanks included, has an action whose `when` holds, or a "don\'t know" to find out', () => {
    fc.assert(
      fc.property(arbAnswers(bank), (answers) => {
        expect(gapsWithoutAction(bank, answers)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("every action's `when` tests values its questions can take, and holds for some answers", () => {
    for (const r of bank.recommendations) {
      for (const action of actionsOf(r)) {
        for (const leaf of conditionLeaves(action.when!, [])) {
          const question = byId.get(leaf.question)!;
          const takes = kindOf(question).conditionValues(question);
          const bad = takes.kind === 'set' ? leaf.values.filter(({ value }) => !takes.values.has(value)).map(({ value }) => value) : [];
          expect({ action: action.id, question: leaf.question, bad }).toEqual({ action: action.id, question: leaf.question, bad: [] });
        }
      }
    }
    // Each action fits some answers: the best answers with one changed, or random ones.
    const held = new Set<string>();
    const note = (answers: ReadonlyMap<string, Answer>) => {
      for (const r of bank.recommendations) for (const id of fitting(bank, r, answers)) held.add(id);
    };
    const best = bestAnswers(bank);
    for (const { question } of placedQuestions(bank)) {
      for (const answer of possibleAnswers(question)) note(new Map(best).set(question.id, answer));
    }
    fc.assert(
      fc.property(arbAnswers(bank), (answers) => note(answers)),
      { numRuns: 300, seed: 22 },
    );
    const never = bank.recommendations.flatMap((r) => actionsOf(r).map((a) => a.id)).filter((id) => !held.has(id));
    expect(never).toEqual([]);
  });

  it('every flagged answer chooses an action of its own recommendation, that tests that answer', () => {
    const best = bestAnswers(bank);
    const flagged: string[] = [];
    for (const { question } of placedQuestions(bank)) {
      for (const option of optionsOf(question)) {
        if (option.flag === undefined) continue;
        flagged.push(`${question.id}: ${option.value}`);
        const answers = new Map(best).set(question.id, option.value);
        const chosen = bank.recommendations
          .filter((r) => recommendationIds(question).includes(r.id))
          .flatMap((r) => actionsOf(r))
          .filter((a) => a.when !== undefined && holds(a.when, lookupOf(bank, answers)) && conditionLeaves(a.when, []).some((l) => l.question === question.id));
        expect({ flagged: `${question.id}: ${option.value}`, chosen: chosen.length > 0 }).toEqual({ flagged: `${question.id}: ${option.value}`, chosen: true });
      }
    }
    console.log(`${id}: flagged answers: ${flagged.join('; ')}`);
    expect(flagged.length).toBeGreaterThan(0);
  });
});

describe('no action presumes what the answers deny (the cases of issue 21)', () => {
  const bank = bankById('ce-readiness');
  const best = bestAnswers(bank);
  const fits = (changes: [string, Answer][], recommendation: string) =>
    fitting(
      bank,
      bank.recommendations.find((r) => r.id === recommendation)!,
      new Map([...best, ...changes]),
    );

  it('a group that says no one speaks up for residents is asked to find such people, not to give them tasks', () => {
    expect(fits([['champions', 'no']], 'champions-and-openings')).toEqual(expect.arrayContaining(['find-champions']));
    expect(fits([['champions', 'no']], 'champions-and-openings')).not.toContain('give-champions-a-task');
    expect(fits([['champions', 'dont-know']], 'champions-and-openings')).toContain('find-champions');
    expect(fits([['champions-involved', 'no']], 'champions-and-openings')).toEqual(['give-champions-a-task']);
  });

  it('a group that says nothing changed is not asked to publicise a change', () => {
    const said: [string, Answer][] = [
      ['practice-changed', 'no'],
      ['openings', ['staff-news']],
    ];
    expect(fits(said, 'champions-and-openings')).toContain('share-your-work');
    expect(fits(said, 'champions-and-openings')).not.toContain('share-a-change');
    expect(fits(said, 'organisational-commitment')).toEqual(['make-one-change']);
  });

  it('a group that holds only public meetings is not told what to do "if you only meet residents outside meetings"', () => {
    const said: [string, Answer][] = [
      ['methods-inward', ['public-meeting']],
      ['methods-outward', ['none']],
    ];
    expect(fits(said, 'combine-methods')).toEqual(['try-a-way-outside-meetings', 'add-a-meeting']);
  });

  it('a group that holds no community meetings is not told to send agendas or agree ground rules', () => {
    expect(fits([['meeting-structure', 'no-meetings']], 'meeting-structures')).toEqual(['decide-on-meetings']);
  });
});

describe.each(IDS)('%s: "don\'t know" and its find-out task', (id) => {
  const bank = bankById(id);

  it('"Don\'t know" is offered on at least 90% of scored questions, scales included', () => {
    const scored = placedQuestions(bank).filter(({ question }) => isScored(question));
    const offering = scored.filter(({ question }) => optionsOf(question).some((o) => o.dont_know));
    const scales = scored.filter(({ question }) => kindOf(question).type === 'scale');
    console.log(
      `${id}: "Don't know" offered on ${offering.length} of ${scored.length} scored questions (${Math.round((100 * offering.length) / scored.length)}%), ` +
        `${scales.filter((s) => offering.includes(s)).length} of ${scales.length} scales`,
    );
    expect(offering.length / scored.length).toBeGreaterThanOrEqual(0.9);
    expect(scales.filter((s) => !offering.includes(s)).map(({ question }) => question.id)).toEqual([]);
  });

  it('every question that offers it says who finds out what, and what to do with the answer', () => {
    const who = /\b(?:the|each) (?:chair|secretary|organiser|organiser of the next activity|group|meeting) [a-z]+s\b/i;
    const next = /\bnext (?:meeting|partnership meeting|planning meeting|activity|activities|agenda)|\bnext two activities|meeting's agenda\b/i;
    const weak = placedQuestions(bank)
      .map(({ question }) => question)
      .filter((q) => optionsOf(q).some((o) => o.dont_know))
      .map((q) => ({ id: q.id, findOut: q.find_out ?? '' }))
      .filter(({ findOut }) => !who.test(findOut) || !next.test(findOut));
    expect(weak).toEqual([]);
  });

  it("a find-out task never asks what the group's own words beside it already answer", () => {
    // unmeetable-answer may hold a prepared answer: the task for unmeetable-ready is to agree one, not to ask whether one exists.
    const task = questionsById(bank).get('unmeetable-ready')!.find_out!;
    expect(task).not.toMatch(/answer ready|do you have an answer/i);
    expect(task).toMatch(/agree/);
  });
});

describe.each(IDS)('%s: the plan', (id) => {
  const bank = bankById(id);
  const byId = questionsById(bank);

  it("cites the guide's closing gap analysis and detailed objectives, and sizes Now from 3 to 6 by number or scale answers", () => {
    expect(bank.plan?.source).toEqual({ id: 'strategy', section: 'gap analysis and detailed objectives' });
    const capacity = bank.plan!.capacity!;
    expect(capacity.min).toBe(3);
    expect(capacity.max).toBeLessThanOrEqual(6);
    expect(capacity.min + capacity.add.length).toBeGreaterThanOrEqual(capacity.max);
    for (const rule of capacity.add) {
      const question = byId.get(rule.question)!;
      expect({ rule: rule.because, kind: kindOf(question).type }).toEqual({ rule: rule.because, kind: expect.stringMatching(/^(?:number|scale)$/) });
      // It reads after "because" and after "where": a clause, not a sentence.
      expect(rule.because).toMatch(/^[a-z][^.]*[a-z]$/);
    }
  });

  it('foundations name recommendations of the bank, never themselves, and hold up nothing that holds them up', () => {
    const ids = new Set(bank.recommendations.map((r) => r.id));
    const holdsUp = new Map(bank.recommendations.map((r) => [r.id, r.foundation_for ?? []]));
    const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
      (holdsUp.get(from) ?? []).some((next) => next === to || (!seen.has(next) && seen.add(next) && reaches(next, to, seen)));
    for (const r of bank.recommendations) {
      for (const other of r.foundation_for ?? []) {
        expect({ r: r.id, other, known: ids.has(other), cycle: reaches(other, r.id) }).toEqual({ r: r.id, other, known: true, cycle: false });
      }
    }
  });

  it('weighs each recommendation as docs/banks.md gives the reason for, from what the sources stress', () => {
    expect(bank.recommendations.map((r) => [r.id, r.weight])).toEqual(bank.recommendations.map((r) => [r.id, WEIGHTS[r.id]?.weight]));
    // Within a recommendation every question weighs the same: the sources do not rank the parts of a lesson.
    expect(placedQuestions(bank).filter(({ question }) => question.weight !== 1)).toEqual([]);
    expect(topBand(bank).min).toBe(80);
  });
});

describe.each(IDS)("%s: the bank's own suggestions", (id) => {
  const bank = bankById(id);

  it('are marked: every option, help text and action that goes beyond the sources; docs/banks.md shows each', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'banks.md'), 'utf8');
    // Each as docs/banks.md's table of them names it: "help", "option" or "action", then where.
    const marked = [
      ...placedQuestions(bank).flatMap(({ question }) => [
        ...(question.suggestion ? [`| help | \`${question.id}\` |`] : []),
        ...optionsOf(question)
          .filter((o) => o.suggestion)
          .map((o) => `| option | \`${question.id}\`: \`${o.value}\` |`),
      ]),
      ...bank.recommendations.flatMap((r) => r.actions.flatMap((a) => (typeof a === 'object' && a.suggestion ? [`| action | \`${a.id}\` |`] : []))),
    ];
    console.log(`${id}: the bank's own suggestions (${marked.length}):\n  ${marked.join('\n  ')}`);
    expect(marked.length).toBeGreaterThan(0);
    const start = doc.indexOf(`## ${id}:`);
    const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
    expect(marked.filter((entry) => !section.includes(entry))).toEqual([]);
  });

  it('a question is marked exactly when its help says what is "this bank\'s"', () => {
    const mismatched = placedQuestions(bank)
      .map(({ question }) => ({ id: question.id, marked: question.suggestion === true, says: /\bthis bank\b/i.test(question.help ?? '') }))
      .filter((q) => q.marked !== q.says);
    expect(mismatched).toEqual([]);
  });
});
