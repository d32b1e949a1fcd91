// Writes docs/banks.md from the built-in banks, so the trace from recommendation to question to source
// cannot drift from the YAML (test/banks.test.ts fails when the committed page differs).
// Run after `npm run build`: `node scripts/banks-doc.js` (or `--check` to only compare).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Each point of the two sources (product spec §1) and the questions that ask about it, by bank.
 * `report` marks points the report itself answers rather than a question. `notAsked` gives the reason a
 * point is deliberately asked by no bank (a string), or by one bank (`{ 'quick-check': reason }`); a point
 * that ce-readiness asks and quick-check does not is left to the full bank for the reason in NOT_ASKED_BY.
 */
export const COVERAGE = [
  // Strategy guide: Key strategy connections for Community Engagement
  {
    source: 'strategy',
    section: 'Key strategy connections for Community Engagement',
    point: 'Engagement can easily fail if it is not seen as integral to the work; seen as a "must do"',
    questions: { 'ce-readiness': ['must-do'], 'quick-check': ['must-do'] },
  },
  {
    source: 'strategy',
    section: 'Key strategy connections for Community Engagement',
    point: 'Commitment from the top',
    questions: { 'ce-readiness': ['top-commitment'], 'quick-check': ['must-do'] },
  },
  {
    source: 'strategy',
    section: 'Key strategy connections for Community Engagement',
    point: "The organisation's role and objectives, and how engagement sits within them",
    questions: { 'ce-readiness': ['role-fit'] },
  },
  {
    source: 'strategy',
    section: 'Key strategy connections for Community Engagement',
    point: 'Links to culture, business plan, objectives for working in partnership and so on',
    questions: { 'ce-readiness': ['plan-links'] },
  },
  // Strategy guide: Expected impact
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Thinking about expected impact helps plan appropriate activities',
    questions: { 'ce-readiness': ['impact-thought', 'impact-used'], 'quick-check': ['impact-thought'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Using knowledge of how the organisation is run to judge the scope for change, and why',
    questions: { 'ce-readiness': ['impact-thought', 'scope-priorities', 'scope-policy', 'scope-services'], 'quick-check': ['impact-thought'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Scope to change organisational strategy and priorities',
    questions: { 'ce-readiness': ['scope-priorities'], 'quick-check': ['scope-most'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Scope to change policies and practice',
    questions: { 'ce-readiness': ['scope-policy'], 'quick-check': ['scope-most'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Scope to change service delivery on the ground',
    questions: { 'ce-readiness': ['scope-services'], 'quick-check': ['scope-most'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Which areas engagement might change more than others',
    questions: { 'ce-readiness': ['scope-priorities', 'scope-policy', 'scope-services'], 'quick-check': ['scope-most'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Where there is little scope, how it could change in future',
    questions: { 'ce-readiness': ['little-scope-plan', 'little-scope-notes'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: "Participants' own expectations, managed actively before the process",
    questions: { 'ce-readiness': ['expectations-before'], 'quick-check': ['expectations-before'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Expectations managed throughout the process',
    questions: { 'ce-readiness': ['expectations-throughout'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'Pragmatism in responding (the "double the police on the beat" example)',
    questions: { 'ce-readiness': ['unmeetable-ready', 'unmeetable-answer'], 'quick-check': ['unmeetable-ready', 'unmeetable-answer'] },
  },
  {
    source: 'strategy',
    section: 'Expected impact',
    point: 'The "several possible reactions" to such a demand',
    notAsked: "the source text breaks off before it lists them, so the banks offer none as options; unmeetable-answer asks for the group's own answer instead",
  },
  // Strategy guide: Organisational commitment
  { source: 'strategy', section: 'Organisational commitment', point: 'Commitment to listening to communities', questions: { 'ce-readiness': ['listening'] } },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'Commitment to responding to communities',
    questions: { 'ce-readiness': ['responding'], 'quick-check': ['responding'] },
  },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'Changing practice as a result',
    questions: { 'ce-readiness': ['practice-changed', 'practice-example'], 'quick-check': ['practice-changed'] },
  },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'Departments or people more focused on communities (champions), whose influence can change the direction',
    questions: { 'ce-readiness': ['champions', 'champions-involved'] },
  },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'The things to think about to nurture and sustain commitment',
    notAsked: 'the source text announces a list here but gives none, so there is nothing to paraphrase',
  },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'Other openings to influence commitment and change, such as positive press coverage',
    questions: { 'ce-readiness': ['openings', 'openings-other'] },
  },
  { source: 'strategy', section: 'gap analysis', point: 'Gap analysis as the next step', report: "the report's gap analysis" },
  {
    source: 'strategy',
    section: 'detailed objectives',
    point: 'Detailed objectives as the next step',
    report: "the report's action plan of detailed objectives, built from the actions whose questions fell short",
  },
  // DPR 48 review
  {
    source: 'dpr48',
    section: "Summary of the intervention's aim",
    point: 'The pilot itself: nine Community Safety Groups, supported by consultants for a year',
    notAsked: 'background to the lessons, not a practice a group can be asked about',
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
    questions: { 'ce-readiness': ['definition-understood'], 'quick-check': ['definition-understood'] },
  },
  { source: 'dpr48', section: 'Clarifying who to engage and why', point: 'Clear aims for any engagement', questions: { 'ce-readiness': ['aims-clear'] } },
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
    questions: { 'ce-readiness': ['methods-inward', 'methods-inward-other'], 'quick-check': ['methods-mix'] },
  },
  {
    source: 'dpr48',
    section: 'Methods of community engagement',
    point: 'Outward-facing methods (outside formal meetings)',
    questions: { 'ce-readiness': ['methods-outward', 'methods-outward-other'], 'quick-check': ['methods-mix'] },
  },
  {
    source: 'dpr48',
    section: 'Methods of community engagement',
    point: 'Methods tailored to their purpose; how well each works depends on who is engaged and why',
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
    point: 'Capacity for communities to get involved, so that they can hold service providers to account',
    questions: { 'ce-readiness': ['capacity-support', 'capacity-support-other', 'community-capacity'] },
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
    point: 'Realistic about what can be achieved',
    questions: { 'ce-readiness': ['realistic-goals'] },
  },
  {
    source: 'dpr48',
    section: 'Maximising community involvement',
    point: 'Prepared to deal with the unexpected',
    questions: { 'ce-readiness': ['ready-for-unexpected'] },
  },
  {
    source: 'dpr48',
    section: 'Maximising community involvement',
    point: 'Effective organisation is essential to success',
    questions: { 'ce-readiness': ['organising-lead', 'issue-log'], 'quick-check': ['organising-lead'] },
  },
  {
    source: 'dpr48',
    section: 'Outcomes',
    point: 'Engaging can be many-sided and complex, so it needs to be managed efficiently; the organisation of the groups was critical to their success',
    questions: { 'ce-readiness': ['issue-log', 'organising-lead'], 'quick-check': ['organising-lead'] },
  },
  {
    source: 'dpr48',
    section: 'Outcomes',
    point: 'Managing community expectations; honesty about how far contributions can change practice on the ground',
    questions: { 'ce-readiness': ['honest-influence', 'feedback-given'], 'quick-check': ['honest-influence'] },
  },
  {
    source: 'dpr48',
    section: 'Outcomes',
    point: 'Failing at that can result in frustration and risks disengagement',
    questions: { 'ce-readiness': ['frustration-seen', 'feedback-given'], 'quick-check': ['honest-influence'] },
  },
  {
    source: 'dpr48',
    section: 'Summary of evaluation conclusions',
    point: 'The groups and consultants found achieving engagement a challenging task',
    notAsked: 'a finding about the pilot, not a practice a group can be asked about',
  },
  {
    source: 'dpr48',
    section: 'Summary of evaluation conclusions',
    point: 'Flexible initiatives make it easier for communities to contribute',
    questions: { 'ce-readiness': ['approach-flexible'] },
  },
  {
    source: 'dpr48',
    section: 'Summary of evaluation conclusions',
    point: 'Transparent initiatives make it easier for communities to contribute',
    questions: { 'ce-readiness': ['process-open'] },
  },
  {
    source: 'dpr48',
    section: 'Summary of evaluation conclusions',
    point: 'Organised initiatives make it easier for communities to contribute',
    questions: { 'ce-readiness': ['organising-lead', 'issue-log', 'ready-for-unexpected'], 'quick-check': ['organising-lead'] },
  },
  {
    source: 'dpr48',
    section: 'Summary of evaluation conclusions',
    point: 'Being clear, from the start, why you are engaging local people',
    questions: { 'ce-readiness': ['aims-clear', 'who-clear'], 'quick-check': ['who-clear'] },
  },
  {
    source: 'dpr48',
    section: 'Summary of evaluation conclusions',
    point: 'The checklist of points for setting up engagement',
    notAsked:
      'it repeats the lessons listed under Outcomes (definition, combined methods, who and why, accountability and capacity, organisation, realism), which are asked under their own headings above',
  },
  {
    source: 'dpr48',
    section: 'How the evaluation gathered information for findings and conclusions',
    point: 'The review draws on governmental and academic literature',
    notAsked: 'how the review was made, not a practice a group can be asked about',
  },
];

/** Why a bank leaves out a point that another bank asks, unless the point's `notAsked` says otherwise. */
export const NOT_ASKED_BY = {
  'quick-check': 'a short first conversation; the full ce-readiness bank asks it',
};

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

function notAskedReason(entry, bankId) {
  if (typeof entry.notAsked === 'string') return entry.notAsked;
  return entry.notAsked?.[bankId] ?? NOT_ASKED_BY[bankId] ?? 'not asked in this bank';
}

function coverageList(sources, bankIds) {
  const lines = [];
  for (const source of sources) {
    lines.push(`### ${source.title}`, '');
    for (const entry of COVERAGE.filter((c) => c.source === source.id)) {
      let where;
      if (entry.report) where = `answered by ${entry.report}`;
      else if (typeof entry.notAsked === 'string') where = `**not asked**: ${entry.notAsked}`;
      else {
        where = bankIds
          .map((id) => (entry.questions?.[id]?.length ? `${id}: ${code(entry.questions[id])}` : `${id}: not asked (${notAskedReason(entry, id)})`))
          .join('; ');
      }
      lines.push(`- ${cell(entry.point)} (${entry.section}): ${where}`);
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
  lines.push('## Coverage', '', 'Each point of the two sources, and the questions that ask about it in each bank. A point no bank asks', 'says why.', '');
  lines.push(
    ...coverageList(
      sources,
      ordered.map((b) => b.id),
    ),
  );
  return lines.join('\n').replace(/\n+$/, '\n');
}

async function main() {
  const { builtInBankFiles } = await import('../dist/io/bank-files.js');
  const { loadBank } = await import('../dist/pipeline/load-bank.js');
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
