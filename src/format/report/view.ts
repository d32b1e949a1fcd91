// The report's facts worded for a template: numbers rounded, bands named, bars, sentences and citations
// made, text left raw for the template to escape. This is the `it` of every report template (the
// Markdown and HTML ones, and `--template`); docs/report-template.md lists its fields.
import type { Band, Bank, Recommendation, Source } from '../../core/schema.js';
import type { AnsweredQuestion, Objective, ReportFacts } from '../../core/report-facts.js';
import type { RecommendationScore } from '../../core/scoring.js';
import { recommendationIds } from '../../core/bank.js';
import { kindOf } from '../../core/kinds/index.js';
import { bar } from '../bar.js';
import { headingText } from '../headings.js';

interface ScoreView {
  id: string;
  title: string;
  /** "63", or "—" when not assessed. */
  score: string;
  /** The rounded score, 0–100, or null when not assessed: for charts. */
  value: number | null;
  bar: string;
  band: string;
  bandId: string | null;
  /** Below the top band. */
  gap: boolean;
  /** With several respondents: the lowest and highest of their scores, "40–80"; otherwise null. */
  range: string | null;
}

interface GapView {
  rank: number;
  title: string;
  score: string;
  band: string;
  bandId: string;
  /** Why it matters: the recommendation's summary. */
  why: string;
  /** The answers that pulled it down, costliest first. */
  causes: { prompt: string; answer: string; score: string }[];
  /** A short reference: "DPR 48, “The definition of community engagement”". */
  source: string;
}

interface ObjectiveView {
  kind: Objective['kind'];
  text: string;
  /** The prompts of the questions that fell short. */
  because: string[];
  /** The group's own words that bear on it. */
  ownWords: { prompt: string; answer: string; by: string | null }[];
}

interface PlanView {
  rank: number;
  title: string;
  score: string;
  band: string;
  bandId: string;
  timescale: string | null;
  actions: ObjectiveView[];
  findOut: ObjectiveView[];
  /** With several respondents: tasks to agree a shared view where they disagree. */
  agree: ObjectiveView[];
}

interface QuotedAnswer {
  prompt: string;
  /** The answer split into paragraphs, so a block quote can keep them apart. */
  paragraphs: string[];
  /** The group's own words (a text answer), quoted; otherwise a chosen option, shown as it is. */
  quote: boolean;
  /** Who answered, when several respondents did. */
  by: string | null;
}

export interface ReportView {
  /** The report's title: "Readiness report: <organisation>". */
  heading: string;
  bank: { id: string; version: string; title: string };
  organisation: { name: string; area: string | null; completedBy: string | null };
  respondent: { name: string | null; role: string | null } | null;
  date: string | null;
  completeness: { answered: number; shown: number; percent: string; optionalAnswered: number; optionalShown: number; text: string };
  overall: { score: string | null; band: string | null; bandId: string | null; meaning: string | null };
  summary: {
    /** "Emerging, with 48 out of 100", or null when nothing was assessed. */
    standing: string | null;
    priorities: { rank: number; title: string; score: string; band: string; firstStep: string | null }[];
    goingWell: { title: string; score: string; band: string; strength: boolean }[];
    /** "23 of 41 scored answers are at full marks." */
    fullMarks: string | null;
    dontKnow: number;
    /** "3 answers were “Don't know”: the action plan asks you to find each one out." */
    dontKnowText: string | null;
    /** What the group says it does, in its own words. */
    practice: { prompt: string; answer: string; by: string | null }[];
    /** With several respondents: how many, and the recommendations whose scores lie 50 points or more apart. */
    respondents: number;
    split: { title: string; range: string }[];
  };
  topBand: string;
  /** "10 of the 14 recommendations assessed are below Ready, the top band: these are the gaps; 4 reach it." */
  gapsText: string;
  /** How the gaps are ordered, in one sentence. */
  orderText: string;
  /** Every recommendation, in the bank's order. */
  scores: ScoreView[];
  /** The same, highest score first: for a chart. */
  chart: ScoreView[];
  strengths: { title: string; score: string; band: string }[];
  gaps: GapView[];
  plan: PlanView[];
  /** Find-out and agree tasks outside the gaps the plan covers. */
  elsewhere: (ObjectiveView & { recommendation: string | null })[];
  /** Several respondents (`assess --combine`); empty for one. */
  respondents: { label: string; name: string | null; role: string | null; completeness: string; overall: string }[];
  /** Questions the respondents answered differently enough to matter, with who said what. */
  contested: { prompt: string; recommendation: string | null; answers: { respondent: string; answer: string }[] }[];
  /** What the answers say about expectations and the scope to change, but for those quoted in the action plan. */
  expectations: QuotedAnswer[];
  /** Each answer is quoted once: a sentence naming those quoted beside a task in the action plan instead, or null. */
  quotedInPlan: string | null;
  context: { prompt: string; answer: string; by: string | null }[];
  appendix: { number: number; title: string; questions: { prompt: string; answer: string }[] }[];
  /** `short` is the source's short name, where it has one apart from its title. */
  references: { short: string | null; citation: string; url: string | null }[];
}

