// Several respondents, one organisation (issue 17). An oracle written from the rules of
// docs/scoring.md and product spec §4, not from the code: it reads the built-in banks' YAML itself,
// works out which questions each respondent was asked (the `when` conditions), scores every question
// and recommendation, combines the respondents and finds the contested questions, all here. The
// combined JSON report `assess --combine` writes must give the same numbers, for organisations of every
// size from 1 to 12 respondents, on both built-in banks; generated banks and one small bank add the
// recommendations that go unassessed for some respondents or for all (the built-in banks have none).
import { runInProcess } from './helpers/in-process.js';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Bank } from '../src/core/schema.js';
import type { Answer } from '../src/core/visibility.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { arbAnswers, arbBank } from './helpers/generators.js';
import { BIN } from './helpers/cli.js';
import { lintMarkdown, renderHtml, tableShapes } from './helpers/markdown.js';
import { elementsOf } from './helpers/html.js';
import { tempDir as makeTempDir } from './helpers/temp.js';

// ---------------------------------------------------------------------------------------------------
// The oracle. The bank as its YAML says it, with the documented defaults (weights 1, required true)
// applied here, so that nothing ce-plan's loader or scorer works out reaches it.

interface Condition {
  question?: string;
  in?: (string | number)[];
  not_in?: (string | number)[];
  equals?: string | number;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}
interface RawOption {
  value: string;
  label: string;
  score?: number;
  na?: true;
}
interface RawQuestion {
  id: string;
  type: 'single' | 'multi' | 'scale' | 'number' | 'text';
  required?: boolean;
  weight?: number;
  recommendation?: string;
  recommendations?: string[];
  when?: Condition;
  options?: RawOption[];
  scale?: { min: number; max: number; dont_know?: true };
}
interface RawBank {
  id: string;
  bands: { id: string; label: string; min: number }[];
  recommendations: { id: string; weight?: number }[];
  sections: { id: string; title: string; questions: RawQuestion[] }[];
}

const rawBanks = (await builtInBankFiles()).map((file) => parse(readFileSync(file, 'utf8')) as RawBank);
/** The same banks for the generators, which only read the fields the YAML holds. */
const banks = rawBanks as unknown as Bank[];

const EPS = 1e-9;
const questionsOf = (bank: RawBank) => bank.sections.flatMap((s) => s.questions);
const choice = (q: RawQuestion) => q.type === 'single' || q.type === 'multi';
/** Scored: a scale, or a choice whose options carry scores (rule 1). */
const scored = (q: RawQuestion) => q.type === 'scale' || (choice(q) && q.options!.some((o) => o.score !== undefined));
const recommendationsOf = (q: RawQuestion) => q.recommendations ?? (q.recommendation === undefined ? [] : [q.recommendation]);
const chosenValues = (answer: Answer) => (Array.isArray(answer) ? answer : [answer]).map(String);
/** A score within 10⁻⁹ of 0 or 1 is exactly that. */
const snap = (x: number) => (Math.abs(x) <= EPS ? 0 : Math.abs(x - 1) <= EPS ? 1 : x);

/** bank-format.md "Conditions": a test on a hidden or unanswered question is false, `not_in` too. */
function holds(condition: Condition, given: ReadonlyMap<string, Answer>): boolean {
  if (condition.all) return condition.all.every((c) => holds(c, given));
  if (condition.any) return condition.any.some((c) => holds(c, given));
  if (condition.not) return !holds(condition.not, given);
  const answer = given.get(condition.question!);
  if (answer === undefined) return false;
  const chosen = chosenValues(answer);
  const listed = (values: (string | number)[]) => chosen.some((v) => values.map(String).includes(v));
  if (condition.in) return listed(condition.in);
  if (condition.not_in) return !listed(condition.not_in);
  return chosen.length === 1 && chosen[0] === String(condition.equals);
}
const tested = (c: Condition): string[] => [
  ...(c.question === undefined ? [] : [c.question]),
  ...(c.all ?? []).flatMap(tested),
  ...(c.any ?? []).flatMap(tested),
  ...(c.not ? tested(c.not) : []),
];

/** The questions asked, in bank order, and the answers that stand (those to questions asked). */
function askedOf(bank: RawBank, answers: ReadonlyMap<string, Answer>) {
  const shown = new Set<string>();
  const given = new Map<string, Answer>();
  for (const q of questionsOf(bank)) {
    if (q.when !== undefined && !holds(q.when, given)) continue;
    shown.add(q.id);
    const answer = answers.get(q.id);
    if (answer !== undefined) given.set(q.id, answer);
  }
  return { shown, given };
}

/** Rule 2: a question's score from 0 to 1 for an answer, or null for "not applicable" (and unscored). */
function oracleScore(q: RawQuestion, answer: Answer): number | null {
  if (!scored(q)) return null;
  // A scale's "Don't know" (spec §4: "an answer like any other") scores 0.
  if (q.type === 'scale') return answer === 'dont-know' && q.scale!.dont_know ? 0 : snap((Number(answer) - q.scale!.min) / (q.scale!.max - q.scale!.min));
  const chosen = chosenValues(answer);
  const options = q.options!.filter((o) => chosen.includes(o.value));
  if (options.some((o) => o.na)) return null;
  return snap(
    Math.min(
      1,
      options.reduce((sum, o) => sum + o.score!, 0),
    ),
  );
}

const weightedMean = (pairs: { weight: number; score: number }[]) =>
  pairs.length === 0 ? null : pairs.reduce((s, p) => s + p.weight * p.score, 0) / pairs.reduce((s, p) => s + p.weight, 0);
const clamp = (x: number) => Math.min(100, Math.max(0, x));

