// Export, fill as the tool would, import, assess: for each layout the form tools really write
// (test/helpers/tool-exports.ts says where each comes from), every response imports whole, with no finding,
// to the answers given, and `assess` on the export itself scores each as the same answers written as YAML.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { withoutProvenance } from './helpers/reports.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Bank } from '../src/core/schema.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { answerFileText } from '../src/io/answer-file-writer.js';
import { answersSchemaReference } from '../src/io/paths.js';
import { runInProcess } from './helpers/in-process.js';
import { answerSets, bankAt, BUILT_IN } from './helpers/forms.js';
import { tempDir as makeTempDir } from './helpers/temp.js';
import {
  googleFormsUk,
  koboLabels,
  microsoftFormsUkCsv,
  odkCentral,
  surveyJsData,
  withOtherItems,
  xlsformFields,
  type Response,
} from './helpers/tool-exports.js';

const tempDir = () => makeTempDir('tool-exports');

/** Dates that a UK export writes 05/11/2026 and so on: most could be read either way; one, the 20th, settles it. */
const DATES = ['2026-11-05', '2026-03-12', '2026-11-20', '2026-01-02', '2026-12-11', '2026-07-06'];

/** What the exports' reading says of a UK file's dates, which only the 20th settles. */
const dayFirst = (header: string, row: number) =>
  `dates in column "${header}" read day first (05/11/2026 is 5 November 2026), as "20/11/2026" in row ${row} can only be read that way`;

/** A layout: its file, how it is written, what import says of it, and what it must hold for the test to mean anything (the awkward parts). */
type Layout = { file: string; write: (dir: string) => string; note?: string; holds: RegExp[] };

