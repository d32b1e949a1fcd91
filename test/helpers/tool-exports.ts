// Exports of a bank's responses in the layouts the form tools really write, filled from the form ce-plan
// exported (the XLSForm workbook's names, labels, groups and notes, or the SurveyJS form run in
// survey-core), as each tool would. Each layout is taken from the tool's own code, tests or
// documentation, named beside it.
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { Model } from 'survey-core';
import type { Answer } from '../../src/core/visibility.js';

/** One response: who answers, and the answers to the questions the form showed them. */
export interface Response {
  organisation: string;
  date: string;
  answers: ReadonlyMap<string, Answer>;
}

interface Field {
  type: string;
  name: string;
  label: string;
  /** The groups it sits in, outermost first. */
  groups: { name: string; label: string }[];
  /** Its choices' names and labels, for a select. */
  choices: { name: string; label: string }[];
  multiple: boolean;
}

/**
 * The column of a sheet that holds its labels in a language (`label::Cymraeg (cy)`), as a tool shows the
 * form in that language; without one, its first label column (the English, or the only one).
 */
function labelColumn(sheet: ExcelJS.Worksheet, language: string | undefined): number {
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (header[column] = String(cell.value)));
  const column = header.findIndex((h) => (language === undefined ? h?.startsWith('label') : h?.startsWith('label::') && h.endsWith(`(${language})`)));
  if (column < 0) throw new Error(`no label column${language === undefined ? '' : ` in ${language}`}`);
  return column;
}

/** The fields of an XLSForm workbook as a form tool builds its form from it (in one of its languages): groups, notes and all. */
export async function xlsformFields(workbookFile: string, language?: string): Promise<Field[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(workbookFile);
  const lists = new Map<string, { name: string; label: string }[]>();
  const choices = workbook.getWorksheet('choices')!;
  const choiceLabel = labelColumn(choices, language);
  choices.eachRow((row, n) => {
    if (n === 1) return;
    const list = String(row.getCell(1).value);
    lists.set(list, [...(lists.get(list) ?? []), { name: String(row.getCell(2).value), label: String(row.getCell(choiceLabel).value) }]);
  });
  const fields: Field[] = [];
  const groups: Field['groups'] = [];
  const survey = workbook.getWorksheet('survey')!;
  const surveyLabel = labelColumn(survey, language);
  survey.eachRow((row, n) => {
    if (n === 1) return;
    const [type, name, label] = [1, 2, surveyLabel].map((c) => String(row.getCell(c).value ?? ''));
    if (type === 'begin_group') groups.push({ name: name!, label: label! });
    else if (type === 'end_group') groups.pop();
    else {
      const list = /^select_(?:one|multiple) (\S+)$/.exec(type!)?.[1];
      fields.push({
        type: type!,
        name: name!,
        label: label!,
        groups: [...groups],
        choices: list ? lists.get(list)! : [],
        multiple: type!.startsWith('select_multiple'),
      });
    }
  });
  return fields;
}

/** A field's value in a response, as XLSForm tools store it: a select's names, a multiple select's joined by spaces. */
function stored(field: Field, response: Response): Answer | undefined {
  if (field.name === 'organisation') return response.organisation;
  if (field.name === 'date') return response.date;
  return response.answers.get(field.name);
}

const chosen = (answer: Answer | undefined) => (answer === undefined ? [] : Array.isArray(answer) ? answer.map(String) : [String(answer)]);

/**
 * KoboToolbox, Data → Downloads, CSV, "Labels", "Include groups in headers", a multiple choice as one
 * column and one per option: kpi's kpi/tests/test_mock_data_exports.py (test_csv_export_hierarchy_in_labels)
 * and formpack's src/formpack/schema/fields.py (FormField._get_label, which joins the groups' labels and the
 * field's with "/"; FormChoiceFieldWithMultipleSelect.format, which joins the chosen options' labels with
 * a space and writes "1" or "0" under each option, or "" for a question left unanswered). Every field of
 * the form is a column, notes too (formpack's fallback FormField), headed by its label; then Kobo's own
 * columns. Cells are quoted and separated by ";", as kpi's CSV is.
 */