interface Completeness {
  answered: number;
  shown: number;
  optional: { answered: number; shown: number };
  ratio: number;
}
interface Respondent {
  /** Per recommendation, in bank order: the score (or null), and the questions that counted with theirs. */
  recommendations: { id: string; score: number | null; counted: { id: string; score: number; asked: boolean }[] }[];
  overall: number | null;
  completeness: Completeness;
  /** The questions asked and answered, with their answer and score. */
  answered: Map<string, { answer: Answer; score: number | null }>;
}

/** One respondent scored on their own (rules 1–6, with the follow-up rule). */
function scoreRespondent(bank: RawBank, answers: ReadonlyMap<string, Answer>): Respondent {
  const { shown, given } = askedOf(bank, answers);
  const questions = questionsOf(bank);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const recommendations = bank.recommendations.map((rec) => {
    const counted: { id: string; score: number; asked: boolean; weight: number }[] = [];
    for (const q of questions.filter((q) => scored(q) && recommendationsOf(q).includes(rec.id))) {
      let score: number | null;
      if (shown.has(q.id)) {
        const answer = given.get(q.id);
        score = answer === undefined ? 0 : oracleScore(q, answer);
      } else {
        // Not asked: a follow-up (its `when` tests a scored question) counts 0, unless its gate was
        // answered "not applicable"; any other question not asked does not count.
        const gates = tested(q.when!)
          .map((id) => byId.get(id)!)
          .filter(scored);
        if (gates.length === 0) continue;
        score = gates.some((g) => given.has(g.id) && oracleScore(g, given.get(g.id)!) === null) ? null : 0;
      }
      if (score !== null) counted.push({ id: q.id, score, asked: shown.has(q.id), weight: q.weight ?? 1 });
    }
    const ratio = weightedMean(counted);
    return { id: rec.id, score: ratio === null ? null : clamp(100 * snap(ratio)), counted };
  });
  const completeness = { answered: 0, shown: 0, optional: { answered: 0, shown: 0 }, ratio: 1 };
  for (const q of questions.filter((q) => shown.has(q.id))) {
    const count = (q.required ?? true) ? completeness : completeness.optional;
    count.shown += 1;
    if (given.has(q.id)) count.answered += 1;
  }
  completeness.ratio = completeness.shown === 0 ? 1 : completeness.answered / completeness.shown;
  const answered = new Map([...given].map(([id, answer]) => [id, { answer, score: oracleScore(byId.get(id)!, answer) }]));
  return { recommendations, overall: overallOf(bank, recommendations), completeness, answered };
}

/** Rule 4: the weighted mean of the assessed recommendations' scores, within 10⁻⁹ of 0 or 100% exactly that. */
const overallOf = (bank: RawBank, scores: { score: number | null }[]) => {
  const mean = weightedMean(
    bank.recommendations.flatMap((rec, i) => (scores[i]!.score === null ? [] : [{ weight: rec.weight ?? 1, score: scores[i]!.score! }])),
  );
  return mean === null ? null : clamp(100 * snap(mean / 100));
};

/** "Several respondents": the combined scores, spreads, completeness and contested questions. */
function combine(bank: RawBank, respondents: Respondent[]) {
  const recommendations = bank.recommendations.map((rec, i) => {
    const scores = respondents.map((r) => r.recommendations[i]!.score).filter((s): s is number => s !== null);
    return scores.length === 0
      ? { id: rec.id, score: null, spread: null }
      : { id: rec.id, score: scores.reduce((a, b) => a + b, 0) / scores.length, spread: { min: Math.min(...scores), max: Math.max(...scores) } };
  });
  const sum = (pick: (c: Completeness) => number) => respondents.reduce((s, r) => s + pick(r.completeness), 0);
  const [answered, shown] = [sum((c) => c.answered), sum((c) => c.shown)];
  const completeness = {
    answered,
    shown,
    optional: { answered: sum((c) => c.optional.answered), shown: sum((c) => c.optional.shown) },
    ratio: shown === 0 ? 1 : answered / shown,
  };
  const contested = questionsOf(bank).flatMap((q) => {
    if (!choice(q) && q.type !== 'scale') return [];
    const answers = respondents.flatMap((r, i) => {
      const given = r.answered.get(q.id);
      return given === undefined ? [] : [{ respondent: `Role ${i}`, ...given }];
    });
    if (answers.length < 2) return [];
    let differ: boolean;
    if (scored(q)) {
      const scores = answers.map((a) => a.score).filter((s): s is number => s !== null);
      differ = scores.length > 1 && Math.max(...scores) - Math.min(...scores) >= 0.5 - EPS;
    } else {
      differ = new Set(answers.map((a) => JSON.stringify(chosenValues(a.answer).sort()))).size > 1;
    }
    return differ ? [{ question: q, answers }] : [];
  });
  return { recommendations, overall: overallOf(bank, recommendations), completeness, contested };
}

/** The band with the largest `min` at or below the score; either one for a score on a boundary, give or take 10⁻⁹. */
const bandsFor = (bank: RawBank, score: number) =>
  [Math.max(0, score - EPS), score + EPS].map((s) => bank.bands.filter((b) => b.min <= s).reduce((a, b) => (b.min > a.min ? b : a)).id);

/** The answers a respondent's file holds: all those generated, or (a careful respondent) only those asked. */
const fileAnswers = (bank: RawBank, answers: ReadonlyMap<string, Answer>, careful: boolean) =>
  Object.fromEntries(careful ? askedOf(bank, answers).given : answers);
/** Answers to the questions asked, as the skip logic gives them, for the tests below. */
const asked = (bank: Bank, answers: ReadonlyMap<string, Answer>) => fileAnswers(bank as unknown as RawBank, answers, true);

// ---------------------------------------------------------------------------------------------------

const tempDir = (name: string) => makeTempDir(`combine-${name}`);

/** `main` in this process, its output kept (stdout and stderr together). */
async function run(args: string[]): Promise<{ code: number; out: string }> {
  const { code, stdout, stderr } = await runInProcess(args);
  return { code, out: stdout + stderr };
}

