// Which languages an answer file's reports are written in, shared by `assess` and `init`.
import type { Language } from '../core/languages.js';
import type { AnswerFile } from '../core/schema.js';

/** The languages a file's reports are in, the first first: `--lang`, else its `lang:`, else English. */
export function reportLanguages(content: Pick<AnswerFile, 'lang'>, given: readonly Language[] | undefined): readonly [Language, ...Language[]] {
  const asked = given ?? (content.lang === undefined ? ['en'] : typeof content.lang === 'string' ? [content.lang] : content.lang);
  return asked.length === 0 ? ['en'] : (asked as [Language, ...Language[]]);
}