export function koboLabels(fields: readonly Field[], responses: readonly Response[]): string {
  const path = (field: Field) => [...field.groups.map((g) => g.label), field.label].join('/');
  const header = ['start', 'end'];
  for (const field of fields) {
    header.push(path(field));
    if (field.multiple) for (const choice of field.choices) header.push(`${path(field)}/${choice.label}`);
  }
  header.push('_id', '_uuid', '_submission_time', '_validation_status', '_notes', '_status', '_submitted_by', '__version__', '_tags', '_index');
  const rows = responses.map((response, i) => {
    const row = [`${response.date}T09:00:00.000+00:00`, `${response.date}T09:41:12.000+00:00`];
    for (const field of fields) {
      const answer = stored(field, response);
      const names = chosen(answer);
      const labelOf = (name: string) => field.choices.find((c) => c.name === name)?.label ?? name;
      row.push(answer === undefined ? '' : field.choices.length > 0 ? names.map(labelOf).join(' ') : String(answer));
      if (field.multiple) for (const choice of field.choices) row.push(answer === undefined ? '' : names.includes(choice.name) ? '1' : '0');
    }
    row.push(
      String(181001 + i),
      `8c1f0a3e-1111-4a2b-9c3d-${String(i).padStart(12, '0')}`,
      `${response.date}T09:41:30`,
      '',
      '',
      'submitted_via_web',
      '',
      'vQ4kDxrYbHn6s7WcCnH2kP',
      '',
      String(i + 1),
    );
    return row;
  });
  return stringify([header, ...rows], { delimiter: ';', quoted: true });
}

/**
 * ODK Central, Submissions → Download → CSV (the main CSV of the zip): central-backend's
 * lib/data/briefcase.js (streamBriefcaseCsvs) and test/unit/data/briefcase.js. SubmissionDate; every field
 * of the form (notes too, always empty), its groups joined to its name by "-", or its name alone with
 * "Remove group names" (groupPaths = false); with "Split select multiples", a `name/value` column per option
 * after the field, 0 unless chosen; the form's meta/instanceID (pyxform puts meta last) as
 * meta-instanceID or instanceID; then KEY, SubmitterID, SubmitterName, AttachmentsPresent,
 * AttachmentsExpected, Status, ReviewState, DeviceID, Edits, FormVersion.
 */