interface ReportJson {
  overall: { score: number | null; band: { id: string } | null };
  completeness: Completeness;
  recommendations: {
    id: string;
    score: number | null;
    band: { id: string } | null;
    counted: number;
    causes: { question: string; asked: boolean; score: number; weight: number }[];
    spread?: { min: number; max: number } | null;
  }[];
  gaps: { id: string }[];
  strengths: { id: string }[];
  respondents?: { role: string | null; completeness: Completeness; overall: number | null; recommendations: { id: string; score: number | null }[] }[];
  contested?: { question: string; recommendation: string | null; answers: { respondent: string; value: string; score: number | null }[] }[];
}

const close = (got: number | null | undefined, want: number | null) => {
  if (want === null) expect(got).toBeNull();
  else expect(got).toBeCloseTo(want, 9);
};

/** The combined report's numbers against the oracle's (for one respondent, the report is that respondent's). */
function checkReport(bank: RawBank, report: ReportJson, respondents: Respondent[]) {
  const want = combine(bank, respondents);
  const topBand = bank.bands.reduce((a, b) => (b.min > a.min ? b : a)).id;
  expect(report.recommendations.map((r) => r.id)).toEqual(bank.recommendations.map((r) => r.id));
  want.recommendations.forEach((rec, i) => {
    const got = report.recommendations[i]!;
    close(got.score, rec.score);
    if (rec.score === null) expect(got.band).toBeNull();
    else expect(bandsFor(bank, rec.score)).toContain(got.band?.id);
    if (respondents.length > 1) expect(got.spread ?? null).toEqual(rec.spread);
    else expect(got.spread).toBeUndefined();
  });
  close(report.overall.score, want.overall);
  if (want.overall === null) expect(report.overall.band).toBeNull();
  else expect(bandsFor(bank, want.overall)).toContain(report.overall.band?.id);
  expect(report.completeness).toEqual({ ...want.completeness, ratio: expect.closeTo(want.completeness.ratio, 12) });
  // Gaps and strengths follow from the combined bands.
  const assessed = report.recommendations.filter((r) => r.score !== null);
  expect(report.gaps.map((g) => g.id).sort()).toEqual(
    assessed
      .filter((r) => r.band?.id !== topBand)
      .map((r) => r.id)
      .sort(),
  );
  expect(report.strengths.map((g) => g.id).sort()).toEqual(
    assessed
      .filter((r) => r.band?.id === topBand)
      .map((r) => r.id)
      .sort(),
  );

  if (respondents.length === 1) {
    // One respondent: the questions that counted, and the causes (those counted below full marks).
    const [alone] = respondents;
    alone!.recommendations.forEach((rec, i) => {
      const got = report.recommendations[i]!;
      expect([rec.id, got.counted]).toEqual([rec.id, rec.counted.length]);
      const below = rec.counted.filter((q) => q.score < 1 - EPS);
      expect(got.causes.map((c) => [c.question, c.asked, c.score]).sort()).toEqual(below.map((q) => [q.id, q.asked, expect.closeTo(q.score, 9)]).sort());
    });
    expect(report.respondents).toBeUndefined();
    expect(report.contested).toBeUndefined();
    return;
  }
  expect(report.respondents).toHaveLength(respondents.length);
  respondents.forEach((r, i) => {
    const got = report.respondents![i]!;
    expect(got.role).toBe(`Role ${i}`);
    expect(got.completeness).toEqual({ ...r.completeness, ratio: expect.closeTo(r.completeness.ratio, 12) });
    close(got.overall, r.overall);
    expect(got.recommendations.map((g) => g.id)).toEqual(r.recommendations.map((g) => g.id));
    r.recommendations.forEach((rec, j) => close(got.recommendations[j]!.score, rec.score));
  });
  expect(report.contested!.map((c) => c.question)).toEqual(want.contested.map((c) => c.question.id));
  want.contested.forEach(({ question, answers }, i) => {
    const got = report.contested![i]!;
    if (scored(question)) expect(got.recommendation).toBe(recommendationsOf(question)[0]);
    expect(got.answers.map((a) => a.respondent)).toEqual(answers.map((a) => a.respondent));
    got.answers.forEach((a, j) => close(a.score, answers[j]!.score));
    if (question.type === 'single')
      expect(got.answers.map((a) => a.value)).toEqual(answers.map((a) => question.options!.find((o) => o.value === a.answer)!.label));
  });
}

// Each run: ORGANISATIONS organisations of n respondents, assessed in one CLI run; RUNS runs for each n.
const ORGANISATIONS = 2;
const RUNS = 2;
const SIZES = Array.from({ length: 12 }, (_, i) => i + 1);
// A failure shrinks for at most 15 s (each step is a CLI run), then is reported with the smallest
// counterexample found so far, well inside Jest's 30 s; a run that passes takes about 1 s.
const PROPERTY = { numRuns: RUNS, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: true };

type Organisation = { answers: Map<string, Answer>; careful: boolean }[];
const respondentOf = (bank: RawBank) => fc.record({ answers: arbAnswers(bank as unknown as Bank), careful: fc.boolean() });
/** An organisation of n respondents; now and then they all give the first one's answers (nothing contested, no spread). */
const organisationOf = (bank: RawBank, n: number) =>
  fc
    .tuple(fc.array(respondentOf(bank), { minLength: n, maxLength: n }), fc.nat({ max: 3 }))
    .map(([people, agree]) => (agree === 0 ? people.map(({ careful }) => ({ answers: people[0]!.answers, careful })) : people));
const organisationsOf = (bank: RawBank, n: number) => fc.array(organisationOf(bank, n), { minLength: ORGANISATIONS, maxLength: ORGANISATIONS });

/**
 * Writes the organisations' answer files (each spelling its name and area its own way: matching ignores
 * case and spacing), assesses them all in one `assess --combine` run, and checks each report.
 */
