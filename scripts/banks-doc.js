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
    questions: { 'ce-readiness': ['plan-links', 'plan-links-other'] },
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
    point: 'Nurturing and sustaining organisational commitment',
    questions: { 'ce-readiness': ['commitment-sustained'] },
  },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'The list of things to think about to nurture and sustain commitment',
    notAsked: 'the source text announces a list here but gives none, so there is nothing to paraphrase; commitment-sustained asks the point itself',
  },
  {
    source: 'strategy',
    section: 'Organisational commitment',
    point: 'Other openings to influence commitment and change, such as positive press coverage',
    questions: { 'ce-readiness': ['openings', 'openings-other'] },
  },
  {
    source: 'strategy',
    section: 'gap analysis',
    point: 'Gap analysis as the next step',
    report: "the report's gap analysis, which cites this section (the bank's `plan.source`)",
  },
  {
    source: 'strategy',
    section: 'detailed objectives',
    point: 'Detailed objectives as the next step',
    report: "the report's action plan of detailed objectives, built from the actions whose `when` fits the answers, which cites this section",
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
    questions: { 'ce-readiness': ['meeting-structure', 'agendas', 'agenda-items', 'protocols', 'meetings-per-year'] },
  },
  {
    source: 'dpr48',
    section: 'Maximising community involvement',
    point: 'Realistic about the time and resources needed',
    questions: { 'ce-readiness': ['time-planned', 'resources-enough', 'hours-per-month'], 'quick-check': ['time-planned', 'hours-per-month'] },
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
    questions: { 'ce-readiness': ['frustration-seen', 'feedback-given'], 'quick-check': ['frustration-seen', 'honest-influence'] },
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

/**
 * Each recommendation's weight and why, from what the sources stress (issue 22). 3: the sources tie it to
 * success or failure; 2: they state it as a lesson, or as important, without that tie; 1: they offer it as
 * something to consider, or that can help. Both banks weigh a recommendation alike (test/banks-plan.test.ts).
 */
export const WEIGHTS = {
  'must-do-from-top': {
    weight: 3,
    reason:
      'The guide says engagement "can easily fail" if it is not seen as integral to the organisation\'s work, and that organisations that engage well commit to it from the top.',
  },
  'link-to-strategy': {
    weight: 2,
    reason:
      'The guide calls it "important" to identify your role and objectives and how engagement sits within them, and asks you to try to link engagement to your plans.',
  },
  'expected-impact': {
    weight: 1,
    reason: 'The guide offers thinking about expected impact as something that "can help" you plan; it ties it to no success or failure.',
  },
  'manage-expectations': {
    weight: 3,
    reason:
      'The guide calls managing expectations before and throughout "helpful", and DPR 48 (Outcomes) calls the management of community expectations "essential".',
  },
  'organisational-commitment': {
    weight: 2,
    reason: 'The guide says the influence of engagement "will depend on" the organisation\'s commitment to listening, responding and changing practice.',
  },
  'champions-and-openings': {
    weight: 1,
    reason:
      'The guide offers these as things you "might want to think about": people who "may" be more inclined to focus on communities, and other opportunities you can "spot".',
  },
  'define-engagement': { weight: 2, reason: 'A DPR 48 lesson ("ensure" it is defined and understood at the outset), repeated first among its conclusions.' },
  'who-and-why': {
    weight: 2,
    reason:
      'A DPR 48 lesson ("ensure" the aims are clear), which its conclusions stress: engagement is easier for communities when it is clear why it is done.',
  },
  'combine-methods': { weight: 1, reason: 'DPR 48 asks practitioners to "consider" a combination of methods, which "will help" to give a broader picture.' },
  accountability: { weight: 2, reason: 'A DPR 48 lesson ("define clear accountability structures; create capacity"), repeated in its conclusions.' },
  'meeting-structures': { weight: 2, reason: 'A DPR 48 lesson: develop community meeting structures, agendas and protocols.' },
  'realistic-resources': { weight: 2, reason: 'A DPR 48 lesson ("be realistic about the time and resources required"), repeated in its conclusions.' },
  'effective-organisation': {
    weight: 3,
    reason: 'DPR 48 found the organisation of the groups "critical to their success", and calls effective organisation "essential" to it.',
  },
  'honest-influence': {
    weight: 3,
    reason:
      'DPR 48 calls honesty about how far contributions can change practice "important", and found that failing at it "can result in frustration and risks creating disengagement".',
  },
};

/** Why a recommendation holds up those its `foundation_for` names (the plan puts it first within a band). */
export const FOUNDATIONS = {
  'must-do-from-top':
    'The guide begins with it: engagement "can easily fail" if it is not integral to the work, and organisations that engage well commit to it from the top. Linking engagement to your role and plans, and an organisation\'s commitment to listen, respond and change, build on that.',
  'expected-impact':
    'The guide asks what engagement could change before it turns to managing what participants expect it to change, and DPR 48 asks for honesty about how far contributions can realistically change practice, which a group can give only once it has thought that through.',
  'define-engagement': 'DPR 48 asks for the definition "at the outset", so it comes before deciding whom to engage, why, and how.',
  'who-and-why':
    'DPR 48 says the effectiveness of each method "will depend on who is to be engaged and why", and that methods need to be tailored to that purpose.',
};

const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (ids) => ids.map((id) => `\`${id}\``).join(', ');
const percent = (part, whole) => `${Math.round((100 * part) / whole)}%`;

function questionsOf(bank) {
  return bank.sections.flatMap((section) => section.questions);
}

function recommendationIdsOf(question) {
  return question.recommendations ?? (question.recommendation === undefined ? [] : [question.recommendation]);
}

/** The options a question offers, a scale's "Don't know" included (as `optionsOf` gives them). */
function optionsOf(question) {
  if (question.options) return question.options;
  return question.scale?.dont_know ? [{ value: 'dont-know', label: "Don't know", dont_know: true }] : [];
}

const isScoredQuestion = (q) => q.type === 'scale' || (q.options ?? []).some((o) => o.score !== undefined);

function bankTables(bank, words) {
  const questions = questionsOf(bank);
  const scored = questions.filter(isScoredQuestion);
  const offering = scored.filter((q) => optionsOf(q).some((o) => o.dont_know));
  const lines = [
    `## ${bank.id}: ${bank.title} (version ${bank.version})`,
    '',
    `${questions.length} questions, ${bank.recommendations.length} recommendations. "Don't know" is offered on ${offering.length} of the ${scored.length} ` +
      `scored questions (${percent(offering.length, scored.length)}), and each gives its own find-out task.`,
    '',
    '| recommendation | weight | source: section | scored by | holds up |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of bank.recommendations) {
    const scoredBy = questions.filter((q) => recommendationIdsOf(q).includes(r.id)).map((q) => q.id);
    lines.push(
      `| ${cell(r.title)} (\`${r.id}\`) | ${r.weight} | ${r.source.id}: ${cell(r.source.section)} | ${code(scoredBy)} | ${code(r.foundation_for ?? []) || '—'} |`,
    );
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
  lines.push('', ...planLines(bank), '', ...flagLines(bank), '', ...actionLines(bank, words), '', ...suggestionLines(bank));
  return lines;
}

function planLines(bank) {
  const { source, capacity } = bank.plan ?? {};
  const lines = [`### ${bank.id}: the plan`, ''];
  if (source) lines.push(`The report's gap analysis and plan cite ${source.id}: ${source.section}.`, '');
  if (capacity) {
    lines.push(
      `"Now" (this quarter) holds ${capacity.min} actions, and one more for each rule below that the answers meet, up to ${capacity.max}:`,
      '',
      ...capacity.add.map((rule) => `- \`${rule.question}\` of ${rule.at_least} or more: where ${rule.because}.`),
    );
  }
  return lines;
}

function flagLines(bank) {
  const lines = [
    `### ${bank.id}: flagged answers`,
    '',
    'Answers the report names on its first page, whatever their weight, with their actions first in the plan:',
    '',
  ];
  lines.push('| question | answer | why | source: section |', '| --- | --- | --- | --- |');
  for (const q of questionsOf(bank)) {
    for (const o of optionsOf(q)) {
      if (o.flag) lines.push(`| \`${q.id}\` | ${cell(o.label)} | ${cell(o.flag.reason)} | ${o.flag.source.id}: ${cell(o.flag.source.section)} |`);
    }
  }
  return lines;
}

function actionLines(bank, words) {
  const lines = [
    `### ${bank.id}: actions`,
    '',
    'Each action is suggested when its recommendation is a gap and its `when` holds (a test on a question that was not',
    "asked, or left blank, is false). Marked *suggestion*: what it proposes is the bank's own idea, not a practice the",
    'sources name.',
    '',
    '| action | when | what it says |',
    '| --- | --- | --- |',
  ];
  for (const r of bank.recommendations) {
    for (const a of r.actions) {
      if (typeof a !== 'object') continue;
      lines.push(`| \`${a.id}\`${a.suggestion ? ' (*suggestion*)' : ''} | ${cell(a.when ? words(a.when) : 'its questions fell short')} | ${cell(a.text)} |`);
    }
  }
  return lines;
}

function suggestionLines(bank) {
  const lines = [
    `### ${bank.id}: the bank's own suggestions`,
    '',
    "What goes beyond the sources, marked `suggestion: true` in the bank: a question whose help says which part is the bank's, an",
    "option the sources do not name, and an action proposing a practice of the bank's own.",
    '',
    '| what | where | text |',
    '| --- | --- | --- |',
  ];
  for (const q of questionsOf(bank)) {
    if (q.suggestion) lines.push(`| help | \`${q.id}\` | ${cell(q.help)} |`);
    for (const o of optionsOf(q)) if (o.suggestion) lines.push(`| option | \`${q.id}\`: \`${o.value}\` | ${cell(o.label)} |`);
  }
  for (const r of bank.recommendations)
    for (const a of r.actions) if (typeof a === 'object' && a.suggestion) lines.push(`| action | \`${a.id}\` | ${cell(a.text)} |`);
  return lines;
}

/** Why the banks weigh, order and size as they do: the same for both banks. */
function designLines(banks) {
  const full = banks.find((b) => b.id === 'ce-readiness') ?? banks[0];
  const titles = new Map(full.recommendations.map((r) => [r.id, r.title]));
  const lines = [
    '## Weights, foundations and the size of the plan',
    '',
    '### Weights',
    '',
    'Every weight comes from what the sources stress: **3** where they tie the point to success or failure, **2** where they',
    'state it as a lesson or as important without that tie, **1** where they offer it as something to consider or that can',
    'help. A recommendation weighs the same in both banks, and within a recommendation every question weighs 1: the sources',
    "do not rank the parts of a lesson. The bands (40, 60, 80) are the bank's, not the guidance's.",
    '',
    '| recommendation | weight | why |',
    '| --- | --- | --- |',
    ...Object.entries(WEIGHTS).map(([id, { weight, reason }]) => `| ${cell(titles.get(id) ?? id)} (\`${id}\`) | ${weight} | ${cell(reason)} |`),
    '',
    '### Foundations',
    '',
    'A recommendation with `foundation_for` holds up others: where both are gaps in the same band, the plan takes it first',
    'and says so. Only these, where the sources put one before the other:',
    '',
    '| recommendation | holds up | why |',
    '| --- | --- | --- |',
  ];
  for (const r of full.recommendations) {
    if (!r.foundation_for) continue;
    lines.push(`| \`${r.id}\` | ${code(r.foundation_for)} | ${cell(FOUNDATIONS[r.id] ?? '')} |`);
  }
  lines.push(
    '',
    '### The size of the plan',
    '',
    'DPR 48 asks groups to be realistic about the time and resources engagement needs, and the guide closes with a gap',
    'analysis and detailed objectives; neither gives figures. So each bank sizes the plan\'s "Now" (this quarter) by its own',
    'rule (`plan.capacity`): three actions for any group, one more where at least 20 hours a month go into engagement',
    '(staff and volunteers together: about five hours a week, a day a week of one officer, or an hour or so a week from each of',
    'four or five active volunteers), one more where at least 60 go in (about two days a week), and, in ce-readiness, one more',
    "where the time and money for engagement are close to enough for the group's plans (4 or 5 on `resources-enough`), up to",
    "six. An action here is a few hours' work over a quarter (drafting, one meeting, following up), so three fit beside the",
    'ordinary meetings of a group giving a few hours a month, and each step up in time gives room for one more. These',
    "thresholds are the bank's judgement, not the guidance's; quick-check, which does not ask about resources, goes up to five.",
    '',
    "### What is the bank's own suggestion",
    '',
    'The banks paraphrase the sources and cite them. Where a bank goes further, it says so with `suggestion: true`: on a',
    "question whose help names the part that is the bank's (an example, a way to check a point, a distinction the sources do",
    'not make), on an option the sources do not name (the list of help for residents, two kinds of sharing), and on an action',
    'that proposes a practice of its own (an issue list, a yearly report to partners). A list of examples that only fills in',
    'a category the sources name (ways to meet people outside formal meetings) is not marked. Who does an action and when it',
    "starts are always the bank's suggestion (the plan's horizons set the timescales), and are not marked.",
    '',
  );
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

/**
 * The whole of docs/banks.md for these banks (ce-readiness first, as the default); `words` puts a `when`
 * in words (the core's describeCondition).
 */
export function renderBanksDoc(banks, words) {
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
  lines.push(...designLines(ordered));
  for (const bank of ordered) lines.push(...bankTables(bank, words), '');
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
  const { describeCondition } = await import('../dist/core/conditions.js');
  const banks = [];
  for (const file of await builtInBankFiles()) banks.push((await loadBank(file, 'en')).bank);
  const target = fileURLToPath(new URL('../docs/banks.md', import.meta.url));
  const text = renderBanksDoc(banks, describeCondition);
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
