// The report's facts worded for a template: numbers rounded, bands named, bars, sentences and citations
// made, text left raw for the template to escape. This is the `it` of every report template (the
// Markdown and HTML ones, and `--template`); docs/report-template.md lists its fields.
import type { Band, Bank, Question, Recommendation, Source } from '../../core/schema.js';
import type { Answer } from '../../core/visibility.js';
import { WIDE_SPREAD, type AnsweredQuestion, type Objective, type PriorityReason, type QuotedWords, type ReportFacts } from '../../core/report-facts.js';
import type { Horizon } from '../../core/horizons.js';
import type { RecommendationScore } from '../../core/scoring.js';
import { recommendationIds, topBand as topBandOf } from '../../core/bank.js';
import { kindOf } from '../../core/kinds/index.js';
import { mapped } from '../../core/lists.js';
import { bankLanguage, untranslatedTexts } from '../../core/translation.js';
import { wordsFor, type Words } from '../../core/words/index.js';
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
  /** How much it counts against the least-weighted area: "×1", "×2". */
  counts: string;
  /** It counts more than the least-weighted area. */
  weighted: boolean;
  /** With several respondents: the lowest and highest of their scores, "40–80"; otherwise null. */
  range: string | null;
}

interface GapView {
  rank: number;
  title: string;
  /** "Gap 2: Link engagement to your role, plans and partnerships" */
  heading: string;
  score: string;
  band: string;
  bandId: string;
  /** "×2" when it counts more than the least-weighted area, else "". */
  counts: string;
  /** Why it matters: the recommendation's summary. */
  why: string;
  /** The answers that pulled it down most, costliest first (at most two). */
  causes: { prompt: string; answer: string; score: string }[];
  /** How many more answers pulled it down (the appendix lists every answer). */
  moreCauses: number;
  /** A short reference: "DPR 48, “The definition of community engagement”". */
  source: string;
}

interface WordsView {
  prompt: string;
  answer: string;
  /** Who said it, with several respondents ("all 3", "2 of 3 (Chair, Sergeant)"); null for one. */
  by: string | null;
  /** "You said", "All 3 said", "Chair said". */
  said: string;
}

interface ObjectiveView {
  id: string;
  kind: Objective['kind'];
  text: string;
  /** The gap it serves: "Gap 2: Link engagement to your role, plans and partnerships", or null. */
  area: string | null;
  /** That gap's number, or null. */
  gap: number | null;
  /** Chosen by an answer flagged as needing attention now. */
  flagged: boolean;
  /** The group's own words that bear on it. */
  ownWords: WordsView[];
  /** What the last assessment's action tracker records of it (`assess --previous-tracker`): "Done at the last review", its owner and date; or null. */
  tracked: { done: boolean; status: string | null; owner: string | null; targetDate: string | null } | null;
}