async function checkOrganisations(bank: RawBank, organisations: Organisation[], bankFile?: string) {
  const dir = tempDir('oracle');
  const n = organisations[0]!.length;
  const spellings = (k: number) => [`Group ${k}`, ` group  ${k}`, `GROUP ${k} `];
  const files = organisations.map((people, k) =>
    people.map(({ answers, careful }, i) => {
      const file = `o${k}-r${String(i).padStart(2, '0')}`;
      const content = {
        bank: bank.id,
        organisation: { name: spellings(k)[i % 3]!, area: i % 2 === 0 ? 'North Shire' : ' north  shire ' },
        respondent: { role: `Role ${i}` },
        answers: fileAnswers(bank, answers, careful),
      };
      writeFileSync(join(dir, `${file}.yaml`), stringify(content));
      return file;
    }),
  );
  const bankArgs = bankFile === undefined ? [] : ['--bank', bankFile];
  const result = await run(['assess', dir, ...bankArgs, '--combine', '--format', 'json', '--out-dir', join(dir, 'all')]);
  expect(result).toEqual({ code: 0, out: expect.any(String) });
  const reportName = (k: number) => (n === 1 ? `${files[k]![0]}.json` : `group-${k}-north-shire.json`);
  expect(readdirSync(join(dir, 'all')).sort()).toEqual(organisations.map((_, k) => reportName(k)).sort());
  organisations.forEach((people, k) => {
    const report = JSON.parse(readFileSync(join(dir, 'all', reportName(k)), 'utf8')) as ReportJson;
    checkReport(
      bank,
      report,
      people.map(({ answers }) => scoreRespondent(bank, answers)),
    );
  });
  if (n === 1) {
    // One file alone gives the same report as without --combine.
    expect((await run(['assess', dir, ...bankArgs, '--format', 'json', '--out-dir', join(dir, 'one')])).code).toBe(0);
    for (const [file] of files) expect(readFileSync(join(dir, 'all', `${file}.json`), 'utf8')).toBe(readFileSync(join(dir, 'one', `${file}.json`), 'utf8'));
  }
}

describe.each(rawBanks.map((bank) => [bank.id, bank] as const))('combining respondents on %s, against the oracle', (_id, bank) => {
  it.each(SIZES)('gives the numbers the rule gives, for organisations of %i respondents', async (n) => {
    await fc.assert(
      fc.asyncProperty(organisationsOf(bank, n), (organisations) => checkOrganisations(bank, organisations)),
      PROPERTY,
    );
  });
});

describe('combining respondents on generated banks, against the oracle', () => {
  // The built-in banks assess every recommendation for every respondent. Generated banks, with their
  // "not applicable" options and few questions, leave some recommendations unassessed for some
  // respondents, or for all of them: the mean is then over those assessed, or there is none.
  it('gives the numbers the rule gives, for organisations of 1 to 12 respondents', async () => {
    for (const n of SIZES) {
      await fc.assert(
        fc.asyncProperty(
          arbBank
            // A bank is refused when a recommendation has no question to score it.
            .filter((bank) => bank.recommendations.every((rec) => questionsOf(bank as unknown as RawBank).some((q) => recommendationsOf(q).includes(rec.id))))
            .chain((bank) => fc.tuple(fc.constant(bank as unknown as RawBank), organisationsOf(bank as unknown as RawBank, n))),
          async ([bank, organisations]) => {
            const file = join(tempDir('bank'), 'random.yaml');
            writeFileSync(file, stringify(bank));
            await checkOrganisations(bank, organisations, file);
          },
        ),
        PROPERTY,
      );
    }
  });

  it('leaves a recommendation unassessed when it is assessed for no respondent, and otherwise averages over those assessed', async () => {
    const question = (id: string, recommendation: string, options: RawOption[]) => ({
      id,
      type: 'single' as const,
      prompt: `Question ${id}?`,
      source: { id: 'src', section: 'A section' },
      recommendation,
      options,
    });
    const recommendation = (id: string, weight: number) => ({
      id,
      title: `Recommendation ${id}`,
      summary: 'Why it matters.',
      source: { id: 'src', section: 'A section' },
      weight,
      actions: ['Do something.'],
    });
    const bank = {
      id: 'not-applicable',
      version: '1.0.0',
      title: 'Not applicable',
      sources: [{ id: 'src', title: 'A source' }],
      bands: [
        { id: 'low', label: 'Low', min: 0 },
        { id: 'high', label: 'High', min: 60 },
      ],
      recommendations: [recommendation('rec-a', 2), recommendation('rec-b', 1)],
      sections: [
        {
          id: 'all',
          title: 'All',
          questions: [
            question('q-a', 'rec-a', [
              { value: 'best', label: 'Best', score: 1 },
              { value: 'worst', label: 'Worst', score: 0 },
            ]),
            question('q-b', 'rec-b', [
              { value: 'best', label: 'Best', score: 1 },
              { value: 'mid', label: 'Middle', score: 0.5 },
              { value: 'na', label: 'Not applicable', na: true },
            ]),
          ],
        },
      ],
    } satisfies RawBank & Record<string, unknown>;

    const file = join(tempDir('na-bank'), 'not-applicable.yaml');
    writeFileSync(file, stringify(bank));
    const people = (...answers: Record<string, string>[]) => answers.map((a) => ({ answers: new Map(Object.entries(a)), careful: true }));
    const organisations = [
      people({ 'q-a': 'best', 'q-b': 'na' }, { 'q-a': 'worst', 'q-b': 'na' }, { 'q-a': 'best', 'q-b': 'na' }),
      people({ 'q-b': 'na' }, { 'q-a': 'best', 'q-b': 'best' }, { 'q-a': 'best', 'q-b': 'mid' }),
    ];
    // The oracle's own numbers, worked by hand: rec-b is assessed for nobody in the first organisation,
    // and for two of three in the second.
    const [first, second] = organisations.map((o) =>
      combine(
        bank,
        o.map(({ answers }) => scoreRespondent(bank, answers)),
      ),
    );
    expect(first!.recommendations.map((r) => r.score)).toEqual([expect.closeTo(200 / 3, 9), null]);
    expect(first!.overall).toBeCloseTo(200 / 3, 9);
    expect(second!.recommendations.map((r) => r.score)).toEqual([expect.closeTo(200 / 3, 9), 75]);
    expect(second!.overall).toBeCloseTo((2 * (200 / 3) + 75) / 3, 9);
    await checkOrganisations(bank, organisations, file);
  });
});

