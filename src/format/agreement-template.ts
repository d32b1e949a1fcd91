// A blank agreement file (`ce-plan template --agree FILES…`, issue 25): the questions one organisation's
// respondents contest, each with what every respondent answered as comments, for a secretary to fill in
// with what the meeting agreed. Valid YAML as it is; an agreement once its date, who was present and
// at least one answer with its reason are filled in.
import { recommendationIds } from '../core/bank.js';
import type { Contested } from '../core/combine.js';
import { kindOf } from '../core/kinds/index.js';
import type { Bank } from '../core/schema.js';
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

export function agreementTemplate({ bank, version, organisation, respondents, folder, contested }: AgreementTemplateInput, schema: string): string {
  const lines = [
    schemaModeline(schema),
    comment(
      `A blank agreement for ${organisation.name}: the ${contested.length === 1 ? 'question' : `${contested.length} questions`} its ${respondents.length} respondents answered differently.`,
      '',
    ),
    '# For each question the meeting agrees, write the agreed answer and, in one line, why; leave both empty',
    '# for a question it does not agree. Fill in the date and who was present, and save this file in',
    comment(`${folder} (the respondents' files below are named from there) as agreement.yaml or NAME.agreement.yaml;`, ''),
    '# `ce-plan assess --combine` on the answer files then applies it (docs/agreement-files.md).',
    `bank: ${bank.id}`,
    `bank_version: ${quoted(version)}`,
    'organisation:',
    `  name: ${quoted(organisation.name)}`,
    ...(organisation.area === undefined ? [] : [`  area: ${quoted(organisation.area)}`]),
    'date: ""  # required: the day the meeting agreed, YYYY-MM-DD',
    '# The answer files agreed on: one that changes after this is named, and the agreement is not applied to it.',
    'respondents:',
  ];
  for (const { file, label, sha256 } of respondents) lines.push(comment(label), `  - file: ${quoted(file)}`, `    sha256: ${sha256}`);
  lines.push('present: []  # required: who was present, names or roles, such as [Resident chair, Housing manager]');
  lines.push(contested.length === 0 ? 'agreed: {}  # nothing is contested' : 'agreed:');
  for (const { question, answers } of contested) {
    const recommendation = bank.recommendations.find((r) => recommendationIds(question).includes(r.id));
    lines.push('', comment(`${question.prompt}${recommendation === undefined ? '' : ` (${recommendation.title})`}`));
    for (const { respondent, answer } of answers) lines.push(comment(`  ${respondent}: ${answer}`));
    lines.push(comment(`Answer: ${kindOf(question).hint(question)}`), `  ${question.id}:`, '    answer:', '    reason:');
  }
  return lines.join('\n') + '\n';
}
