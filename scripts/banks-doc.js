// Writes docs/banks.md from the built-in banks, so the trace from recommendation to question to source
// cannot drift from the YAML (test/banks.test.ts fails when the committed page differs).
// Run after `npm run build`: `node scripts/banks-doc.js` (or `--check` to only compare).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Each point of the two sources (product spec §1) and the questions that ask about it, by bank.
 * `report` marks points the report itself answers rather than a question.
 */
export const COVERAGE = [
  {
    source: 'strategy',
    section: 'Key strategy connections for Community Engagement',
    point: 'Engagement seen as a "must do", not an extra',
    questions: { 'ce-readiness': ['must-do'], 'quick-check': ['top-commitment'] },
  },
  {
    source: 'strategy',
    section: 'Key strategy connections for Community Engagement',
    point: 'Commitment from the top',
    questions: { 'ce-readiness': ['top-commitment'], 'quick-check': ['top-commitment'] },
  },
  {
    source: 'strategy',
    section: 'Key strategy connections for Community Engagement',
    point: "How engagement sits within the organisation's role and objectives",
    questions: { 'ce-readiness': ['role-fit', 'plan-links'] },
  },
  {
    source: 'strategy',
    section: 'Key strategy connections for Community Engagement',
    point: 'Links to culture, business plan and partnership objectives',
    questions: { 'ce-readiness': ['plan-links'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Thinking about expected impact to plan the right activities',
    questions: { 'ce-readiness': ['impact-thought'], 'quick-check': ['scope-change'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Scope to change organisational strategy and priorities',
    questions: { 'ce-readiness': ['scope-priorities'], 'quick-check': ['scope-change'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Scope to change policies and practice',
    questions: { 'ce-readiness': ['scope-policy'], 'quick-check': ['scope-change'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Scope to change service delivery on the ground',
    questions: { 'ce-readiness': ['scope-services'], 'quick-check': ['scope-change'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Where there is little scope, how it could change in future',
    questions: { 'ce-readiness': ['little-scope-plan', 'little-scope-notes'], 'quick-check': ['little-scope-notes'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: "Managing participants' expectations before the process",
    questions: { 'ce-readiness': ['expectations-before'], 'quick-check': ['expectations-before'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Managing expectations throughout the process',
    questions: { 'ce-readiness': ['expectations-throughout'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Pragmatic responses to demands that cannot be met (the "double the police on the beat" example)',
    questions: { 'ce-readiness': ['unmeetable-ready', 'unmeetable-answer'], 'quick-check': ['unmeetable-answer'] },
  },
  { source: 'strategy', section: 'Organisational commitment', point: 'Commitment to listening to communities', questions: { 'ce-readiness': ['listening'] } },
  { source: 'strategy', section: 'Organisational commitment', point: 'Commitment to responding to communities', questions: { 'ce-readiness': ['responding'] } },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'Changing practice as a result',
    questions: { 'ce-readiness': ['practice-changed', 'practice-example'], 'quick-check': ['practice-changed'] },
  },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'Departments or people more focused on communities (champions) who can change the direction',
    questions: { 'ce-readiness': ['champions', 'champions-involved'] },
  },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'Other openings to build commitment, such as positive press coverage',
    questions: { 'ce-readiness': ['openings'] },
  },
  { source: 'strategy', section: 'gap analysis', point: 'Gap analysis as the next step', report: "the report's gap analysis" },
  {
    source: 'strategy',
    section: 'detailed objectives',
    point: 'Detailed objectives as the next step',
    report: "the report's action plan of detailed objectives, built from each recommendation's actions",
  },
  {
    source: 'dpr48',
    section: 'The definition of community engagement',
    point: 'Community engagement defined at the outset',
    questions: { 'ce-readiness': ['definition-written', 'definition-agreed'], 'quick-check': ['definition-written'] },
  },
  {
    source: 'dpr48',
    section: 'The definition of community engagement',
    point: 'The definition understood by all stakeholders',
    questions: { 'ce-readiness': ['definition-understood'], 'quick-check': ['definition-written'] },
  },
  {
    source: 'dpr48',
    section: 'Clarifying who to engage and why',
    point: 'Clear aims for any engagement',
    questions: { 'ce-readiness': ['aims-clear'], 'quick-check': ['who-clear'] },
  },
  {
    source: 'dpr48',
    section: 'Clarifying who to engage and why',
    point: 'Clear about who should be involved and why',
    questions: { 'ce-readiness': ['who-clear', 'who-reached'], 'quick-check': ['who-clear'] },
  },
  {
    source: 'dpr48',
    section: 'Methods of community engagement',
    point: 'Inward-facing methods (meetings with service providers)',
    questions: { 'ce-readiness': ['methods-inward'], 'quick-check': ['methods-mix'] },
  },
  {
    source: 'dpr48',
    section: 'Methods of community engagement',
    point: 'Outward-facing methods (outside formal meetings)',
    questions: { 'ce-readiness': ['methods-outward'], 'quick-check': ['methods-mix'] },
  },
  {
    source: 'dpr48',
    section: 'Methods of community engagement',
    point: 'Methods tailored to their purpose, and to who is engaged and why',
    questions: { 'ce-readiness': ['methods-tailored'] },
  },
  {
    source: 'dpr48',
    section: 'Methods of community engagement',
    point: 'Combining both for a broader picture of the issues',
    questions: { 'ce-readiness': ['methods-combined'], 'quick-check': ['methods-mix'] },
  },
  {
    source: 'dpr48',
    section: 'Accountability and community engagement',
    point: 'Clear accountability structures',
    questions: { 'ce-readiness': ['accountability-clear', 'report-back'], 'quick-check': ['accountability-clear'] },
  },
  {
    source: 'dpr48',
    section: 'Accountability and community engagement',
    point: 'Community capacity to get involved and hold service providers to account',
    questions: { 'ce-readiness': ['capacity-support', 'community-capacity'] },
  },
  {
    source: 'dpr48',
    section: 'Accountability and community engagement',
    point: 'Community meeting structures, agendas and protocols',
    questions: { 'ce-readiness': ['meeting-structure', 'agendas', 'protocols', 'meetings-per-year'] },
  },
  {
    source: 'dpr48',
    section: 'Maximising community involvement',
    point: 'Realistic about the time and resources needed',
    questions: { 'ce-readiness': ['time-planned', 'resources-enough', 'hours-per-month'], 'quick-check': ['time-planned'] },
  },
  {
    source: 'dpr48',
    section: 'Maximising community involvement',
    point: 'Resources for those trying to engage the community',
    questions: { 'ce-readiness': ['engager-support'] },
  },
  {
    source: 'dpr48',
    section: 'Maximising community involvement',
    point: 'Realistic about what can be achieved, and prepared for the unexpected',
    questions: { 'ce-readiness': ['realistic-goals', 'ready-for-unexpected'] },
  },
  {
    source: 'dpr48',
    section: 'Maximising community involvement',
    point: 'Effective, efficiently managed organisation of engagement',
    questions: { 'ce-readiness': ['organising-lead', 'issue-log'] },
  },
  {
    source: 'dpr48',
    section: 'Outcomes',
    point: 'Honesty about how far contributions can change practice on the ground',
    questions: { 'ce-readiness': ['honest-influence', 'feedback-given'], 'quick-check': ['honest-influence', 'expectations-before'] },
  },
  {
    source: 'dpr48',
    section: 'Outcomes',
    point: 'Failing at that breeds frustration and disengagement',
    questions: { 'ce-readiness': ['frustration-seen', 'feedback-given'], 'quick-check': ['honest-influence'] },
  },
];

const cell = (text) => String(text).replace(/\|/g, '\\|');
const code = (ids) => ids.map((id) => `\`${id}\``).join(', ');

function questionsOf(bank) {
  return bank.sections.flatMap((section) => section.questions);
}

function recommendationIdsOf(question) {
  return question.recommendations ?? (question.recommendation === undefined ? [] : [question.recommendation]);
}

function bankTables(bank) {
  const questions = questionsOf(bank);
  const lines = [
    `## ${bank.id}: ${bank.title} (version ${bank.version})`,
    '',
    `${questions.length} questions, ${bank.recommendations.length} recommendations.`,
    '',
    '| recommendation | weight | source: section | scored by |',
    '| --- | --- | --- | --- |',
  ];
  for (const r of bank.recommendations) {
    const scoredBy = questions.filter((q) => recommendationIdsOf(q).includes(r.id)).map((q) => q.id);
    lines.push(`| ${cell(r.title)} (\`${r.id}\`) | ${r.weight} | ${r.source.id}: ${cell(r.source.section)} | ${code(scoredBy)} |`);
  }
  const unscored = questions.filter((q) => q.report !== undefined);
  if (unscored.length > 0) {
    lines.push(
      '',
      'Questions whose answers the report quotes rather than scores:',
      '',
      '| question | type | report section | source: section |',
      '| --- | --- | --- | --- |',
    );
    for (const q of unscored) lines.push(`| \`${q.id}\` | ${q.type} | ${q.report} | ${q.source.id}: ${cell(q.source.section)} |`);
  }
  return lines;
}

function coverageList(sources, bankIds) {
  const lines = [];
  for (const source of sources) {
    lines.push(`### ${source.title}`, '');
    for (const entry of COVERAGE.filter((c) => c.source === source.id)) {
      const where = entry.report
        ? `answered by ${entry.report}`
        : bankIds
            .filter((id) => entry.questions[id]?.length)
            .map((id) => `${id}: ${code(entry.questions[id])}`)
            .join('; ');
      lines.push(`- ${entry.point} (${entry.section}): ${where}`);
    }
    lines.push('');
  }
  return lines;
}

/** The whole of docs/banks.md for these banks (ce-readiness first, as the default). */
export function renderBanksDoc(banks) {
  const ordered = [...banks].sort((a, b) => (a.id === 'ce-readiness' ? -1 : b.id === 'ce-readiness' ? 1 : a.id.localeCompare(b.id)));
  const sources = ordered[0].sources;
  const lines = [
    '# The built-in question banks',
    '',
    '<!-- Generated by `node scripts/banks-doc.js` from questionnaires/*.yaml; do not edit by hand. -->',
    '',
    'Each recommendation below names the questions that score it and the section of the source it paraphrases,',
    'so every gap in a report can be traced back to the guidance. The sources:',
    '',
    ...sources.map((s) => `- \`${s.id}\`: ${s.title}${s.author ? `, ${s.author}` : ''}${s.year ? ` (${s.year})` : ''}`),
    '',
  ];
  for (const bank of ordered) lines.push(...bankTables(bank), '');
  lines.push('## Coverage', '', 'Each point of the two sources, and the questions that ask about it.', '');
  lines.push(
    ...coverageList(
      sources,
      ordered.map((b) => b.id),
    ),
  );
  return lines.join('\n').replace(/\n+$/, '\n');
}

async function main() {
  const { builtInBankFiles, loadBank } = await import('../dist/io/load-bank.js');
  const banks = [];
  for (const file of await builtInBankFiles()) banks.push((await loadBank(file)).bank);
  const target = fileURLToPath(new URL('../docs/banks.md', import.meta.url));
  const text = renderBanksDoc(banks);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // a missing page is simply out of date
    }
    if (current !== text) {
      console.error('docs/banks.md is out of date; run `node scripts/banks-doc.js`');
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(target, text);
  console.log('wrote docs/banks.md');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