// ---------------------------------------------------------------------------------------------------
// An agreed shared view (issue 25), from docs/scoring.md's "Agreeing a shared view": each agreed answer
// replaces the answer in the file of every respondent the agreement speaks for (their file listed and
// unchanged since), as if they had written it there; then each is scored on their own and combined as
// above. A respondent whose file changed, or that the agreement does not list, keeps their own answers.

type Standing = 'covered' | 'changed' | 'not-listed';
interface AgreedOrganisation {
  people: { answers: Map<string, Answer>; careful: boolean; standing: Standing }[];
  agreed: Map<string, Answer>;
}

interface AgreedJson {
  question: string;
  answer: Answer;
  reason: string;
  replaces: { respondent: string; value: string | null; asked: boolean; score: number | null }[];
  notAsked: string[];
}

const agreedOrganisationOf = (bank: RawBank, n: number) =>
  fc
    .record({
      people: fc.array(
        fc.record({
          answers: arbAnswers(bank as unknown as Bank),
          careful: fc.boolean(),
          standing: fc.constantFrom<Standing>('covered', 'covered', 'covered', 'changed', 'not-listed'),
        }),
        { minLength: n, maxLength: n },
      ),
      agreed: arbAnswers(bank as unknown as Bank),
    })
    // An agreement lists at least one answer file (the schema's rule).
    .map(({ people, agreed }) => ({
      people: people.map((p, i) => (i === 0 && people.every((q) => q.standing === 'not-listed') ? { ...p, standing: 'covered' as const } : p)),
      agreed,
    }));

/** The oracle: each respondent's file answers, with the agreed ones in place where the agreement speaks for them, scored on their own. */
function agreedRespondents(bank: RawBank, { people, agreed }: AgreedOrganisation) {
  return people.map(({ answers, careful, standing }) => {
    const own = new Map(Object.entries(fileAnswers(bank, answers, careful)));
    const replaced = standing === 'covered' ? new Map([...own, ...agreed]) : own;
    return { own: askedOf(bank, own), after: askedOf(bank, replaced), scored: scoreRespondent(bank, replaced), covered: standing === 'covered' };
  });
}

async function checkAgreedOrganisations(bank: RawBank, organisations: AgreedOrganisation[]) {
  const dir = tempDir('agreed-oracle');
  organisations.forEach((organisation, k) => {
    const listed: { file: string; sha256: string }[] = [];
    const changed: string[] = [];
    organisation.people.forEach(({ answers, careful, standing }, i) => {
      const file = `o${k}-r${String(i).padStart(2, '0')}.yaml`;
      const content = {
        bank: bank.id,
        organisation: { name: `Group ${k}`, area: 'North Shire' },
        respondent: { role: `Role ${i}` },
        answers: fileAnswers(bank, answers, careful),
      };
      writeFileSync(join(dir, file), stringify(content));
      if (standing !== 'not-listed')
        listed.push({
          file,
          sha256: createHash('sha256')
            .update(readFileSync(join(dir, file)))
            .digest('hex'),
        });
      if (standing === 'changed') changed.push(file);
    });
    const agreed = Object.fromEntries([...organisation.agreed].map(([id, answer]) => [id, { answer, reason: `Agreed on ${id}.` }]));
    const agreement = { bank: bank.id, bank_version: (bank as unknown as Bank).version, organisation: { name: `GROUP ${k}`, area: 'north shire' } };
    // Found among the inputs (the folder), whatever its name.
    writeFileSync(join(dir, `meeting-${k}.yaml`), stringify({ ...agreement, date: '2026-12-01', respondents: listed, present: ['Role 0'], agreed }));
    // Changed after the meeting: a comment changes the bytes, not the answers.
    for (const file of changed) writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}# changed after the meeting\n`);
  });
  const result = await run(['assess', dir, '--combine', '--format', 'json', '--out-dir', join(dir, 'all')]);
  expect(result).toEqual({ code: 0, out: expect.any(String) });
  organisations.forEach((organisation, k) => {
    const report = JSON.parse(readFileSync(join(dir, 'all', `group-${k}-north-shire.json`), 'utf8')) as ReportJson & { agreed?: AgreedJson[] };
    const people = agreedRespondents(bank, organisation);
    // The scores, spreads and contested questions, of the answers as they stand after the agreement.
    checkReport(
      bank,
      report,
      people.map((p) => p.scored),
    );
    // Each agreed question someone it speaks for is asked, with whose answers it replaced (rule 7: those
    // still not asked it are named apart); none when it speaks for nobody.
    const want = questionsOf(bank).flatMap((q) => {
      if (!organisation.agreed.has(q.id)) return [];
      const replaces = people.flatMap((p, i) => {
        if (!p.covered || !p.after.shown.has(q.id)) return [];
        const before = p.own.given.get(q.id);
        return [{ respondent: `Role ${i}`, asked: p.own.shown.has(q.id), score: before === undefined ? null : oracleScore(q, before) }];
      });
      const notAsked = people.flatMap((p, i) => (p.covered && !p.after.shown.has(q.id) ? [`Role ${i}`] : []));
      return replaces.length === 0 ? [] : [{ question: q.id, replaces, notAsked }];
    });
    if (want.length === 0) {
      expect(report.agreed).toBeUndefined();
      return;
    }
    expect(report.agreed!.map((a) => a.question)).toEqual(want.map((w) => w.question));
    report.agreed!.forEach((got, j) => {
      const sorted = (a: Answer) => (Array.isArray(a) ? [...a].map(String).sort() : String(a));
      expect(sorted(got.answer)).toEqual(sorted(organisation.agreed.get(got.question)!));
      expect(got.reason).toBe(`Agreed on ${got.question}.`);
      expect(got.notAsked).toEqual(want[j]!.notAsked);
      expect(got.replaces.map((r) => [r.respondent, r.asked])).toEqual(want[j]!.replaces.map((r) => [r.respondent, r.asked]));
      got.replaces.forEach((r, i) => close(r.score, want[j]!.replaces[i]!.score));
    });
  });
}

