// Generated groups for the report's page budget (issue 21): complete answer files to a bank, answered as
// a group would, following the skip logic, with a seeded random choice so every run prints the same
// reports. A middling group ends in a middle band (neither the lowest nor the top), a weak one in the
// lowest; "some don't-knows" means each question that offers "Don't know" gets it one time in ten.
import type { AnswerFile, Bank, Question } from '../../src/core/schema.js';
import { kindOf } from '../../src/core/kinds/index.js';
import { optionsOf } from '../../src/core/bank.js';
import { scoreAssessment } from '../../src/core/scoring.js';
import { shownQuestions, type Answer } from '../../src/core/visibility.js';

export type GroupKind = 'middling' | 'weak';

/** A small seeded generator (mulberry32): the same seed gives the same group. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'we meet residents at the community centre and talk through what the police and council can and cannot change this year with the ward panel and the housing team'.split(
    ' ',
  );

/** One answer as a group would give it: `lean` pulls a weak group towards the worse answers. */
function answerOf(question: Question, next: () => number, lean: number): Answer | undefined {
  const options = optionsOf(question);
  const dontKnow = options.find((o) => o.dont_know);
  if (dontKnow !== undefined && next() < 0.1) return kindOf(question).multipleChoice ? [dontKnow.value] : dontKnow.value;
  const tries = kindOf(question)
    .answersToTry(question)
    .filter((a) => {
      const chosen = Array.isArray(a) ? a : [a];
      return !chosen.some((v) => options.some((o) => o.value === String(v) && (o.dont_know || o.na)));
    });
  if (tries.length > 0) {
    const scored = tries.map((answer) => ({ answer, score: kindOf(question).score(question, answer) ?? 0.5 }));
    scored.sort((a, b) => a.score - b.score);
    const pick = Math.min(scored.length - 1, Math.floor(Math.pow(next(), 1 + lean) * scored.length));
    return scored[pick]!.answer;
  }
  if (kindOf(question).conditionValues(question).kind === 'numbers') return Math.round(next() * 60);
  if (!question.required && next() < 0.5) return undefined;
  const length = 12 + Math.floor(next() * 25);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
  return `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
}

/** A group's organisation and complete answers, of the kind asked for: the first the seeds from `seed` on give. */
export function generatedGroup(bank: Bank, kind: GroupKind, seed: number): { organisation: AnswerFile['organisation']; answers: Map<string, Answer> } {
  const lowest = bank.bands[0]!;
  const top = bank.bands.reduce((a, b) => (b.min > a.min ? b : a));
  for (let s = seed; ; s += 1000) {
    const next = random(s);
    const answers = new Map<string, Answer>();
    for (;;) {
      const question = shownQuestions(bank, answers).find(({ question: q }) => !answers.has(q.id))?.question;
      if (question === undefined) break;
      const answer = answerOf(question, next, kind === 'weak' ? 2.5 : 0);
      if (answer === undefined) answers.set(question.id, '');
      else answers.set(question.id, answer);
    }
    for (const [id, answer] of answers) if (answer === '') answers.delete(id);
    const band = scoreAssessment(bank, answers).overall.band;
    if (kind === 'weak' ? band === lowest : band !== lowest && band !== top) {
      return { organisation: { name: `${kind === 'weak' ? 'Weak' : 'Middling'} group ${seed}`, area: 'Anytown', date: '2026-11-20' }, answers };
    }
  }
}
