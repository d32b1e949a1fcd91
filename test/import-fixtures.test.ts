// `ce-plan import` on exports in each tool's documented layout (test/fixtures/forms/): Microsoft Forms'
// Excel download (ID, Start time, Completion time, Email, Name; question texts as headers; options as
// labels, a multiple choice joined by ";" with one at the end), Google Forms' CSV (Timestamp, Email
// Address; labels; ", " between options, where labels hold commas too), KoboToolbox's CSV (";" between
// cells, group/name headers, names as values, a multiple choice as one column, one column per option,
// or both; its _id, _uuid, _submission_time… columns), ODK Central's CSV (group-name headers,
// SubmissionDate, KEY, SubmitterName…) and SurveyJS results (a JSON list of survey.data).
// Each must give the answer files in expected/, written as YAML, and the same reports.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { withoutProvenance } from './helpers/reports.js';
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir as makeTempDir } from './helpers/temp.js';

const tempDir = () => makeTempDir('import-fixtures');
const FORMS = 'test/fixtures/forms';
const EXPECTED = ['eastgate-csg', 'northfield-community-safety-group', 'riverside-partnership'];
const EXPECTED_FILE: Record<string, string> = {
  'eastgate-csg': 'eastgate.yaml',
  'northfield-community-safety-group': 'northfield.yaml',
  'riverside-partnership': 'riverside.yaml',
};

/** Microsoft Forms gives an .xlsx: the fixture describes it (dates as { date }), and this writes it as Excel would. */
async function microsoftFormsWorkbook(dir: string): Promise<string> {
  const { sheet, header, rows } = JSON.parse(readFileSync(join(FORMS, 'microsoft-forms.json'), 'utf8')) as {
    sheet: string;
    header: string[];
    rows: (string | number | { date: string })[][];
  };
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  worksheet.addRow(header);
  for (const row of rows) worksheet.addRow(row.map((cell) => (typeof cell === 'object' ? new Date(cell.date) : cell === '' ? null : cell)));
  worksheet.getColumn(2).numFmt = 'm/d/yy h:mm:ss';
  worksheet.getColumn(3).numFmt = 'm/d/yy h:mm:ss';
  const file = join(dir, 'Community engagement readiness(1-3).xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** An answer file without its comments: what it says. */
const contentOf = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** The reports of the expected answer files, written once for every fixture to be compared with. */
let yamlReports: string;
beforeAll(async () => {
  yamlReports = join(tempDir(), 'yaml');
  const expected = EXPECTED.map((stem) => join(FORMS, 'expected', EXPECTED_FILE[stem]!));
  expect((await runInProcess(['assess', ...expected, '--out-dir', yamlReports, '--format', 'json,md'])).code).toBe(0);
});

describe.each([
  ['Microsoft Forms', 'microsoft-forms.xlsx'],
  ['Google Forms', 'google-forms.csv'],
  ['KoboToolbox, a multiple choice as one column and as one column per option', 'kobotoolbox.csv'],
  ['KoboToolbox, one column per option only', 'kobotoolbox-options.csv'],
  ['ODK Central', 'odk-central.csv'],
  ['SurveyJS results', 'surveyjs-results.json'],
])('import from %s', (_tool, fixture) => {
  let dir: string;
  let input: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    dir = tempDir();
    input = fixture === 'microsoft-forms.xlsx' ? await microsoftFormsWorkbook(dir) : join(FORMS, fixture);
    run = await runInProcess(['import', input, '--bank', 'ce-readiness', '--out-dir', join(dir, 'answers')]);
  });

  test('writes one answer file per response, named after its organisation, with no finding', () => {
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(join(dir, 'answers')).sort()).toEqual(EXPECTED.map((stem) => `${stem}.yaml`));
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
  });

  test('each holds the same organisation, respondent and answers as the same answers written as YAML', () => {
    for (const stem of EXPECTED) {
      expect(contentOf(join(dir, 'answers', `${stem}.yaml`))).toEqual(contentOf(join(FORMS, 'expected', EXPECTED_FILE[stem]!)));
    }
    expect(readFileSync(join(dir, 'answers', 'northfield-community-safety-group.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: .*\n# Imported by ce-plan from ".*", (row|response) [12]\.\n/,
    );
  });

  test('assess gives the same reports from the imported files, and from the export itself, as from the YAML', async () => {
    const fromImport = await runInProcess(['assess', join(dir, 'answers'), '--out-dir', join(dir, 'imported'), '--format', 'json,md']);
    const direct = await runInProcess(['assess', input, '--bank', 'ce-readiness', '--out-dir', join(dir, 'direct'), '--format', 'json,md']);
    expect([fromImport.code, direct.code]).toEqual([0, 0]);
    expect(direct.stderr).toBe('');
    for (const stem of EXPECTED) {
      const yaml = EXPECTED_FILE[stem]!.replace('.yaml', '');
      for (const extension of ['json', 'md']) {
        // The same report, but for what each says it was made from.
        const want = withoutProvenance(readFileSync(join(yamlReports, `${yaml}.${extension}`), 'utf8'), extension);
        expect(withoutProvenance(readFileSync(join(dir, 'imported', `${stem}.${extension}`), 'utf8'), extension)).toBe(want);
        expect(withoutProvenance(readFileSync(join(dir, 'direct', `${stem}.${extension}`), 'utf8'), extension)).toBe(want);
      }
    }
  });
});
