// A blank answer file for a bank (`ce-plan template`): every question as a commented entry, valid YAML
// once filled in.
import { describeCondition } from '../core/conditions.js';
import { kindOf } from '../core/kinds/index.js';
import type { Bank } from '../core/schema.js';

const comment = (text: string, indent = '  ') =>
  text
    // Every YAML line break, so no text can end the comment and write YAML of its own.
    .split(/\r\n?|\n/)
    .map((line) => `${indent}# ${line}`.trimEnd())
    .join('\n');

/** The first line of an answer file: where editors using yaml-language-server find its JSON Schema. */
export const schemaModeline = (schema: string) => `# yaml-language-server: $schema=${schema}`;

/** A blank answer file; `schema` is the modeline's reference to the answers schema (see io/paths.ts). */
export function answerTemplate(bank: Bank, schema: string): string {
  const lines = [
    schemaModeline(schema),
    `# Answers for "${bank.title}" (${bank.id} ${bank.version}).`,
    '# Write each answer after its colon. Leave it empty if you cannot answer yet: it counts as unanswered.',
    '# Then run: ce-plan assess THIS-FILE',
    `bank: ${bank.id}`,
    `bank_version: ${bank.version}`,
    'organisation:',
    '  name: ""  # required: the organisation assessed',
    '  # area: ""  # optional',
    '  # completed_by: ""  # optional',
    "  # date: 2026-01-31  # optional: the report's date (YYYY-MM-DD)",
    '# respondent:  # optional: who answered, when several people answer for one organisation (assess --combine)',
    '#   name: ""',
    '#   role: ""',
    'answers:',
  ];
  bank.sections.forEach((section, s) => {
    lines.push('', comment(`Section ${s + 1} of ${bank.sections.length}: ${section.title}`));
    for (const question of section.questions) {
      lines.push(comment(`${question.prompt} [${question.type}]`), comment(`Answer: ${kindOf(question).hint(question)}`));
      if (question.when) lines.push(comment(`Only asked if ${describeCondition(question.when)}`));
      lines.push(`  ${question.id}:`);
    }
  });
  return lines.join('\n') + '\n';
}