const BAR_WIDTH = 10;
const whole = (n: number): number => Math.round(n);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Words a piece of the bank once per object: a bank never changes once loaded, and a batch words the same titles for every file. */
function wordedOnce<K extends object>(word: (key: K) => string): (key: K) => string {
  const worded = new WeakMap<K, string>();
  return (key) => {
    let text = worded.get(key);
    if (text === undefined) worded.set(key, (text = word(key)));
    return text;
  };
}

/** A source's short name: its `short`, else its title. */
const shortName = (source: Source | undefined, id: string) => source?.short ?? source?.title ?? id;

// A citation names its source by id, so it is worded once per bank as well as per reference.
const citationsByBank = new WeakMap<Bank, (ref: Recommendation['source']) => string>();

/** A short reference: the source's short name and the section. */
function shortReference(bank: Bank, ref: Recommendation['source']): string {
  let cite = citationsByBank.get(bank);
  if (cite === undefined) {
    cite = wordedOnce(
      (citation: Recommendation['source']) =>
        `${shortName(
          bank.sources.find((s) => s.id === citation.id),
          citation.id,
        )}, “${citation.section}”`,
    );
    citationsByBank.set(bank, cite);
  }
  return cite(ref);
}

/** The full citation: author and year, title, publisher. */
const fullCitation = wordedOnce((source: Source) => {
  const by = source.author === undefined ? '' : `${source.author}${source.year === undefined ? '' : ` (${source.year})`}. `;
  return `${by}${source.title}${source.publisher === undefined ? '' : `. ${source.publisher}`}.`;
});

/** A section's or recommendation's title as a heading. */
const headingOf = wordedOnce((item: { title: string }) => headingText(item.title));

function paragraphs(text: string): string[] {
  const kept: string[] = [];
  for (const part of text.split(/\r\n?\s*\r\n?|\n\s*\n/)) {
    const paragraph = part.trim();
    if (paragraph !== '') kept.push(paragraph);
  }
  return kept;
}

/** How many gaps and strengths there are, in a sentence. */
function gapsText(gaps: number, strengths: number, top: string): string {
  const assessed = gaps + strengths;
  if (assessed === 0) return 'No recommendation could be assessed.';
  if (gaps === 0) return `None of the ${plural(assessed, 'recommendation')} assessed is below ${top}, the top band: there are no gaps.`;
  const reach = strengths === 0 ? 'None reaches' : strengths === 1 ? '1 reaches' : `${strengths} reach`;
  return `${gaps} of the ${plural(assessed, 'recommendation')} assessed ${gaps === 1 ? 'is' : 'are'} below ${top}, the top band: ${gaps === 1 ? 'this is a gap' : 'these are the gaps'}. ${reach} it.`;
}

const bandLabel = (band: Band | null) => band?.label ?? 'not assessed';

