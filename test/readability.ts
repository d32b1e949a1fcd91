// Flesch–Kincaid grade level, for checking that bank prompts stay plain. A heuristic syllable count is
// enough here: the test compares a median against a threshold, not single words against a dictionary.

/** Syllables in one word: vowel groups, less a silent final "e", at least one. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0]!) // silent endings: "makes", "named", "make"
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

function words(text: string): string[] {
  return text.split(/[\s/–—-]+/).filter((w) => /[a-z0-9]/i.test(w));
}

/** 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const sentences = Math.max(1, text.split(/[.?!]+(?:\s|$)/).filter((s) => s.trim().length > 0).length);
  const syllableCount = list.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (list.length / sentences) + 11.8 * (syllableCount / list.length) - 15.59;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
