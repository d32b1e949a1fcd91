// What only a reader of the whole bank can check, once the schema has passed.
import type { Bank, Question } from './schema.js';
import type { Diagnostic, DocPath, Locator, Severity } from './diagnostics.js';
import { bestScore, isScored, optionsOf, placedQuestions, possibleValues, recommendationIds, type PlacedQuestion } from './bank.js';
import { conditionForm, conditionLeaves, type ConditionLeaf } from './conditions.js';
import { closest, didYouMean } from './did-you-mean.js';
import type { Condition } from './schema.js';

/** Every rule the linter applies after the schema, with what it checks; `docs/lint-rules.md` lists them too. */
export const LINT_RULES = {
  'duplicate-id': 'ids are unique among the sources, bands, recommendations, sections, questions, and the options of a question',
  'unknown-source': 'every question and recommendation cites a source the bank declares',
  'unused-source': 'every declared source is cited (warning)',
  'question-recommendation': 'every scored question names its recommendations; unscored ones name none',
  'unknown-recommendation': 'a question names only recommendations that exist',
  'unscored-recommendation': 'every recommendation is scored by at least one question',
  'unreachable-recommendation': 'every recommendation can reach 100',
  'option-score': 'a scored question gives every option a score in [0, 1] or marks it not applicable',
  'option-na': 'a not-applicable option has no score, and in a multi choice it is exclusive',
  'scale-range': 'a scale has min < max, at most 101 points, and labels only on its points',
  'number-range': 'a number question has min < max',
  'band-start': 'the first band starts at 0',
  'band-order': 'band minimums rise strictly',
  'band-unreachable': 'every band can be reached by some set of answers',
  'condition-form': 'a condition is { question, in | equals | not_in }, { all }, { any } or { not }',
  'condition-order': 'a condition refers only to questions that come earlier',
  'condition-value': 'a condition tests only values its question can take',
  'unused-question': 'every question feeds a score, a condition or a report section (warning)',
  'duplicate-bank-id': 'bank ids are unique among the banks linted together',
} as const;
export type LintRule = keyof typeof LINT_RULES;

export function lintBank(bank: Bank, locator: Locator, file: string): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const report = (rule: LintRule, path: DocPath, message: string, severity: Severity = 'error', target: 'key' | 'value' = 'value') =>
    findings.push({ file, ...locator.at(path, target), severity, rule, message });
  const placed = placedQuestions(bank);

  checkUniqueIds(bank, placed, locator, report);
  checkSources(bank, placed, report);
  checkRecommendations(bank, placed, report);
  checkOptions(placed, report);
  checkRanges(placed, report);
  checkBands(bank, placed, report);
  checkConditions(placed, report);
  checkUnusedQuestions(placed, report);
  return findings;
}

type Report = (rule: LintRule, path: DocPath, message: string, severity?: Severity, target?: 'key' | 'value') => void;

function checkUniqueIds(bank: Bank, placed: readonly PlacedQuestion[], locator: Locator, report: Report) {
  const unique = (kind: string, items: { id: string; path: DocPath }[]) => {
    const seen = new Map<string, DocPath>();
    for (const { id, path } of items) {
      const first = seen.get(id);
      if (first) report('duplicate-id', [...path, 'id'], `duplicate ${kind} id "${id}" (first used on line ${locator.at([...first, 'id']).line}); ids must be unique`);
      else seen.set(id, path);
    }
  };
  const list = <T extends { id: string }>(items: T[], key: string) => items.map((item, i) => ({ id: item.id, path: [key, i] }));
  unique('source', list(bank.sources, 'sources'));
  unique('band', list(bank.bands, 'bands'));
  unique('recommendation', list(bank.recommendations, 'recommendations'));
  unique('section', list(bank.sections, 'sections'));
  unique('question', placed.map(({ question, path }) => ({ id: question.id, path })));
  for (const { question, path } of placed) {
    const seen = new Set<string>();
    optionsOf(question).forEach((option, i) => {
      if (seen.has(option.value)) report('duplicate-id', [...path, 'options', i, 'value'], `duplicate option value "${option.value}" in question "${question.id}"`);
      seen.add(option.value);
    });
  }
}

function checkSources(bank: Bank, placed: readonly PlacedQuestion[], report: Report) {
  const declared = bank.sources.map((s) => s.id);
  const cited = new Set<string>();
  const cite = (id: string, path: DocPath) => {
    cited.add(id);
    if (!declared.includes(id)) report('unknown-source', [...path, 'source', 'id'], `source "${id}" is not declared under "sources"${didYouMean(id, declared)}`);
  };
  bank.recommendations.forEach((r, i) => cite(r.source.id, ['recommendations', i]));
  for (const { question, path } of placed) cite(question.source.id, path);
  bank.sources.forEach((s, i) => {
    if (!cited.has(s.id)) report('unused-source', ['sources', i, 'id'], `source "${s.id}" is declared but nothing cites it`, 'warning');
  });
}

