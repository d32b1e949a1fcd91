// How a bank is laid out as a form in another tool, shared by every export format and by `import`, so
// what an export names a field or a group is what an import looks for: the details of who answers
// (organisation, area, respondent, role, date) in a group of their own first, then one group per
// section. Names are unique across the form (XLSForm and SurveyJS both need that): a section or a
// detail whose name a question already has takes a suffix.
import type { Bank, Question, Section } from './schema.js';
import { bankLanguage } from './translation.js';
import { wordsFor } from './words/index.js';

/** The details of who answers, as the answer file holds them (spec §3). */
export type DetailField = 'organisation' | 'area' | 'completed_by' | 'respondent' | 'role' | 'date';

export interface Detail {
  field: DetailField;
  /** The name the exported form gives it. */
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  /** A date, not text. */
  date: boolean;
  /** Other headers that mean this detail, as form tools and people write them (compared ignoring case, spacing and punctuation). */
  aliases: readonly string[];
}

/** The details an exported form asks for, in its order (their labels and hints are the words of the bank's language); `completed_by` is read on import but not asked. */
const DETAILS: readonly Omit<Detail, 'name' | 'label' | 'hint'>[] = [
  {
    field: 'organisation',
    required: true,
    date: false,
    aliases: ['organization', 'organisation name', 'organization name', 'name of organisation', 'name of organization'],
  },
  { field: 'area', required: false, date: false, aliases: [] },
  { field: 'respondent', required: false, date: false, aliases: ['respondent name', 'respondent'] },
  { field: 'role', required: false, date: false, aliases: ['respondent role', 'job title'] },
  { field: 'date', required: false, date: true, aliases: ['date completed'] },
];

const COMPLETED_BY: Omit<Detail, 'name' | 'label' | 'hint'> = { field: 'completed_by', required: false, date: false, aliases: [] };

interface FormGroup {
  section: Section;
  name: string;
  /** The name of the note that holds the section's intro, when it has one. */
  introName?: string;
  questions: readonly Question[];
}

export interface FormLayout {
  /** The group of details, and its name and title. */
  detailsGroup: string;
  detailsTitle: string;
  /** The details the form asks for. */
  details: readonly Detail[];
  /** Every detail import reads (those asked, and `completed_by`). */
  readable: readonly Detail[];
  groups: readonly FormGroup[];
  /** A question's path in the form, as XLSForm tools write it in headers: `group/name`. */
  pathOf(question: Question): string;
  /** The group a question is in. */
  groupOf(question: Question): FormGroup;
}

const layouts = new WeakMap<Bank, FormLayout>();

export function formLayout(bank: Bank): FormLayout {
  const known = layouts.get(bank);
  if (known !== undefined) return known;
  const taken = new Set<string>();
  for (const section of bank.sections) for (const question of section.questions) taken.add(question.id);
  const claim = (wanted: string, suffix: string): string => {
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = n === 2 ? `${wanted}-${suffix}` : `${wanted}-${suffix}-${n - 1}`;
    taken.add(name);
    return name;
  };
  const words = wordsFor(bankLanguage(bank)).forms;
  const worded = (detail: Omit<Detail, 'name' | 'label' | 'hint'>): Omit<Detail, 'name'> => ({ ...detail, ...words.details[detail.field] });
  const details = DETAILS.map((detail) => ({ ...worded(detail), name: claim(detail.field, 'detail') }));
  const completedBy = { ...worded(COMPLETED_BY), name: claim('completed_by', 'detail') };
  const detailsGroup = claim('about', 'group');
  const groups = bank.sections.map((section): FormGroup => {
    const name = claim(section.id, 'section');
    const intro = section.intro === undefined ? {} : { introName: claim(`${name}-intro`, 'note') };
    return { section, name, ...intro, questions: section.questions };
  });
  const groupOf = new Map<string, FormGroup>();
  for (const group of groups) for (const question of group.questions) groupOf.set(question.id, group);
  const layout: FormLayout = {
    detailsGroup,
    detailsTitle: words.detailsTitle,
    details,
    readable: [...details, completedBy],
    groups,
    pathOf: (question) => `${groupOf.get(question.id)?.name ?? ''}/${question.id}`,
    groupOf: (question) => groupOf.get(question.id)!,
  };
  layouts.set(bank, layout);
  return layout;
}