describe.each(BUILT_IN)('%s', (id) => {
  let bank: Bank;
  let dir: string;
  let responses: Response[];
  let layouts: Record<string, Layout>;

  beforeAll(async () => {
    bank = await bankAt(`questionnaires/${id}.yaml`);
    dir = tempDir();
    expect((await runInProcess(['export', id, '--to', 'xlsform', '--out', join(dir, 'form.xlsx')])).code).toBe(0);
    expect((await runInProcess(['export', id, '--to', 'surveyjs', '--out', join(dir, 'form.survey.json')])).code).toBe(0);
    const fields = await xlsformFields(join(dir, 'form.xlsx'));
    // The same form exported to open in Welsh, as a tool shows it in Welsh: its labels, and so its export's headers and cells.
    expect((await runInProcess(['export', id, '--to', 'xlsform', '--lang', 'cy', '--out', join(dir, 'form-cy.xlsx')])).code).toBe(0);
    const welshFields = await xlsformFields(join(dir, 'form-cy.xlsx'), 'cy');
    const survey = JSON.parse(readFileSync(join(dir, 'form.survey.json'), 'utf8')) as Record<string, unknown>;
    // Answers as the form collects them: to the questions it shows.
    responses = answerSets(bank, DATES.length)
      .slice(0, DATES.length)
      .map((answers, i) => {
        const shown = new Set(shownQuestions(bank, answers).map((p) => p.question.id));
        return { organisation: `Group ${i + 1}`, date: DATES[i]!, answers: new Map([...answers].filter(([question]) => shown.has(question))) };
      });
    const other = withOtherItems(survey);
    layouts = {
      'KoboToolbox, "Labels" with "Include groups in headers"': {
        file: 'kobo.csv',
        write: () => koboLabels(fields, responses),
        holds: [
          /"About these answers\/Organisation"/,
          /"_submission_time"/,
          ...(id === 'ce-readiness' ? [/\/These questions ask whether engagement is part of your group's core work/] : []),
        ],
      },
      'ODK Central': {
        file: 'odk.csv',
        write: () => odkCentral(fields, responses),
        holds: [/,about-organisation,/, /,meta-instanceID,KEY,/, ...(id === 'ce-readiness' ? [/-intro,/] : [])],
      },
      'ODK Central, "Split select multiples"': {
        file: 'odk-split.csv',
        write: () => odkCentral(fields, responses, { split: true }),
        holds: id === 'ce-readiness' ? [/-[a-z-]+\/[a-z-]+,/] : [],
      },
      'ODK Central, "Remove group names"': {
        file: 'odk-names.csv',
        write: () => odkCentral(fields, responses, { groupPaths: false }),
        holds: [/,organisation,/, /,instanceID,KEY,/, ...(id === 'ce-readiness' ? [/-intro,/] : [])],
      },
      'SurveyJS results': { file: 'results.json', write: () => JSON.stringify(surveyJsData(survey, responses), null, 2), holds: [/^\[/] },
      'SurveyJS results of a form using its own "Other" items (name-Comment)': {
        file: 'other.json',
        write: () => JSON.stringify(surveyJsData(other.form, responses, other.comments), null, 2),
        holds: id === 'ce-readiness' ? [/"[a-z-]+-Comment": "/] : [],
      },
      'SurveyJS Service results ({ "Data": [...], "ResultCount": n })': {
        file: 'service.json',
        write: () => {
          const data = surveyJsData(survey, responses).map((result, i) => ({ ...result, HappendAt: `${DATES[i]}T09:41:30.000Z` }));
          return JSON.stringify({ Data: data, ResultCount: data.length });
        },
        holds: [/^\{"Data":\[/, /"HappendAt"/],
      },
      'Google Forms, its CSV download in the UK': {
        file: 'google.csv',
        write: () => googleFormsUk(fields, responses),
        note: dayFirst('Date', 4),
        holds: [/^Timestamp,/, /,05\/11\/2026/, ...(id === 'ce-readiness' ? [/[a-z];[A-Z]/] : [])],
      },
      'KoboToolbox, "Labels" with "Include groups in headers", of the form in Welsh': {
        file: 'kobo-cy.csv',
        write: () => koboLabels(welshFields, responses),
        holds: [/"Am yr atebion hyn\/Sefydliad"/, ...(id === 'ce-readiness' ? [/"Ymgysylltu yn eich strategaeth\/Ydy eich arweinwyr/, /;"Ie";/] : [])],
      },
      'Google Forms in Welsh, its CSV download in the UK': {
        file: 'google-cy.csv',
        write: () => googleFormsUk(welshFields, responses),
        note: dayFirst('Dyddiad', 4),
        holds: [/^Timestamp,/, /,Dyddiad,/, ...(id === 'ce-readiness' ? [/,Ddim yn gwybod,|,Ie,/] : [])],
      },
      'Microsoft Forms, opened in Excel in the UK and saved as CSV UTF-8': {
        file: 'microsoft.csv',
        write: () => microsoftFormsUkCsv(fields, responses),
        note: dayFirst('Date', 4),
        holds: [/^\uFEFFID,Start time,Completion time/, /,12\/03\/2026/, ...(id === 'ce-readiness' ? [/;"?,/] : [])],
      },
    };
    // The same answers written as YAML, assessed once, for every layout's scores to be compared with.
    responses.forEach((response, i) => {
      const content = { bank, organisation: { name: response.organisation, date: response.date }, answers: response.answers as Map<string, Answer> };
      writeFileSync(join(dir, `group-${i + 1}.yaml`), answerFileText(content, answersSchemaReference()));
    });
    const yaml = await runInProcess([
      'assess',
      ...responses.map((_, i) => join(dir, `group-${i + 1}.yaml`)),
      '--out-dir',
      join(dir, 'yaml'),
      '--format',
      'json',
    ]);
    expect(yaml.code).toBe(0);
  });

  const names = [
    'KoboToolbox, "Labels" with "Include groups in headers"',
    'ODK Central',
    'ODK Central, "Split select multiples"',
    'ODK Central, "Remove group names"',
    'SurveyJS results',
    'SurveyJS results of a form using its own "Other" items (name-Comment)',
    'SurveyJS Service results ({ "Data": [...], "ResultCount": n })',
    'Google Forms, its CSV download in the UK',
    'Microsoft Forms, opened in Excel in the UK and saved as CSV UTF-8',
    'KoboToolbox, "Labels" with "Include groups in headers", of the form in Welsh',
    'Google Forms in Welsh, its CSV download in the UK',
  ];

  test.each(names)('%s: every response imports whole to its answers, and assess on the export scores them as the YAML', async (name) => {
    const layout = layouts[name]!;
    const folder = join(dir, layout.file.replace(/\W/g, '-'));
    const input = join(dir, layout.file);
    const text = layout.write(dir);
    for (const awkward of layout.holds) expect(text).toMatch(awkward);
    writeFileSync(input, text);
    const imported = await runInProcess(['import', input, '--bank', id, '--out-dir', join(folder, 'answers')]);
    expect(imported.stderr).toBe(layout.note === undefined ? '' : `${input}: ${layout.note}\n`);
    expect(imported.code).toBe(0);
    expect(readdirSync(join(folder, 'answers')).sort()).toEqual(responses.map((_, i) => `group-${i + 1}.yaml`).sort());
    responses.forEach((response, i) => {
      const content = parse(readFileSync(join(folder, 'answers', `group-${i + 1}.yaml`), 'utf8')) as { organisation: unknown; answers: unknown };
      expect(content.organisation).toEqual({ name: response.organisation, date: response.date });
      expect(content.answers).toEqual(Object.fromEntries(response.answers));
    });
    const direct = await runInProcess(['assess', input, '--bank', id, '--out-dir', join(folder, 'reports'), '--format', 'json']);
    expect(direct.stderr).toBe(imported.stderr);
    expect(direct.code).toBe(0);
    responses.forEach((_, i) => {
      const report = (place: string) => withoutProvenance(readFileSync(join(place, `group-${i + 1}.json`), 'utf8'), 'json');
      expect(report(join(folder, 'reports'))).toBe(report(join(dir, 'yaml')));
    });
  });
});