function checkRecommendations(bank: Bank, placed: readonly PlacedQuestion[], report: Report) {
  const known = bank.recommendations.map((r) => r.id);
  const scoredBy = new Map<string, PlacedQuestion[]>();
  for (const entry of placed) {
    const { question, path } = entry;
    if (question.recommendation !== undefined && question.recommendations !== undefined) {
      report('question-recommendation', [...path, 'recommendations'], 'use "recommendation" or "recommendations", not both');
    }
    const ids = recommendationIds(question);
    const key = question.recommendations ? 'recommendations' : 'recommendation';
    if (!isScored(question)) {
      if (ids.length > 0) {
        const why = question.type === 'number' || question.type === 'text' ? `${question.type} questions are not scored` : 'none of its options has a score';
        report('question-recommendation', [...path, key], `question "${question.id}" names a recommendation, but ${why}; remove "${key}" or add scores`);
      }
      continue;
    }
    if (ids.length === 0) {
      report('question-recommendation', path, `scored question "${question.id}" names no recommendation; add "recommendation: <id>"${known.length ? ` (one of ${known.join(', ')})` : ''}`);
    }
    ids.forEach((id, i) => {
      if (!known.includes(id)) {
        const at = question.recommendations ? [...path, 'recommendations', i] : [...path, 'recommendation'];
        report('unknown-recommendation', at, `no recommendation "${id}" in this bank${didYouMean(id, known)}`);
        return;
      }
      scoredBy.set(id, [...(scoredBy.get(id) ?? []), entry]);
      const best = bestScore(question);
      if (best < 1) {
        report('unreachable-recommendation', path, `question "${question.id}" can score at most ${round(best)}, so recommendation "${id}" can never reach 100; give its best option a score of 1`);
      }
    });
  }
  bank.recommendations.forEach((r, i) => {
    if (!scoredBy.has(r.id)) report('unscored-recommendation', ['recommendations', i, 'id'], `recommendation "${r.id}" is scored by no question; tie a question to it with "recommendation: ${r.id}"`);
  });
}

function checkOptions(placed: readonly PlacedQuestion[], report: Report) {
  for (const { question, path } of placed) {
    const scored = isScored(question);
    optionsOf(question).forEach((option, i) => {
      const at = [...path, 'options', i];
      if (option.na && option.score !== undefined) report('option-na', [...at, 'score'], `option "${option.value}" is not applicable, so it takes no score; remove "score"`);
      else if (option.na && question.type === 'multi' && !option.exclusive) report('option-na', [...at, 'na'], `not-applicable option "${option.value}" must also be "exclusive: true" in a multi choice`);
      else if (scored && !option.na && option.score === undefined) report('option-score', at, `option "${option.value}" needs a score between 0 and 1, or "na: true" if it means not applicable`);
    });
  }
}

function checkRanges(placed: readonly PlacedQuestion[], report: Report) {
  for (const { question, path } of placed) {
    if (question.type === 'scale') {
      const { min, max, labels } = question.scale;
      if (min >= max) report('scale-range', [...path, 'scale', 'max'], `scale max (${max}) must be greater than min (${min})`);
      // Each point is a choice on screen: a scale of more than 100 points cannot be answered by picking.
      else if (max - min > MAX_SCALE_STEPS) report('scale-range', [...path, 'scale', 'max'], `a scale may have at most ${MAX_SCALE_STEPS + 1} points, not ${max - min + 1}; use a number question instead`);
      for (const point of Object.keys(labels ?? {})) {
        if (Number(point) < min || Number(point) > max) report('scale-range', [...path, 'scale', 'labels', point], `label for ${point} is outside the scale ${min}–${max}`, 'error', 'key');
      }
    }
    if (question.type === 'number' && question.number?.min !== undefined && question.number.max !== undefined && question.number.min >= question.number.max) {
      report('number-range', [...path, 'number', 'max'], `max (${question.number.max}) must be greater than min (${question.number.min})`);
    }
  }
}

