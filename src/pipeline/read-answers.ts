// The first step of `assess` for an answer file: its data, read the quick way (quick-yaml.ts) where
// that can be vouched for, else by yaml with every position (parse-answers.ts, loaded only then). A
// file read the quick way that then has a finding is read again by yaml, to place it (assess.ts).
import type { Result } from '../core/result.js';
import type { Words } from '../core/words/index.js';
import { textHash } from '../io/text-hash.js';
import type { ParsedAnswers } from './parse-answers.js';
import { readQuickly } from './quick-yaml.js';

export async function readAnswers(file: string, text: string, words: Words): Promise<Result<ParsedAnswers>> {
  const data = readQuickly(text);
  if (data !== undefined) return { ok: true, value: { file, data, positions: { text }, source: { file, sha256: textHash(text) } }, diagnostics: [] };
  return (await import('./parse-answers.js')).parseAnswers(file, text, words);
}
