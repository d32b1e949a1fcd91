// A blank answer file for a bank (`ce-plan template`): every question as a commented entry, valid YAML
// once filled in; in another language (`--lang cy`), its comments and the bank's words in it, and `lang:`
// so that the reports of the answers are in it too.
import { describeCondition } from '../core/conditions.js';
import { kindOf } from '../core/kinds/index.js';
import type { Language } from '../core/languages.js';
import type { Bank } from '../core/schema.js';
import { bankIn } from '../core/translation.js';
import { wordsFor } from '../core/words/index.js';

const comment = (text: string, indent = '  ') =>
  text
    // Every YAML line break, so no text can end the comment and write YAML of its own.
    .split(/\r\n?|\n/)
    .map((line) => `${indent}# ${line}`.trimEnd())
    .join('\n');

/** The first line of an answer file: where editors using yaml-language-server find its JSON Schema. */
export const schemaModeline = (schema: string) => `# yaml-language-server: $schema=${schema}`;

/**
 * A blank answer file in the first of `languages`, saying `lang:` for its reports (both, for a bilingual
 * report); `schema` is the modeline's reference to the answers schema (see io/paths.ts).
 */
export function answerTemplate(english: Bank, schema: string, languages: readonly Language[] = ['en']): string {
  const language = languages[0] ?? 'en';
  const bank = bankIn(english, language);
  const words = wordsFor(language);
  const say = words.template;
  const lines = [
    schemaModeline(schema),
    `# ${say.answersFor(bank.title, bank.id, bank.version)}`,
    `# ${say.howTo}`,
    `# ${say.then}`,
    `bank: ${bank.id}`,
    `bank_version: ${bank.version}`,
    ...(languages.length <= 1 && language === 'en' ? [] : [`lang: ${languages.length === 1 ? language : `[${languages.join(', ')}]`}  # ${say.lang}`]),
    'organisation:',
    `  name: ""  # ${say.name}`,
    `  # area: ""  # ${say.optional}`,
    `  # completed_by: ""  # ${say.optional}`,
    `  # date: 2026-01-31  # ${say.date}`,
    `# respondent:  # ${say.respondent}`,
    '#   name: ""',
    '#   role: ""',
    'answers:',
  ];
  bank.sections.forEach((section, s) => {
    lines.push('', comment(say.section(s + 1, bank.sections.length, section.title)));
    for (const question of section.questions) {
      lines.push(comment(`${question.prompt} [${question.type}]`), comment(say.answer(kindOf(question).hint(question, words))));
      if (question.when) lines.push(comment(say.onlyIf(describeCondition(question.when, say))));
      lines.push(`  ${question.id}:`);
    }
  });
  return lines.join('\n') + '\n';
}