interface HorizonView {
  id: Horizon;
  /** "Now" */
  title: string;
  /** "this quarter" */
  when: string;
  objectives: ObjectiveView[];
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
  /** The language the report is in: its HTML `lang` ("en-GB", "cy"). */
  lang: string;
  /** The labels and sentences the templates print, in the report's language (src/core/words/: `report`). */
  t: Words['report'];
  /** The report's title: "Readiness report: <organisation>". */
  heading: string;
  bank: { id: string; version: string; title: string };
  organisation: { name: string; area: string | null; completedBy: string | null };
  respondent: { name: string | null; role: string | null } | null;
  /** The date as the report's language writes it ("20 Tachwedd 2026"); ISO (YYYY-MM-DD) in English. */
  date: string | null;
  completeness: { answered: number; shown: number; percent: string; optionalAnswered: number; optionalShown: number; text: string };
  overall: { score: string | null; band: string | null; bandId: string | null; meaning: string | null };
  /** "How to read this report", a sentence each: who answered and when, whose bands and weights, the horizons, where scoring is explained. */
  reading: string[];
  summary: {
    /** The result in words, never hiding an area in the lowest band: "Ready overall, with 81 out of 100, but one area is Not yet ready: …". */
    headline: string;
    /** Answers the bank flags as risks the sources name, whatever their weight. */
    flags: { prompt: string; answer: string; by: string | null; answered: string; reason: string; source: string }[];
    priorities: { rank: number; title: string; score: string; band: string; why: string }[];
    /** "Going well: …", or null. */
    goingWell: string | null;
    dontKnow: number;
    /** "3 answers were “Don't know”: the plan asks you to find each one out." */
    dontKnowText: string | null;
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
  gaps: GapView[];
  plan: {
    /** Where the guidance asks for a gap analysis and detailed objectives (a short reference), or null. */
    source: string | null;
    /** How many actions Now holds, and why, in one sentence. */
    sizeText: string;
    horizons: HorizonView[];
    /** A sentence on the actions left for after this plan's year, or null. */
    heldBackText: string | null;
  };
  /** Several respondents (`assess --combine`); empty for one. */
  respondents: { label: string; name: string | null; role: string | null; completeness: string; overall: string }[];
  /** Questions the respondents answered differently enough to matter, with who said what (after an agreement, those still contested). */
  contested: ContestedView[];
  /** What the respondents agreed (`assess --combine` with an agreement file, issue 25), or null. */
  agreement: AgreementView | null;
  /** What the answers say about expectations and the scope to change, but for those quoted in the action plan. */
  expectations: QuotedAnswer[];
  /** The group's own words on its context, one line a question (with several respondents, each answer with who gave it). */
  context: { prompt: string; answer: string }[];
  appendix: { number: number; title: string; questions: { prompt: string; answer: string }[] }[];
  /** `short` is the source's short name, where it has one apart from its title. */
  references: { short: string | null; citation: string; url: string | null }[];
}

interface ContestedView {
  prompt: string;
  /** The title of the recommendation it bears on first, or null. */
  recommendation: string | null;
  /** Each answer given, with who gave it. */
  answers: { answer: string; respondents: string[] }[];
}

/** An agreement applied to the respondents' answers (issue 25). */
interface AgreementView {
  /** When it was made. */
  date: string;
  /** Who was present: "Resident chair, Housing manager and Council community safety officer". */
  present: string;
  /** The respondents it was not applied to, a sentence each. */
  notApplied: string[];
  /** The agreed questions, in the bank's order. */
  questions: (ContestedView & {
    /** The agreed answer in words. */
    agreed: string;
    /** Why, as a sentence (ending in a full stop). */
    reason: string;
    /** Who was present for this one, where it differs from the whole; else null. */
    present: string | null;
    /** "Not asked of the Resident chair, after their answer to an earlier question.", or null. */
    notAsked: string | null;
  })[];
}

const BAR_WIDTH = 10;
/** A gap names this many of the answers that caused it, the costliest; the appendix has every answer. */
const CAUSES_SHOWN = 2;
/** The summary names this many areas going well, then says how many more. */
const GOING_WELL_NAMED = 4;
/** The headline names this many areas in the lowest band, then says how many more. */
const LOWEST_NAMED = 2;
const whole = (n: number): number => Math.round(n);

/**
 * Words a piece of the bank once per object: a bank never changes once loaded, and a batch words the same
 * titles for every file. The same text each time is also the same string, which the Markdown escaper
 * finds in its memory at once, where a string made anew must be read through to be found.
 */
function wordedOnce<K extends object, T = string>(word: (key: K) => T): (key: K) => T {
  const worded = new WeakMap<K, T>();
  return (key) => {
    let text = worded.get(key);
    if (text === undefined) worded.set(key, (text = word(key)));
    return text;
  };
}

/** A source's short name: its `short`, else its title. */
const shortName = (source: Source | undefined, id: string) => source?.short ?? source?.title ?? id;

// A citation names its source by id, so it is worded once per bank as well as per reference.
const citationsOf = wordedOnce((bank: Bank) =>
  wordedOnce(
    (citation: Recommendation['source']) =>
      `${shortName(
        bank.sources.find((s) => s.id === citation.id),
        citation.id,
      )}, “${citation.section}”`,
  ),
);

/** A short reference: the source's short name and the section. */
const shortReference = (bank: Bank, ref: Recommendation['source']): string => citationsOf(bank)(ref);

/** The full citation: author and year, title, publisher. */
const fullCitation = wordedOnce((source: Source) => {
  const by = source.author === undefined ? '' : `${source.author}${source.year === undefined ? '' : ` (${source.year})`}. `;
  return `${by}${source.title}${source.publisher === undefined ? '' : `. ${source.publisher}`}.`;
});

/** A section's or recommendation's title as a heading. */
const headingOf = wordedOnce((item: { title: string }) => headingText(item.title));

// A gap's heading is worded in its bank's language, for each place the gap can stand.
const gapHeadingsOf = wordedOnce((bank: Bank) => {
  const { gap } = wordsFor(bankLanguage(bank)).report;
  return wordedOnce((recommendation: Recommendation) => {
    const byRank = new Map<number, string>();
    return (rank: number) => {
      let heading = byRank.get(rank);
      if (heading === undefined) byRank.set(rank, (heading = gap(rank, headingOf(recommendation))));
      return heading;
    };
  });
});

/** "Gap 2: Link engagement to your role, plans and partnerships": the heading of the gap at that rank, and how a task names it. */
const gapHeading = (bank: Bank, recommendation: Recommendation, rank: number): string => gapHeadingsOf(bank)(recommendation)(rank);

function paragraphs(text: string): string[] {
  const kept: string[] = [];
  for (const part of text.split(/\r\n?\s*\r\n?|\n\s*\n/)) {
    const paragraph = part.trim();
    if (paragraph !== '') kept.push(paragraph);
  }
  return kept;
}

/** How many gaps and strengths there are, in a sentence. */
function gapsText(gaps: number, strengths: number, top: string, t: Words['report']): string {
  const assessed = gaps + strengths;
  if (assessed === 0) return t.gapsNone;
  if (gaps === 0) return t.gapsAllReach(assessed, top);
  return t.gapsSome(gaps, assessed, strengths, top);
}

const bandLabel = (band: Band | null, t: Words['report']) => band?.label ?? t.notAssessed;

/** A source's URL when it is a plain web address (printable ASCII) that can be shown as a link; anything else is left out. */
const linkOf = wordedOnce((source: Source): string | null =>
  source.url !== undefined && /^https?:\/\/(?:(?![<>"'`\\])[\x21-\x7e])+$/.test(source.url) ? source.url : null,
);

// A bank's weights are few, and so are the ratios between them: each is worded once per bank.
const countsTextsOf = wordedOnce((_bank: Bank) => new Map<number, string>());

/** How much an area counts against the least-weighted one: "×1", "×2", "×1.5". */
function countsText(bank: Bank, weight: number, lowest: number): string {
  const times = Math.round((weight / lowest) * 100) / 100;
  const texts = countsTextsOf(bank);
  let text = texts.get(times);
  if (text === undefined) texts.set(times, (text = `×${times}`));
  return text;
}

/** "counts double", "counts ×3", "counts ×1.5" */
const countsInWords = (times: number, t: Words['report']): string => t.countsDouble(Math.round(times * 100) / 100);

function scoreView(
  bank: Bank,
  r: RecommendationScore,
  top: Band,
  lowestWeight: number,
  spread: { min: number; max: number } | null | undefined,
  t: Words['report'],
): ScoreView {
  return {
    id: r.recommendation.id,
    title: r.recommendation.title,
    score: r.score === null ? '—' : String(whole(r.score)),
    value: r.score === null ? null : whole(r.score),
    bar: r.score === null ? '' : bar(r.score / 100, BAR_WIDTH),
    band: bandLabel(r.band, t),
    bandId: r.band?.id ?? null,
    gap: r.band !== null && r.band !== top,
    counts: countsText(bank, r.recommendation.weight, lowestWeight),
    weighted: r.recommendation.weight > lowestWeight,
    range: spread ? (whole(spread.min) === whole(spread.max) ? String(whole(spread.min)) : `${whole(spread.min)}–${whole(spread.max)}`) : null,
  };
}

const wordsView = ({ question, answer, by }: QuotedWords, t: Words['report']): WordsView => ({ prompt: question.prompt, answer, by, said: t.said(by) });

/** Why a priority stands where it does, in a few words: "Not yet ready, the lowest band; counts double". */
function whyText(reasons: readonly PriorityReason[], t: Words['report']): string {
  const parts = mapped(reasons, (reason) => {
    switch (reason.kind) {
      case 'band':
        return reason.lowest ? t.lowestBand(reason.band.label) : reason.band.label;
      case 'weight':
        return countsInWords(reason.times, t);
      case 'holds-up':
        return t.holdsUp(mapped(reason.recommendations, (r) => r.title));
      case 'flagged':
        return t.flaggedReason;
    }
  });
  return parts.join('; ');
}

/** The headline: the result in words, and the areas in the lowest band when the overall band is higher. */
function headline(facts: ReportFacts, t: Words['report']): string {
  const { overall } = facts.assessment;
  if (overall.score === null || overall.band === null) return t.headlineNotAssessed;
  const result = t.headline(overall.band.label, whole(overall.score));
  const low = facts.lowestBandAreas;
  if (low.length === 0) return result;
  const lowest = facts.bank.bands[0]!.label;
  const named = mapped(low.slice(0, LOWEST_NAMED), (r) => t.quoted(r.recommendation.title));
  if (low.length > LOWEST_NAMED) named.push(t.more(low.length - LOWEST_NAMED));
  return t.headlineLowest(result, low.length, lowest, named);
}

/** The words of the language a report's facts are in: the language of the bank they were made from. */
export const wordsOfReport = (facts: ReportFacts): Words => wordsFor(bankLanguage(facts.bank));

/** "How to read this report", a sentence each: in every edition, the JSON too. */
export function readingNotes(facts: ReportFacts): string[] {
  const { bank, group } = facts;
  const words = wordsOfReport(facts);
  const t = words.report;
  const when = facts.date === null ? null : words.date(facts.date);
  const notes = [
    group === null
      ? t.readingOne(when, facts.respondent?.role || facts.organisation.completed_by || null)
      : t.readingGroup(group.respondents.length, when, group.agreement ? words.date(group.agreement.date) : null),
  ];
  for (const note of bankReadingNotes(bank)) notes.push(note);
  if (facts.provenance !== null) notes.push(madeFrom(facts.provenance, t));
  return notes;
}

/** The notes on how to read a report that the bank alone decides, worded once per bank: its bands and weights, the horizons, the scoring, its translation. */
const bankReadingNotes = wordedOnce((bank: Bank): readonly string[] => {
  const t = wordsFor(bankLanguage(bank)).report;
  const weighted = bank.recommendations.some((r) => r.weight !== bank.recommendations[0]!.weight);
  const language = bankLanguage(bank);
  const untranslated = untranslatedTexts(bank);
  return [
    t.readingBands(topBandOf(bank).label, weighted, `${bank.title} ${bank.version}`),
    t.readingHorizons,
    t.readingScoring,
    // A translation not yet reviewed says so, and so does bank text shown in English for want of one.
    ...(language !== 'en' && bank.translation_status?.[language] === 'draft' && t.readingDraft !== null ? [t.readingDraft] : []),
    ...(untranslated > 0 && t.readingUntranslated !== null ? [t.readingUntranslated(untranslated)] : []),
  ];
});

/** The first characters of a SHA-256, enough to tell files apart by eye; the JSON report has them whole. */
const shortHash = (sha256: string) => sha256.slice(0, 12);

/**
 * What the report was made from, in a sentence: the program, the bank and the answers, by their hashes
 * (the files' names, which depend on where they were, are in the JSON report).
 */
function madeFrom({ tool, bank, answers }: NonNullable<ReportFacts['provenance']>, t: Words['report']): string {
  const one = answers.length === 1 ? answers[0]! : undefined;
  const from =
    one === undefined
      ? t.madeFromFiles(answers.length)
      : one.row === undefined
        ? t.madeFromOne(shortHash(one.sha256))
        : t.madeFromRow(one.row, shortHash(one.sha256));
  return t.madeFrom(tool, `${bank.id} ${bank.version}`, shortHash(bank.sha256), from);
}

/** How many actions Now holds, and why, in one sentence. */
function sizeText({ actions, min, max, reasons, notMet }: ReportFacts['plan']['capacity'], t: Words['report']): string {
  const holds = t.sizeHolds(actions);
  if (reasons.length > 0) return t.sizeSized(holds, min, mapped(reasons, t.oneMoreBecause), min + reasons.length > max ? max : null);
  return t.sizeStart(holds, notMet.length > 0);
}

function objectiveView(bank: Bank, objective: Objective, gapRanks: ReadonlyMap<Objective['gap'], number>, t: Words['report']): ObjectiveView {
  const rank = gapRanks.get(objective.gap);
  return {
    id: objective.id,
    kind: objective.kind,
    text: objective.text,
    area: objective.gap === null || rank === undefined ? null : gapHeading(bank, objective.gap.recommendation, rank),
    gap: rank ?? null,
    flagged: objective.flagged,
    ownWords: mapped(objective.ownWords, (w) => wordsView(w, t)),
    tracked: trackedView(objective.tracked, t),
  };
}

/** What the last tracker records of an action, worded: a status other than "Not started" as "… at the last review". */
function trackedView(tracked: Objective['tracked'], t: Words['report']): ObjectiveView['tracked'] {
  if (tracked === undefined) return null;
  const status = tracked.status === null || tracked.status === 'Not started' ? null : t.atLastReview(tracked.status);
  return { done: tracked.status === 'Done', status, owner: tracked.owner, targetDate: tracked.targetDate };
}

export function reportView(facts: ReportFacts): ReportView {
  const { bank, organisation, assessment, topBand } = facts;
  const words = wordsOfReport(facts);
  const t = words.report;
  const top = topBand.label;
  let lowestWeight = Infinity;
  for (const r of assessment.recommendations) if (r.score !== null) lowestWeight = Math.min(lowestWeight, r.recommendation.weight);
  if (lowestWeight === Infinity) lowestWeight = 1;

  const scores: ScoreView[] = [];
  for (const r of assessment.recommendations) scores.push(scoreView(bank, r, topBand, lowestWeight, facts.group?.spread.get(r.recommendation.id), t));
  const chart = scores.filter((s) => s.value !== null).sort((a, b) => b.value! - a.value!);

  const gaps: GapView[] = [];
  const gapRanks = new Map<Objective['gap'], number>();
  for (let i = 0; i < assessment.gaps.length; i++) {
    const gap = assessment.gaps[i]!;
    gapRanks.set(gap, i + 1);
    const causeViews: GapView['causes'] = [];
    for (const cause of gap.causes.slice(0, CAUSES_SHOWN)) {
      causeViews.push({
        prompt: cause.prompt,
        answer: cause.asked ? cause.answer : t.notAskedCause,
        score: String(whole(cause.score * 100)),
      });
    }
    gaps.push({
      rank: i + 1,
      title: headingOf(gap.recommendation),
      heading: gapHeading(bank, gap.recommendation, i + 1),
      score: String(whole(gap.score)),
      band: gap.band.label,
      bandId: gap.band.id,
      counts: gap.recommendation.weight > lowestWeight ? countsText(bank, gap.recommendation.weight, lowestWeight) : '',
      why: gap.recommendation.summary,
      causes: causeViews,
      moreCauses: Math.max(0, gap.causes.length - CAUSES_SHOWN),
      source: shortReference(bank, gap.recommendation.source),
    });
  }

  const horizons: HorizonView[] = [];
  for (const objective of facts.plan.objectives) {
    let horizon = horizons.at(-1);
    if (horizon?.id !== objective.horizon) horizons.push((horizon = { id: objective.horizon, ...t.horizons[objective.horizon], objectives: [] }));
    horizon.objectives.push(objectiveView(bank, objective, gapRanks, t));
  }
  const { heldBack } = facts.plan;

  // An answer quoted beside a task is not quoted again under "Expectations and impact"; that section points to it.
  const inPlan = new Set<string>();
  for (const objective of facts.plan.objectives) for (const words of objective.ownWords) inPlan.add(words.question.id);
  const { completeness } = assessment;
  const dontKnow = facts.dontKnow.length;
  const goingWell = mapped(facts.goingWell.slice(0, GOING_WELL_NAMED), (r) => t.quoted(r.recommendation.title));
  if (facts.goingWell.length > GOING_WELL_NAMED) goingWell.push(t.more(facts.goingWell.length - GOING_WELL_NAMED));
  const strong = facts.goingWell.length > 0 && facts.goingWell[0]!.band === topBand;

  return {
    lang: words.htmlLang,
    t,
    heading: headingText(t.heading(organisation.name)),
    bank: { id: bank.id, version: bank.version, title: bank.title },
    organisation: { name: organisation.name, area: organisation.area ?? null, completedBy: organisation.completed_by ?? null },
    respondent: facts.respondent === null ? null : { name: facts.respondent.name ?? null, role: facts.respondent.role ?? null },
    date: facts.date === null ? null : words.date(facts.date),
    completeness: {
      answered: completeness.answered,
      shown: completeness.shown,
      percent: String(whole(completeness.ratio * 100)),
      optionalAnswered: completeness.optional.answered,
      optionalShown: completeness.optional.shown,
      text: completenessText(facts, t),
    },
    overall: {
      score: assessment.overall.score === null ? null : String(whole(assessment.overall.score)),
      band: assessment.overall.band?.label ?? null,
      bandId: assessment.overall.band?.id ?? null,
      meaning: assessment.overall.band?.meaning ?? null,
    },
    reading: readingNotes(facts),
    summary: {
      headline: headline(facts, t),
      flags: mapped(facts.flags, (f) => ({
        prompt: f.question.prompt,
        answer: f.answer,
        by: f.by,
        answered: t.answered(f.by),
        reason: f.reason,
        source: shortReference(bank, f.source),
      })),
      priorities: mapped(facts.priorities, (p) => ({
        rank: p.rank,
        title: p.gap.recommendation.title,
        score: String(whole(p.gap.score)),
        band: p.gap.band.label,
        why: whyText(p.reasons, t),
      })),
      goingWell: goingWell.length === 0 ? null : strong ? t.goingWell(top, goingWell) : t.goingBest(goingWell),
      dontKnow,
      respondents: facts.group?.respondents.length ?? 1,
      split: splitApart(facts),
      dontKnowText: dontKnow === 0 ? null : t.dontKnow(dontKnow),
    },
    topBand: top,
    gapsText: gapsText(assessment.gaps.length, assessment.strengths.length, top, t),
    orderText: t.orderText,
    scores,
    chart,
    gaps,
    plan: {
      source: bank.plan?.source === undefined ? null : shortReference(bank, bank.plan.source),
      sizeText: sizeText(facts.plan.capacity, t),
      horizons,
      heldBackText: heldBack === 0 ? null : t.heldBack(heldBack),
    },
    respondents: mapped(facts.group?.respondents ?? [], (m) => ({
      label: m.label,
      name: m.name,
      role: m.role,
      completeness: t.ofShown(m.assessment.completeness.answered, m.assessment.completeness.shown),
      overall: m.assessment.overall.score === null ? '—' : String(whole(m.assessment.overall.score)),
    })),
    contested: mapped(facts.group?.contested ?? [], (c) => ({
      prompt: c.question.prompt,
      recommendation: recommendationTitle(bank, c.question),
      answers: byAnswer(c.answers),
    })),
    agreement: agreementView(facts, words),
    expectations: expectationsView(facts.expectations.filter((a) => !inPlan.has(a.question.id))),
    context: oneLineEach(facts.context),
    appendix: mapped(facts.appendix, ({ section, questions }, i) => ({
      number: i + 1,
      title: headingOf(section),
      questions: mapped(questions, ({ question, answer }) => ({ prompt: question.prompt, answer: answer ?? words.core.notAnswered })),
    })),
    references: mapped(facts.references, (source) => ({ short: source.short ?? null, citation: fullCitation(source), url: linkOf(source) })),
  };
}

/** With several respondents, the recommendations whose scores lie far apart, and how far. */
function splitApart({ assessment, group }: ReportFacts): ReportView['summary']['split'] {
  const split: ReportView['summary']['split'] = [];
  for (const r of assessment.recommendations) {
    const spread = group?.spread.get(r.recommendation.id);
    if (spread && spread.max - spread.min >= WIDE_SPREAD) split.push({ title: r.recommendation.title, range: `${whole(spread.min)}–${whole(spread.max)}` });
  }
  return split;
}

/** The group's own words each quoted with who gave them; chosen answers one line a question. */
function expectationsView(answers: readonly AnsweredQuestion[]): QuotedAnswer[] {
  const chosen = answers.filter((a) => !kindOf(a.question).freeText);
  const shown = mapped(oneLineEach(chosen), (line): QuotedAnswer => ({ prompt: line.prompt, paragraphs: [line.answer], quote: false, by: null }));
  for (const { question, answer, by } of answers) {
    if (kindOf(question).freeText) shown.push({ prompt: question.prompt, paragraphs: paragraphs(answer!), quote: true, by: by ?? null });
  }
  return shown;
}

/** Each answer given, once, with the respondents who gave it, in the order first given. */
function byAnswer(given: readonly { respondent: string; answer: string }[]): { answer: string; respondents: string[] }[] {
  const grouped = new Map<string, string[]>();
  for (const { respondent, answer } of given) {
    const respondents = grouped.get(answer);
    if (respondents === undefined) grouped.set(answer, [respondent]);
    else respondents.push(respondent);
  }
  return mapped([...grouped], ([answer, respondents]) => ({ answer, respondents }));
}

/** Answers chosen or counted, one line a question: with several respondents, each answer with who gave it. */
function oneLineEach(answers: readonly AnsweredQuestion[]): { prompt: string; answer: string }[] {
  const lines = new Map<AnsweredQuestion['question'], string[]>();
  for (const { question, answer, by } of answers) {
    const line = by === undefined ? answer! : `${answer!} (${by})`;
    const said = lines.get(question);
    if (said === undefined) lines.set(question, [line]);
    else said.push(line);
  }
  // One respondent's answer is shown as it is: the same string each time, which escaping finds at once.
  return mapped([...lines], ([question, said]) => ({ prompt: question.prompt, answer: said.length === 1 ? said[0]! : said.join('; ') }));
}

/** How complete the answers are: for several respondents, each one's, never summed. */
function completenessText(facts: ReportFacts, t: Words['report']): string {
  const one = ({ answered, shown, ratio, optional }: ReportFacts['assessment']['completeness']) =>
    t.completeness(answered, shown, whole(ratio * 100)) + (optional.shown === 0 ? '' : t.optionalCompleteness(optional.answered, optional.shown));
  if (facts.group === null) return one(facts.assessment.completeness);
  return t.groupCompleteness(
    mapped(facts.group.respondents, (m) => `${m.label}, ${t.ofShown(m.assessment.completeness.answered, m.assessment.completeness.shown)}`),
  );
}

const recommendationTitle = (bank: Bank, question: Question) => bank.recommendations.find((r) => recommendationIds(question).includes(r.id))?.title ?? null;

/** The agreement as "What you agreed" gives it: each agreed answer, why, and what each respondent had answered. */
function agreementView({ bank, group }: ReportFacts, words: Words): AgreementView | null {
  const agreement = group?.agreement;
  if (agreement === undefined || agreement === null) return null;
  const t = words.report;
  const everyone = mapped(group!.respondents, (r) => r.label);
  const presentText = (present: readonly string[]) =>
    everyone.every((l) => present.includes(l)) && present.length === everyone.length ? t.allOfYou(everyone.length) : words.list(present);
  const describe = (question: Question, answer: Answer) => kindOf(question).describe(question, answer, words);
  return {
    date: words.date(agreement.date),
    present: presentText(agreement.present),
    notApplied: mapped(agreement.notApplied, ({ respondent, why }) =>
      why === 'changed' ? t.notAppliedChanged(respondent) : t.notAppliedNotListed(respondent),
    ),
    questions: mapped(agreement.questions, (q) => {
      const stillOwn = group!.respondents.filter((r) => !q.replaces.some((x) => x.respondent === r.label) && !q.notAsked.includes(r.label));
      return {
        prompt: q.question.prompt,
        recommendation: recommendationTitle(bank, q.question),
        agreed: describe(q.question, q.answer),
        reason: /[.!?]$/.test(q.reason) ? q.reason : `${q.reason}.`,
        present: q.present === null ? null : presentText(q.present),
        answers: byAnswer([
          ...mapped(q.replaces, (r) => ({
            respondent: r.respondent,
            answer: r.answer !== undefined ? describe(q.question, r.answer) : r.asked ? words.core.notAnswered : t.notAskedAnswer,
          })),
          // Those it was not applied to keep their own answer, shown beside the others'.
          ...stillOwn.flatMap((r) => {
            const own = r.answers.get(q.question.id);
            return own === undefined ? [] : [{ respondent: t.notAgreed(r.label), answer: describe(q.question, own) }];
          }),
        ]),
        notAsked: q.notAsked.length === 0 ? null : t.notAskedOf(q.notAsked),
      };
    }),
  };
}
