// A blank answer file for a bank (`ce-plan template`): every question as a commented entry, valid YAML
// once filled in.
import { describeCondition } from '../core/conditions.js';
import type { Bank, Question } from '../core/schema.js';

const comment = (text: string, indent = '  ') =>
  text
    .split('\n')
    .map((line) => `${indent}# ${line}`.trimEnd())
    .join('\n');

function answerHint(question: Question): string {
  switch (question.type) {
    case 'single':
      return `one of: ${question.options.map((o) => `${o.value} = ${o.label}`).join(' | ')}`;
    case 'multi': {
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.value);
      const alone = exclusive.length ? ` (${exclusive.join(', ')} only on its own)` : '';
      return `a list, such as [${question.options[0]!.value}], of: ${question.options.map((o) => `${o.value} = ${o.label}`).join(' | ')}${alone}`;
    }
    case 'scale': {
      const { min, max, labels = {} } = question.scale;
      const ends = [min, max].map((point) => (labels[String(point)] ? `${point} = ${labels[String(point)]}` : String(point)));
      return `a whole number from ${min} to ${max} (${ends.join(', ')})`;
    }
    case 'number': {
      const { min, max, integer, unit } = question.number ?? {};
      const range = [min !== undefined ? `at least ${min}` : '', max !== undefined ? `at most ${max}` : ''].filter(Boolean).join(', ');
      return `${integer ? 'a whole number' : 'a number'}${unit ? ` of ${unit}` : ''}${range ? `, ${range}` : ''}`;
    }
    case 'text':
      return `text in quotes${question.max_length ? `, up to ${question.max_length} characters` : ''}`;
  }
}

export function answerTemplate(bank: Bank): string {
  const lines = [
    '# yaml-language-server: $schema=../schema/answers.schema.json',
    `# Answers for "${bank.title}" (${bank.id} ${bank.version}).`,
    '# Write each answer after its colon. Leave it empty if you cannot answer yet: it counts as unanswered.',
    '# Then run: ce-plan assess THIS-FILE',
    `bank: ${bank.id}`,
    `bank_version: ${bank.version}`,
    'organisation:',
    '  name: ""  # required: the organisation assessed',
    '  # area: ""  # optional',
    '  # completed_by: ""  # optional',
    '  # date: 2026-01-31  # optional: the report\'s date (YYYY-MM-DD)',
    'answers:',
  ];
  bank.sections.forEach((section, s) => {
    lines.push('', comment(`Section ${s + 1} of ${bank.sections.length}: ${section.title}`));
    for (const question of section.questions) {
      lines.push(comment(`${question.prompt} [${question.type}]`), comment(`Answer: ${answerHint(question)}`));
      if (question.when) lines.push(comment(`Only asked if ${describeCondition(question.when)}`));
      lines.push(`  ${question.id}:`);
    }
  });
  return lines.join('\n') + '\n';
}
