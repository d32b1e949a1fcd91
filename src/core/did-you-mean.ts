// "Did you mean" suggestions for misspelt keys and ids.
import type { Words } from './words/index.js';

/**
 * The edit distance between two words, or `limit + 1` once it is sure to be more than `limit`: a file
 * with thousands of unknown keys asks this of every candidate for each one, and most are far apart.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    // Every later row is at least this row's least value.
    if (rowBest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The closest candidate, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance && distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** "; did you mean …?" in `words`' language, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>, words: Words): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : words.findings.didYouMean(suggestion);
}