export function odkCentral(fields: readonly Field[], responses: readonly Response[], { groupPaths = true, split = false } = {}): string {
  const name = (field: Field) => (groupPaths ? [...field.groups.map((g) => g.name), field.name].join('-') : field.name);
  const header = ['SubmissionDate'];
  for (const field of fields) {
    header.push(name(field));
    if (split && field.multiple) for (const choice of field.choices) header.push(`${name(field)}/${choice.name}`);
  }
  header.push(groupPaths ? 'meta-instanceID' : 'instanceID');
  header.push('KEY', 'SubmitterID', 'SubmitterName', 'AttachmentsPresent', 'AttachmentsExpected', 'Status', 'ReviewState', 'DeviceID', 'Edits', 'FormVersion');
  const rows = responses.map((response, i) => {
    const key = `uuid:5b1c7e2a-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const row = [`${response.date}T09:41:30.512Z`];
    for (const field of fields) {
      const answer = stored(field, response);
      row.push(chosen(answer).join(' '));
      if (split && field.multiple) for (const choice of field.choices) row.push(chosen(answer).includes(choice.name) ? '1' : '0');
    }
    row.push(key, key, '5', 'Collect user', '0', '0', '', '', 'collect:1', '0', '1.1.1');
    return row;
  });
  return stringify([header, ...rows]);
}

/** `survey.data` of a SurveyJS form, answered by setting each question's value in the form's order, as its renderers do. */
export function surveyJsData(
  form: Record<string, unknown>,
  responses: readonly Response[],
  comments: ReadonlyMap<string, string> = new Map(),
): Record<string, unknown>[] {
  return responses.map((response) => {
    const survey = new Model(form);
    survey.setValue('organisation', response.organisation);
    survey.setValue('date', response.date);
    for (const question of survey.getAllQuestions()) {
      const answer = response.answers.get(question.name);
      if (answer !== undefined) question.value = answer;
      // A follow-up that SurveyJS's "other" item stands in for: its text is the choice's comment.
      const follow = [...comments].find(([choice]) => choice === question.name)?.[1];
      const text = follow === undefined ? undefined : response.answers.get(follow);
      if (text !== undefined) question.comment = String(text);
    }
    return survey.data as Record<string, unknown>;
  });
}

/**
 * The exported SurveyJS form as a designer would adapt it in SurveyJS Creator: each choice whose "other"
 * option has a free-text follow-up ("Which other meetings?") uses SurveyJS's own "Other" item instead
 * (`showOtherItem`), whose text SurveyJS stores as `name-Comment` (survey-core's settings.commentSuffix;
 * the docs' "storeOthersAsComment", true by default). Returns the form and each choice's follow-up.
 */
export function withOtherItems(form: Record<string, unknown>): { form: Record<string, unknown>; comments: Map<string, string> } {
  const copy = structuredClone(form) as { pages: { elements: Record<string, unknown>[] }[] };
  const comments = new Map<string, string>();
  for (const page of copy.pages) {
    const follows = new Set<string>();
    for (const element of page.elements) {
      const choices = element['choices'] as { value: string; text: string }[] | undefined;
      const other = choices?.find((c) => c.value === 'other');
      const follow = page.elements.find((e) => e['visibleIf'] === `{${String(element['name'])}} anyof ['other']` && e['type'] === 'comment');
      if (other === undefined || follow === undefined) continue;
      element['choices'] = choices!.filter((c) => c !== other);
      element['showOtherItem'] = true;
      element['otherText'] = other.text;
      comments.set(String(element['name']), String(follow['name']));
      follows.add(String(follow['name']));
    }
    page.elements = page.elements.filter((e) => !follows.has(String(e['name'])));
  }
  return { form: copy, comments };
}

/** A scale, which XLSForm asks as a select over its points: Google's linear scale and Microsoft's rating hold the number. */
const isScale = (field: Field) => field.choices.length > 0 && field.choices.every((c) => /^\d+$/.test(c.name));

/**
 * Google Forms, Responses → ⋮ → Download responses (.csv), from a form set up in the UK: "Timestamp",
 * then each question's title; options by their labels, checkboxes joined by ";" (Google Forms and HubSpot
 * "both … use semicolons to separate multiple items", GravityKit/GravityView#1359), a linear scale by its
 * number, dates and timestamps day first (20/11/2026).
 */
export function googleFormsUk(fields: readonly Field[], responses: readonly Response[]): string {
  const header = ['Timestamp', ...fields.filter((f) => f.type !== 'note').map((f) => f.label)];
  const dayFirst = (iso: string) => iso.split('-').reverse().join('/');
  const rows = responses.map((response) => {
    const row = [`${dayFirst(response.date)} 09:02:11`];
    for (const field of fields) {
      if (field.type === 'note') continue;
      const answer = stored(field, response);
      if (field.name === 'date') row.push(dayFirst(response.date));
      else if (isScale(field) || answer === undefined) row.push(answer === undefined ? '' : String(answer));
      else if (field.choices.length > 0) {
        row.push(
          chosen(answer)
            .map((name) => field.choices.find((c) => c.name === name)?.label ?? name)
            .join(';'),
        );
      } else row.push(answer === undefined ? '' : String(answer));
    }
    return row;
  });
  return stringify([header, ...rows]);
}

/**
 * Microsoft Forms, Responses → Open in Excel, then saved by Excel in the UK as "CSV UTF-8": ID, Start time,
 * Completion time, Email, Name, then each question's title; options by their labels, a multiple choice's
 * joined by ";" with one at the end; a rating by its number; dates and times day first, as Excel in the UK
 * writes them (20/11/2026 09:41).
 */
export function microsoftFormsUkCsv(fields: readonly Field[], responses: readonly Response[]): string {
  const questions = fields.filter((f) => f.type !== 'note');
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', ...questions.map((f) => f.label)];
  const dayFirst = (iso: string) => iso.split('-').reverse().join('/');
  const rows = responses.map((response, i) => {
    const row = [String(i + 1), `${dayFirst(response.date)} 09:00`, `${dayFirst(response.date)} 09:41`, 'anonymous', ''];
    for (const field of questions) {
      const answer = stored(field, response);
      if (field.name === 'date') row.push(dayFirst(response.date));
      else if (isScale(field) || answer === undefined) row.push(answer === undefined ? '' : String(answer));
      else if (field.choices.length > 0) {
        const labels = chosen(answer).map((name) => field.choices.find((c) => c.name === name)?.label ?? name);
        row.push(field.multiple ? `${labels.join(';')};` : labels.join(''));
      } else row.push(String(answer));
    }
    return row;
  });
  return '\uFEFF' + stringify([header, ...rows]);
}