describe.each(rawBanks.map((bank) => [bank.id, bank] as const))('an agreed shared view on %s, against the oracle', (_id, bank) => {
  it.each(SIZES.filter((n) => n > 1))('gives the numbers the rule gives, for partnerships of %i respondents with an agreement', async (n) => {
    await fc.assert(
      fc.asyncProperty(fc.array(agreedOrganisationOf(bank, n), { minLength: ORGANISATIONS, maxLength: ORGANISATIONS }), (organisations) =>
        checkAgreedOrganisations(bank, organisations),
      ),
      PROPERTY,
    );
  });
});

const EXAMPLE = 'test/fixtures/banks/example.yaml';
const FOUR = 'test/fixtures/combine';
const NAMES = ['Alex Morgan', 'Sam Patel', 'Jo Okafor', 'Chris Lee'];

describe('assess --combine', () => {
  it('gives four respondents who contest three questions one report: the golden Markdown, HTML and JSON', async () => {
    const out = tempDir('golden');
    const result = await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--format', 'md,json,html', '--out-dir', out]);
    expect(result.code).toBe(0);
    // Names and areas match ignoring case and spacing, so the four files are one organisation.
    expect(readdirSync(out).sort()).toEqual(['html', 'json', 'md'].map((format) => `northfield-community-safety-group.${format}`));
    const md = readFileSync(join(out, 'northfield-community-safety-group.md'), 'utf8');
    const json = readFileSync(join(out, 'northfield-community-safety-group.json'), 'utf8');
    const html = readFileSync(join(out, 'northfield-community-safety-group.html'), 'utf8');
    if (process.env['UPDATE_GOLDEN'] === '1') {
      writeFileSync('test/golden/combined.md', md);
      writeFileSync('test/golden/combined.json', json);
      writeFileSync('test/golden/combined.html', html);
    }
    expect(md).toBe(readFileSync('test/golden/combined.md', 'utf8'));
    expect(json).toBe(readFileSync('test/golden/combined.json', 'utf8'));
    expect(html).toBe(readFileSync('test/golden/combined.html', 'utf8'));
    const errors: string[] = [];
    elementsOf(html, { errors });
    expect(errors).toEqual([]);
    expect(JSON.parse(json).contested.map((c: { question: string }) => c.question)).toEqual(['definition-written', 'methods-used', 'methods-fit']);
    expect(await lintMarkdown(md)).toEqual([]);
    for (const { header, rows } of tableShapes(renderHtml(md))) for (const cells of rows) expect(cells).toBe(header);
  });

  it('keeps organisations apart when their names or areas differ', async () => {
    const dir = tempDir('apart');
    for (const [file, area] of <[string, string][]>[
      ['a.yaml', 'Northfield'],
      ['b.yaml', 'Southfield'],
      ['c.yaml', ' northfield'],
    ]) {
      writeFileSync(join(dir, file), stringify({ bank: 'example', organisation: { name: 'Group', area }, answers: { 'definition-written': 'yes' } }));
    }
    const result = await runInProcess(['assess', dir, '--bank', EXAMPLE, '--combine', '--out-dir', join(dir, 'out')]);
    expect(result.code).toBe(0);
    // Southfield alone keeps its file's name, as without --combine.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['b.md', 'group-northfield.md']);
  });

  it('with --anonymise, names no respondent anywhere, nor a role only one of them holds, and says what it left out before writing', async () => {
    const out = tempDir('anonymous');
    const result = await runInProcess([
      'assess',
      FOUR,
      '--bank',
      EXAMPLE,
      '--combine',
      '--anonymise',
      '--format',
      'md,json,html',
      '--summary',
      join(out, 'summary.md'),
      '--out-dir',
      out,
    ]);
    expect(result.code).toBe(0);
    const roles = ['Resident chair', 'Housing manager', 'Council community safety officer', 'Neighbourhood police sergeant'];
    const files = readdirSync(FOUR).map((f) => f.replace(/\.yaml$/, ''));
    for (const file of readdirSync(out)) {
      const text = readFileSync(join(out, file), 'utf8');
      for (const name of [...NAMES, ...roles]) expect([file, name, text.includes(name)]).toEqual([file, name, false]);
      for (const stem of files) expect(text).not.toMatch(new RegExp(`\\b${stem}\\.yaml`));
      if (file !== 'summary.md') expect(text).toContain('Respondent 2');
    }
    expect(result.stdout).not.toMatch(new RegExp(NAMES.join('|')));
    // Each role left out is said, before the report is written.
    const warned = result.stderr.split('\n').filter((line) => line.includes('is held by one respondent only'));
    expect(warned).toHaveLength(4);
    const json = JSON.parse(readFileSync(join(out, 'northfield-community-safety-group.json'), 'utf8'));
    expect(json.respondents.map((r: { name: string; role: string | null }) => [r.name, r.role])).toEqual([1, 2, 3, 4].map((n) => [`Respondent ${n}`, null]));
  });

  it("with --anonymise, keeps a role two respondents hold, and takes a respondent's name out of the free text", async () => {
    const dir = tempDir('anonymous-words');
    for (const file of readdirSync(FOUR)) {
      let text = readFileSync(join(FOUR, file), 'utf8');
      if (file === 'housing.yaml') text = text.replace('role: Housing manager', 'role: Resident chair');
      if (file === 'officer.yaml') text = text.replace(/little-scope: .*/, 'little-scope: "Chris Lee and Sam Patel say the police budget is fixed."');
      writeFileSync(join(dir, file), text);
    }
    const out = join(dir, 'out');
    const result = await runInProcess(['assess', dir, '--bank', EXAMPLE, '--combine', '--anonymise', '--format', 'md,json', '--out-dir', out]);
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, 'northfield-community-safety-group.md'), 'utf8');
    expect(md).toContain('Respondent 1 (Resident chair)');
    expect(md).toContain('Respondent 2 (Resident chair)');
    expect(md).toContain('\\[a respondent\\] and \\[a respondent\\] say the police budget is fixed.');
    for (const name of NAMES) expect(md).not.toContain(name);
    expect(result.stderr).toContain("held a respondent's name, so the report gives it as [a respondent]");
  });

  it("with --anonymise, names a lone respondent's report after the organisation, not after the file", async () => {
    const dir = tempDir('anonymous-lone');
    writeFileSync(join(dir, 'zara-qzvsecret.yaml'), readFileSync(join(FOUR, 'chair.yaml'), 'utf8'));
    const out = join(dir, 'out');
    const result = await runInProcess(['assess', dir, '--bank', EXAMPLE, '--combine', '--anonymise', '--summary', join(out, 'summary.json'), '--out-dir', out]);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['northfield-community-safety-group.md', 'summary.json']);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).not.toContain('qzvsecret');
    expect(result.stdout + result.stderr).not.toContain('qzvsecret');
  });

  it('gives a combined organisation one row of the cohort summary, with its number of respondents', async () => {
    const out = tempDir('cohort');
    const result = await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--summary', join(out, 'summary.json'), '--out-dir', out]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.rows.map((r: { organisation: string; respondents: number }) => [r.organisation, r.respondents])).toEqual([
      ['Northfield Community Safety Group', 4],
    ]);
    const md = await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--summary', join(out, 'summary.md'), '--out-dir', out, '--force']);
    expect(md.code).toBe(0);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('Northfield Community Safety Group (Northfield), 4 respondents');
  });

  it('with --skip-existing, keeps a combined report that is there and writes the rest', async () => {
    const out = tempDir('skip');
    expect((await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--format', 'md', '--out-dir', out])).code).toBe(0);
    const md = join(out, 'northfield-community-safety-group.md');
    writeFileSync(md, 'kept\n');
    const again = await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--format', 'md,json', '--skip-existing', '--out-dir', out]);
    expect(again.code).toBe(0);
    expect(readFileSync(md, 'utf8')).toBe('kept\n');
    expect(again.stdout).toBe(`wrote ${join(out, 'northfield-community-safety-group.json')}\n`);
  });

  it('never writes a combined report over an input, with --force or without', async () => {
    // The bank, saved under the name the organisation's report takes, in the out dir.
    const folder = join(tempDir('over-input'), 'out');
    mkdirSync(folder);
    const bank = join(folder, 'northfield-community-safety-group.md');
    writeFileSync(bank, readFileSync(EXAMPLE, 'utf8'));
    const run = await runInProcess(['assess', FOUR, '--bank', bank, '--combine', '--out-dir', folder, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the report ${bank} would overwrite the bank ${bank}`);
    expect(readFileSync(bank, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  it('refuses an organisation whose respondents answered different bank versions, naming the files, and goes on with the others', async () => {
    const dir = tempDir('versions');
    for (const file of readdirSync(FOUR)) writeFileSync(join(dir, file), readFileSync(join(FOUR, file), 'utf8'));
    writeFileSync(join(dir, 'chair.yaml'), readFileSync(join(FOUR, 'chair.yaml'), 'utf8').replace('bank_version: 1.0.0', 'bank_version: 1.1.0'));
    writeFileSync(join(dir, 'other.yaml'), stringify({ bank: 'example', organisation: { name: 'Other' }, answers: {} }));
    const result = await runInProcess(['assess', dir, '--bank', EXAMPLE, '--combine', '--out-dir', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/different banks or bank versions.*chair\.yaml \(example 1\.1\.0\).*housing\.yaml \(example 1\.0\.0\)/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['other.md']);
  });

  it('combines a file that states the bank version with one that leaves it out (it is optional), in assess and compare', async () => {
    const dir = tempDir('optional-version');
    for (const file of readdirSync(FOUR)) writeFileSync(join(dir, file), readFileSync(join(FOUR, file), 'utf8'));
    writeFileSync(join(dir, 'chair.yaml'), readFileSync(join(FOUR, 'chair.yaml'), 'utf8').replace('bank_version: 1.0.0\n', ''));
    const result = await runInProcess(['assess', dir, '--bank', EXAMPLE, '--combine', '--format', 'json', '--out-dir', join(dir, 'out')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toEqual(['northfield-community-safety-group.json']);
    const compared = await runInProcess(['compare', '--combine', FOUR, join(dir, '*.yaml'), '--bank', EXAMPLE, '--format', 'json']);
    expect(compared.stderr).toBe('');
    expect(compared.code).toBe(0);
  });

  it('matches organisation names in any Unicode normal form: "Café" composed and decomposed is one organisation', async () => {
    const dir = tempDir('nfc');
    const composed = 'Caf\u00e9 Partnership';
    const decomposed = 'Cafe\u0301 Partnership';
    expect(composed).not.toBe(decomposed);
    for (const [file, name] of [
      ['a.yaml', composed],
      ['b.yaml', decomposed.toUpperCase()],
    ]) {
      writeFileSync(join(dir, file!), stringify({ bank: 'example', organisation: { name, area: 'Northfield' }, answers: { 'definition-written': 'yes' } }));
    }
    const result = await runInProcess(['assess', dir, '--bank', EXAMPLE, '--combine', '--format', 'json', '--out-dir', join(dir, 'out')]);
    expect(result.code).toBe(0);
    const written = readdirSync(join(dir, 'out'));
    expect(written).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'out', written[0]!), 'utf8')).respondents).toHaveLength(2);
  });

  it('killed outright (kill -9) with --anonymise, leaves no answer or name readable, and the next run removes what it left, saying so', async () => {
    const dir = tempDir('killed');
    const out = join(dir, 'out');
    // A template that never finishes: the run stops at its first combined report, with every file staged.
    const template = join(dir, 'endless.eta');
    writeFileSync(template, '<% for (;;) {} %>');
    const child = spawn(process.execPath, [BIN, 'assess', FOUR, '--bank', EXAMPLE, '--combine', '--anonymise', '--template', template, '--out-dir', out], {
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let running = true;
    void exited.then(() => (running = false));
    const stagedFiles = () => {
      const found: string[] = [];
      const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          const path = join(folder, entry.name);
          if (entry.isDirectory()) walk(path);
          else found.push(path);
        }
      };
      if (existsSync(out)) for (const name of readdirSync(out)) if (name.endsWith('.staging')) walk(join(out, name));
      return found;
    };
    // The four respondents' staged files, not a temp file on its way to a name (it is counted once placed).
    const placed = () => stagedFiles().filter((file) => !file.endsWith('.tmp'));
    // Waits for the staging, never for a time: a run that ended first fails the test.
    while (running && placed().length < 4) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(placed().length).toBeGreaterThanOrEqual(4);
    const left = stagedFiles();
    const secrets = [...NAMES, 'Residents are told what can change', 'Resident chair', 'Northfield'];
    for (const file of left) {
      const bytes = readFileSync(file);
      for (const secret of secrets) expect({ file, holds: bytes.includes(secret) }).toEqual({ file, holds: false });
    }
    const [staging, ...more] = readdirSync(out).filter((name) => name.endsWith('.staging'));
    expect(more).toEqual([]);
    const next = await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--anonymise', '--out-dir', out]);
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(`removed ${join(out, staging!)}, the staging folder of an assess run that was killed (process ${child.pid})`);
    expect(readdirSync(out)).toEqual(['northfield-community-safety-group.md']);
  });

  it('refuses the same answer file given twice, and --anonymise without --combine', async () => {
    const twice = await runInProcess(['assess', FOUR, `./${FOUR}/chair.yaml`, '--bank', EXAMPLE, '--combine', '--out-dir', tempDir('twice')]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/chair\.yaml and .*chair\.yaml are the same answer file/);
    expect((await runInProcess(['assess', FOUR, '--anonymise', '--out-dir', tempDir('alone')])).code).toBe(2);
  });

  it('gives 50 organisations of 6 respondents the same reports on worker threads as in one thread', async () => {
    const dir = tempDir('fifty');
    const bank = banks.find((b) => b.id === 'quick-check')!;
    const sets = fc.sample(arbAnswers(bank), { numRuns: 300, seed: 17 });
    sets.forEach((answers, i) => {
      const organisation = { name: `Group ${Math.floor(i / 6)}`, area: 'County' };
      writeFileSync(
        join(dir, `f${String(i).padStart(3, '0')}.yaml`),
        stringify({ bank: bank.id, organisation, respondent: { role: `Role ${i % 6}` }, answers: asked(bank, answers) }),
      );
    });
    const all = await runInProcess(['assess', dir, '--combine', '--format', 'md,json', '--out-dir', join(dir, 'workers')]);
    expect(all.code).toBe(0);
    // The same files ten organisations at a time: 60 files, below the worker threshold, so in one thread.
    for (let start = 0; start < 300; start += 60) {
      const chunk = Array.from({ length: 60 }, (_, i) => join(dir, `f${String(start + i).padStart(3, '0')}.yaml`));
      expect((await runInProcess(['assess', ...chunk, '--combine', '--format', 'md,json', '--out-dir', join(dir, 'one')])).code).toBe(0);
    }
    const names = readdirSync(join(dir, 'workers')).sort();
    expect(names.length).toBe(100);
    expect(readdirSync(join(dir, 'one')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(dir, 'workers', name), 'utf8')).toBe(readFileSync(join(dir, 'one', name), 'utf8'));
  });

  it('compares two sets of respondents as two combined assessments (compare --combine)', async () => {
    const dir = tempDir('compare');
    for (const side of ['before', 'after']) {
      mkdirSync(join(dir, side));
      for (const file of readdirSync(FOUR)) {
        const text = readFileSync(join(FOUR, file), 'utf8');
        writeFileSync(join(dir, side, file), side === 'before' ? text : text.replace('methods-fit: "no"', 'methods-fit: "yes"'));
      }
    }
    const result = await runInProcess(['compare', '--combine', join(dir, 'before'), join(dir, 'after'), '--bank', EXAMPLE, '--format', 'json']);
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout);
    const combinedBefore = JSON.parse(readFileSync('test/golden/combined.json', 'utf8'));
    expect(comparison.overall.before.score).toBeCloseTo(combinedBefore.overall.score, 9);
    expect(comparison.gapsClosed.map((g: { id: string }) => g.id)).toEqual(['methods']);
    expect(comparison.answersChanged).toEqual([
      expect.objectContaining({
        question: 'methods-fit',
        before: expect.stringContaining('No (Resident chair)'),
        after: expect.stringContaining('Yes (Resident chair'),
      }),
    ]);
    const mixed = await runInProcess(['compare', '--combine', FOUR, 'test/fixtures/answers', '--bank', EXAMPLE]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/more than one organisation/);
  });
});