function checkBands(bank: Bank, placed: readonly PlacedQuestion[], report: Report) {
  const first = bank.bands[0];
  if (first && first.min !== 0) report('band-start', ['bands', 0, 'min'], `the first band must start at 0, not ${first.min}, so every score has a band`);
  bank.bands.forEach((band, i) => {
    const previous = bank.bands[i - 1];
    if (previous && band.min <= previous.min) report('band-order', ['bands', i, 'min'], `band "${band.id}" starts at ${band.min}, but must start above "${previous.id}" (${previous.min}); list bands with rising minimums`);
  });
  const best = bestOverall(bank, placed);
  bank.bands.forEach((band, i) => {
    if (band.min > best + 1e-9) report('band-unreachable', ['bands', i, 'min'], `band "${band.id}" starts at ${band.min}, but the best possible score is ${round(best)}`);
  });
}

/** The highest overall score any answers could give, ignoring skip logic. */
function bestOverall(bank: Bank, placed: readonly PlacedQuestion[]): number {
  let total = 0;
  let weights = 0;
  for (const recommendation of bank.recommendations) {
    const questions = placed.filter(({ question }) => isScored(question) && recommendationIds(question).includes(recommendation.id));
    if (questions.length === 0) continue;
    const sum = questions.reduce((s, { question }) => s + question.weight * bestScore(question), 0);
    const weight = questions.reduce((s, { question }) => s + question.weight, 0);
    total += recommendation.weight * ((100 * sum) / weight);
    weights += recommendation.weight;
  }
  return weights === 0 ? 0 : total / weights;
}

function checkConditions(placed: readonly PlacedQuestion[], report: Report) {
  const byId = new Map(placed.map((p) => [p.question.id, p]));
  for (const entry of placed) {
    if (!entry.question.when) continue;
    const whenPath = [...entry.path, 'when'];
    for (const { condition, path } of everyCondition(entry.question.when, whenPath)) {
      const form = conditionForm(condition);
      if ('problem' in form) report('condition-form', path, form.problem);
    }
    for (const leaf of conditionLeaves(entry.question.when, whenPath)) {
      const target = byId.get(leaf.question);
      if (!target) {
        const earlier = placed.filter((p) => p.order < entry.order).map((p) => p.question.id);
        report('condition-order', [...leaf.path, 'question'], `no question "${leaf.question}" in this bank${didYouMean(leaf.question, earlier)}`);
        continue;
      }
      if (target.order >= entry.order) {
        const where = target.order === entry.order ? 'is this question itself' : 'comes later';
        report('condition-order', [...leaf.path, 'question'], `"${leaf.question}" ${where}; a condition may only refer to earlier questions`);
        continue;
      }
      checkConditionValues(target.question, leaf.values, report);
    }
  }
}

function checkConditionValues(question: Question, values: ConditionLeaf['values'], report: Report) {
  const possible = possibleValues(question);
  for (const { value, path } of values) {
    if (question.type === 'number' && typeof value !== 'number') {
      report('condition-value', path, `"${question.id}" is a number question, so ${JSON.stringify(value)} can never match`);
    } else if (possible && !possible.has(value)) {
      const choices = [...possible].map(String);
      const hint = closest(String(value), choices);
      const kind = question.type === 'scale' ? 'point' : 'option';
      report('condition-value', path, `"${question.id}" has no ${kind} ${JSON.stringify(value)}${hint ? `; did you mean "${hint}"?` : ` (it takes ${choices.join(', ')})`}`);
    }
  }
}

function* everyCondition(condition: Condition, path: DocPath): Generator<{ condition: Condition; path: DocPath }> {
  yield { condition, path };
  for (const [key, list] of [['all', condition.all], ['any', condition.any]] as const) {
    for (const [i, child] of (list ?? []).entries()) yield* everyCondition(child, [...path, key, i]);
  }
  if (condition.not) yield* everyCondition(condition.not, [...path, 'not']);
}

function checkUnusedQuestions(placed: readonly PlacedQuestion[], report: Report) {
  const referenced = new Set(placed.flatMap(({ question, path }) => (question.when ? conditionLeaves(question.when, path).map((l) => l.question) : [])));
  for (const { question, path } of placed) {
    if (isScored(question) || question.report || referenced.has(question.id)) continue;
    report('unused-question', [...path, 'id'], `question "${question.id}" feeds no score, no condition and no report section; add scores, "report: expectations" or "report: context", or remove it`, 'warning');
  }
}

/** Findings that need several banks at once. */
export function lintBankSet(banks: { bank: Bank; file: string; locator: Locator }[]): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const { bank, file, locator } of banks) {
    const first = seen.get(bank.id);
    if (first) findings.push({ file, ...locator.at(['id']), severity: 'error', rule: 'duplicate-bank-id', message: `bank id "${bank.id}" is already used by ${first}; bank ids must be unique` });
    else seen.set(bank.id, file);
  }
  return findings;
}

const round = (n: number) => Math.round(n * 100) / 100;
const MAX_SCALE_STEPS = 100;
