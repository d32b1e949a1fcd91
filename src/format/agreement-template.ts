// A blank agreement file (`ce-plan template --agree FILES…`, issue 25): the questions one organisation's
// respondents contest, each with what every respondent answered as comments, for a secretary to fill in
// with what the meeting agreed. Valid YAML as it is; an agreement once its date, who was present and
// at least one answer with its reason are filled in.
import { recommendationIds } from '../core/bank.js';
import type { Contested } from '../core/combine.js';
import { kindOf } from '../core/kinds/index.js';
import type { Bank } from '../core/schema.js';
import { bankLanguage } from '../core/translation.js';
import { wordsFor } from '../core/words/index.js';
import { schemaModeline } from './answer-template.js';

const comment = (text: string, indent = '  ') =>
  text
    // Every YAML line break, so no text can end the comment and write YAML of its own.
    .split(/\r\n?|\n/)
    .map((line) => `${indent}# ${line}`.trimEnd())
    .join('\n');

/** A scalar from a file, as YAML: JSON's double-quoted strings are YAML's, escapes and all. */
const quoted = (text: string) => JSON.stringify(text);

export interface AgreementTemplateInput {
  bank: Bank;
  version: string;
  organisation: { name: string; area?: string | undefined };
  /** Each answer file as a path from `folder`, its label and the SHA-256 of its bytes. */
  respondents: readonly { file: string; label: string; sha256: string }[];
  /** Where the file should be saved, for the paths above: the answer files' folder. */
  folder: string;
  contested: readonly Contested[];
}

/** The blank agreement; its comments in the language of `bank` (made in it by bankIn). */
export function agreementTemplate({ bank, version, organisation, respondents, folder, contested }: AgreementTemplateInput, schema: string): string {
  const words = wordsFor(bankLanguage(bank));
  const said = words.agree;
  const lines = [
    schemaModeline(schema),
    comment(said.blank(organisation.name, contested.length, respondents.length), ''),
    comment(said.howTo(folder), ''),
    `bank: ${bank.id}`,
    `bank_version: ${quoted(version)}`,
    'organisation:',
    `  name: ${quoted(organisation.name)}`,
    ...(organisation.area === undefined ? [] : [`  area: ${quoted(organisation.area)}`]),
    `date: ""  # ${said.date}`,
    comment(said.respondents, ''),
    'respondents:',
  ];
  for (const { file, label, sha256 } of respondents) lines.push(comment(label), `  - file: ${quoted(file)}`, `    sha256: ${sha256}`);
  lines.push(`present: []  # ${said.presentList}`);
  lines.push(contested.length === 0 ? `agreed: {}  # ${said.nothingContested}` : 'agreed:');
  for (const { question, answers } of contested) {
    const recommendation = bank.recommendations.find((r) => recommendationIds(question).includes(r.id));
    lines.push('', comment(`${question.prompt}${recommendation === undefined ? '' : ` (${recommendation.title})`}`));
    for (const { respondent, answer } of answers) lines.push(comment(`  ${respondent}: ${answer}`));
    lines.push(comment(words.template.answer(kindOf(question).hint(question, words))), `  ${question.id}:`, '    answer:', '    reason:');
  }
  return lines.join('\n') + '\n';
}