/** A bank's URL when it is a plain web address that can be shown as a link; anything else is left out. */
const linkable = (url: string | undefined): string | null => (url !== undefined && /^https?:\/\/[^\s<>"'`\\]+$/.test(url) ? url : null);

/** Scores this far apart among respondents are named in the summary. */
const WIDE_SPREAD = 50;

function scoreView(r: RecommendationScore, top: Band, spread: { min: number; max: number } | null | undefined): ScoreView {
  return {
    id: r.recommendation.id,
    title: r.recommendation.title,
    score: r.score === null ? '—' : String(whole(r.score)),
    value: r.score === null ? null : whole(r.score),
    bar: r.score === null ? '' : bar(r.score / 100, BAR_WIDTH),
    band: bandLabel(r.band),
    bandId: r.band?.id ?? null,
    gap: r.band !== null && r.band !== top,
    range: spread ? `${whole(spread.min)}–${whole(spread.max)}` : null,
  };
}

function objectiveView(objective: Objective, prompts: ReadonlyMap<string, string>): ObjectiveView {
  return {
    kind: objective.kind,
    text: objective.text,
    because: objective.because.map((id) => prompts.get(id) ?? id),
    ownWords: objective.ownWords.map(({ question, answer, by }) => ({ prompt: question.prompt, answer: answer!, by: by ?? null })),
  };
}

export function reportView(facts: ReportFacts): ReportView {
  const { bank, organisation, assessment, topBand } = facts;
  const top = topBand.label;
  const prompts = new Map<string, string>();
  for (const section of bank.sections) for (const question of section.questions) prompts.set(question.id, question.prompt);

  const scores: ScoreView[] = [];
  for (const r of assessment.recommendations) scores.push(scoreView(r, topBand, facts.group?.spread.get(r.recommendation.id)));
  const chart = scores.filter((s) => s.value !== null).sort((a, b) => b.value! - a.value!);

  const gaps: GapView[] = [];
  for (let i = 0; i < assessment.gaps.length; i++) {
    const { recommendation, score, band, causes } = assessment.gaps[i]!;
    const causeViews: GapView['causes'] = [];
    for (const cause of causes) {
      causeViews.push({
        prompt: cause.prompt,
        answer: cause.asked ? cause.answer : 'Not asked, after an earlier answer',
        score: String(whole(cause.score * 100)),
      });
    }
    gaps.push({
      rank: i + 1,
      title: headingOf(recommendation),
      score: String(whole(score)),
      band: band.label,
      bandId: band.id,
      why: recommendation.summary,
      causes: causeViews,
      source: shortReference(bank, recommendation.source),
    });
  }

  const plan: PlanView[] = facts.plan.map(({ rank, gap, objectives }) => ({
    rank,
    title: headingOf(gap.recommendation),
    score: String(whole(gap.score)),
    band: gap.band.label,
    bandId: gap.band.id,
    timescale: gap.band.timescale ?? null,
    actions: objectives.filter((o) => o.kind === 'action').map((o) => objectiveView(o, prompts)),
    findOut: objectives.filter((o) => o.kind === 'find-out').map((o) => objectiveView(o, prompts)),
    agree: objectives.filter((o) => o.kind === 'agree').map((o) => objectiveView(o, prompts)),
  }));

  // An answer quoted beside a task is not quoted again under "Expectations and impact"; that section points to it.
  const inPlan = new Set([...facts.plan.flatMap((p) => p.objectives), ...facts.elsewhere].flatMap((o) => o.ownWords));
  const quoted = (answers: AnsweredQuestion[]) => answers.map(({ question, answer, by }) => ({ prompt: question.prompt, answer: answer!, by: by ?? null }));
  const { completeness } = assessment;
  const dontKnow = facts.dontKnow.length;

  return {
    heading: headingText(`Readiness report: ${organisation.name}`),
    bank: { id: bank.id, version: bank.version, title: bank.title },
    organisation: { name: organisation.name, area: organisation.area ?? null, completedBy: organisation.completed_by ?? null },
    respondent: facts.respondent === null ? null : { name: facts.respondent.name ?? null, role: facts.respondent.role ?? null },
    date: facts.date,
    completeness: {
      answered: completeness.answered,
      shown: completeness.shown,
      percent: String(whole(completeness.ratio * 100)),
      optionalAnswered: completeness.optional.answered,
      optionalShown: completeness.optional.shown,
      text:
        `${completeness.answered} of ${plural(completeness.shown, 'required question')} answered (${whole(completeness.ratio * 100)}%)` +
        (completeness.optional.shown === 0
          ? ''
          : `; ${completeness.optional.answered} of ${plural(completeness.optional.shown, 'optional question')} answered`),
    },
    overall: {
      score: assessment.overall.score === null ? null : String(whole(assessment.overall.score)),
      band: assessment.overall.band?.label ?? null,
      bandId: assessment.overall.band?.id ?? null,
      meaning: assessment.overall.band?.meaning ?? null,
    },
    summary: {
      standing: assessment.overall.score === null ? null : `${assessment.overall.band!.label}, with ${whole(assessment.overall.score)} out of 100`,
      priorities: facts.plan.slice(0, 3).map((p) => ({
        rank: p.rank,
        title: p.gap.recommendation.title,
        score: String(whole(p.gap.score)),
        band: p.gap.band.label,
        firstStep: p.objectives[0]?.text ?? null,
      })),
      goingWell: facts.goingWell.map((r) => ({
        title: r.recommendation.title,
        score: String(whole(r.score!)),
        band: bandLabel(r.band),
        strength: r.band === topBand,
      })),
      fullMarks:
        facts.fullMarks.of === 0
          ? null
          : `${facts.fullMarks.answers} of ${plural(facts.fullMarks.of, 'scored answer')} ${facts.fullMarks.answers === 1 ? 'is' : 'are'} at full marks.`,
      dontKnow,
      practice: quoted(facts.practice),
      respondents: facts.group?.respondents.length ?? 1,
      split: assessment.recommendations.flatMap((r) => {
        const spread = facts.group?.spread.get(r.recommendation.id);
        return spread && spread.max - spread.min >= WIDE_SPREAD ? [{ title: r.recommendation.title, range: `${whole(spread.min)}–${whole(spread.max)}` }] : [];
      }),
      dontKnowText:
        dontKnow === 0
          ? null
          : `${dontKnow === 1 ? '1 answer was' : `${dontKnow} answers were`} “Don't know”: the action plan asks you to find ${dontKnow === 1 ? 'it' : 'each one'} out.`,
    },
    topBand: top,
    gapsText: gapsText(assessment.gaps.length, assessment.strengths.length, top),
    orderText: 'Gaps are listed from the lowest band up; within a band, the gap that would gain most comes first, allowing for how much each counts.',
    scores,
    chart,
    strengths: assessment.strengths.map((r) => ({ title: r.recommendation.title, score: String(whole(r.score!)), band: bandLabel(r.band) })),
    gaps,
    plan,
    elsewhere: facts.elsewhere.map((o) => ({ ...objectiveView(o, prompts), recommendation: o.recommendation?.title ?? null })),
    respondents: (facts.group?.respondents ?? []).map((m) => ({
      label: m.label,
      name: m.name,
      role: m.role,
      completeness: `${m.assessment.completeness.answered} of ${m.assessment.completeness.shown}`,
      overall: m.assessment.overall.score === null ? '—' : String(whole(m.assessment.overall.score)),
    })),
    contested: (facts.group?.contested ?? []).map((c) => ({
      prompt: c.question.prompt,
      recommendation: bank.recommendations.find((r) => recommendationIds(c.question).includes(r.id))?.title ?? null,
      answers: c.answers.map((a) => ({ respondent: a.respondent, answer: a.answer })),
    })),
    expectations: facts.expectations
      .filter((a) => !inPlan.has(a))
      .map(({ question, answer, by }) => ({
        by: by ?? null,
        prompt: question.prompt,
        paragraphs: paragraphs(answer!),
        quote: kindOf(question).freeText,
      })),
    quotedInPlan: quotedInPlanText(facts.expectations.filter((a) => inPlan.has(a))),
    context: quoted(facts.context),
    appendix: facts.appendix.map(({ section, questions }, i) => ({
      number: i + 1,
      title: headingOf(section),
      questions: questions.map(({ question, answer }) => ({ prompt: question.prompt, answer: answer ?? 'Not answered' })),
    })),
    references: facts.references.map((source) => ({ short: source.short ?? null, citation: fullCitation(source), url: linkable(source.url) })),
  };
}

/** "Your answer to “…” is quoted in the action plan, beside the task it bears on." */
function quotedInPlanText(answers: readonly AnsweredQuestion[]): string | null {
  const prompts = [...new Set(answers.map((a) => `“${a.question.prompt}”`))];
  if (prompts.length === 0) return null;
  const listed = prompts.length === 1 ? prompts[0]! : `${prompts.slice(0, -1).join(', ')} and ${prompts.at(-1)!}`;
  return prompts.length === 1
    ? `Your answer to ${listed} is quoted in the action plan, beside the task it bears on.`
    : `Your answers to ${listed} are quoted in the action plan, beside the tasks they bear on.`;
}
