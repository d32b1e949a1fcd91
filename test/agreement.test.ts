// An agreed shared view in the combined report (issue 25): the golden report of the four Northfield
// respondents with their agreement (docs/scoring.md's worked example), where `assess` finds an agreement,
// each bad agreement named at its line and column (the report then written without it, exit 1), a file
// changed since the agreement, and the blank agreement `template --agree` prints.
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runInProcess } from './helpers/in-process.js';
import { lintMarkdown, renderHtml, tableShapes } from './helpers/markdown.js';
import { elementsOf } from './helpers/html.js';
import { tempDir as makeTempDir } from './helpers/temp.js';
import { zipParts } from './helpers/zip.js';

const EXAMPLE = 'test/fixtures/banks/example.yaml';
const FOUR = 'test/fixtures/combine';
const AGREEMENT = 'test/fixtures/agreement/northfield.agreement.yaml';
const REPORT = 'northfield-community-safety-group';

const tempDir = (name: string) => makeTempDir(`agreement-${name}`);

/** The four answer files and the agreement, copied so that its paths (`../combine/…`) still reach them; `edit` changes the agreement's text. */
function partnership(name: string, edit: (text: string) => string = (text) => text): { dir: string; agreement: string; text: string } {
  const dir = tempDir(name);
  mkdirSync(join(dir, 'combine'));
  mkdirSync(join(dir, 'agreement'));
  for (const file of readdirSync(FOUR)) copyFileSync(join(FOUR, file), join(dir, 'combine', file));
  const agreement = join(dir, 'agreement', 'northfield.agreement.yaml');
  const text = edit(readFileSync(AGREEMENT, 'utf8'));
  writeFileSync(agreement, text);
  return { dir, agreement, text };
}

/** Line and column (1-based) of the first `needle` in `text`, at `offset` characters into it. */
function placeOf(text: string, needle: string, offset = 0): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, at + offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

async function assess(dir: string, ...more: string[]) {
  const out = join(dir, 'reports');
  const result = await runInProcess(['assess', join(dir, 'combine'), '--bank', EXAMPLE, '--combine', '--format', 'md,json', '--out-dir', out, ...more]);
  const read = (format: string) => readFileSync(join(out, `${REPORT}.${format}`), 'utf8');
  return { ...result, md: () => read('md'), json: () => JSON.parse(read('json')) };
}

describe('assess --combine with an agreement', () => {
  it('says What you agreed in Welsh with --lang cy (issue 26): the agreed answers and the prompts in the bank in Welsh, where it has them', async () => {
    const out = tempDir('welsh');
    const result = await runInProcess([
      'assess',
      FOUR,
      '--bank',
      EXAMPLE,
      '--combine',
      '--agreed',
      AGREEMENT,
      '--format',
      'md,json',
      '--out-dir',
      out,
      '--lang',
      'cy',
    ]);
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, `${REPORT}.md`), 'utf8');
    const english = readFileSync('test/golden/agreed.md', 'utf8');
    expect(md).toContain('## Yr hyn y cytunoch arno');
    expect(md).toContain('Cytunwyd: **');
    // The example bank has no Welsh: its prompts are shown in English, marked, as the reading note says.
    expect(md).toMatch(/- \\\[Saesneg\\\] .* Cytunwyd: \*\*/);
    expect(md).toContain('o destun y banc cwestiynau');
    // The same agreement, the same numbers.
    const json = JSON.parse(readFileSync(join(out, `${REPORT}.json`), 'utf8')) as { lang: string; overall: unknown; agreed: unknown[] };
    const golden = JSON.parse(readFileSync('test/golden/agreed.json', 'utf8')) as { overall: { score: number }; agreed: unknown[] };
    expect(json.lang).toBe('cy');
    expect((json.overall as { score: number }).score).toBe(golden.overall.score);
    expect(json.agreed).toHaveLength(golden.agreed.length);
    expect(await lintMarkdown(md)).toEqual([]);
    expect(english).toContain('## What you agreed');
  });

  it('gives the golden report of the four Northfield respondents and their agreement, in Markdown, HTML and JSON', async () => {
    const out = tempDir('golden');
    const result = await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--agreed', AGREEMENT, '--format', 'md,json,html', '--out-dir', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [md, json, html] = ['md', 'json', 'html'].map((format) => readFileSync(join(out, `${REPORT}.${format}`), 'utf8'));
    if (process.env['UPDATE_GOLDEN'] === '1') {
      writeFileSync('test/golden/agreed.md', md!);
      writeFileSync('test/golden/agreed.json', json!);
      writeFileSync('test/golden/agreed.html', html!);
    }
    expect(md).toBe(readFileSync('test/golden/agreed.md', 'utf8'));
    expect(json).toBe(readFileSync('test/golden/agreed.json', 'utf8'));
    expect(html).toBe(readFileSync('test/golden/agreed.html', 'utf8'));
    expect(await lintMarkdown(md!)).toEqual([]);
    for (const { header, rows } of tableShapes(renderHtml(md!))) for (const cells of rows) expect(cells).toBe(header);
    const errors: string[] = [];
    elementsOf(html!, { errors });
    expect(errors).toEqual([]);

    // The worked example of docs/scoring.md, "Agreeing a shared view".
    const report = JSON.parse(json!);
    expect(report.recommendations.map((r: { score: number }) => r.score)).toEqual([65.625, 81.25]);
    expect(report.overall.score).toBeCloseTo(212.5 / 3, 12);
    expect(report.recommendations.map((r: { spread: unknown }) => r.spread)).toEqual([
      { min: 62.5, max: 75 },
      { min: 75, max: 100 },
    ]);
    expect(report.contested.map((c: { question: string }) => c.question)).toEqual(['methods-used']);
    expect(report.agreed.map((a: { question: string; value: string }) => [a.question, a.value])).toEqual([
      ['definition-written', 'Partly'],
      ['methods-fit', 'Yes'],
    ]);
    expect(report.agreed[1].replaces.map((r: { respondent: string; value: string }) => [r.respondent, r.value])).toEqual([
      ['Resident chair', 'No'],
      ['Housing manager', 'Yes'],
      ['Council community safety officer', 'Yes'],
      ['Neighbourhood police sergeant', 'Yes'],
    ]);
    // The plan's task to agree names only what is still contested.
    expect(report.objectives.find((o: { id: string }) => o.id === 'agree-shared-view').for).toEqual(['methods-used']);
    expect(md).toContain('## What you agreed');
    expect(md).not.toContain('## Where you disagree');
    expect(html).toContain('<h2 id="agreed">What you agreed</h2>');
  });

  it('says what was agreed in the Word report too, from the same view', async () => {
    const out = tempDir('docx');
    const result = await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--agreed', AGREEMENT, '--format', 'docx', '--out-dir', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const document = zipParts(readFileSync(join(out, `${REPORT}.docx`)))
      .get('word/document.xml')!
      .toString('utf8');
    const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('What you agreed');
    expect(text).not.toContain('Where you disagree');
    expect(text).toContain('Why: Our notes are not a definition every partner has signed.');
    expect(text).toContain('Still contested');
  });

  it('finds the agreement among the inputs by its "agreed", whatever its name, and beside the answer files by its name', async () => {
    const among = partnership('among');
    writeFileSync(join(among.dir, 'combine', 'meeting.yaml'), readFileSync(among.agreement, 'utf8').replaceAll('../combine/', ''));
    const found = await assess(among.dir);
    expect(found.stderr).toBe('');
    expect(found.json().agreed).toHaveLength(2);

    // Beside the answer files (given one by one), named agreement.yaml.
    const beside = partnership('beside');
    writeFileSync(join(beside.dir, 'combine', 'agreement.yaml'), readFileSync(beside.agreement, 'utf8').replaceAll('../combine/', ''));
    const files = readdirSync(join(beside.dir, 'combine'))
      .filter((f) => f !== 'agreement.yaml')
      .map((f) => join(beside.dir, 'combine', f));
    const result = await runInProcess(['assess', ...files, '--bank', EXAMPLE, '--combine', '--format', 'json', '--out-dir', join(beside.dir, 'out')]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(beside.dir, 'out', `${REPORT}.json`), 'utf8')).agreed).toHaveLength(2);

    // Without --combine, an agreement among the inputs is left out with a note, and fails nothing.
    const alone = await runInProcess(['assess', join(among.dir, 'combine'), '--bank', EXAMPLE, '--out-dir', join(among.dir, 'single')]);
    expect(alone.code).toBe(0);
    expect(alone.stderr).toMatch(/meeting\.yaml[\s\S]*is an agreement file \(it has "agreed"\), not an answer file/);
    expect(readdirSync(join(among.dir, 'single')).sort()).toEqual(['chair.md', 'housing.md', 'officer.md', 'sergeant.md']);
  });

  it('gives the same report on worker threads (a --template runs there) as in one thread', async () => {
    const among = partnership('workers');
    writeFileSync(join(among.dir, 'combine', 'agreement.yaml'), readFileSync(among.agreement, 'utf8').replaceAll('../combine/', ''));
    const here = await assess(among.dir);
    const workers = await runInProcess([
      'assess',
      join(among.dir, 'combine'),
      '--bank',
      EXAMPLE,
      '--combine',
      '--template',
      'templates/report.md.eta',
      '--out-dir',
      join(among.dir, 'workers'),
    ]);
    expect(workers.code).toBe(0);
    expect(readFileSync(join(among.dir, 'workers', `${REPORT}.md`), 'utf8')).toBe(here.md());
    expect(here.md()).toContain('## What you agreed');
  });

  it('escapes the reasons and who was present for Markdown and HTML, and names nobody with --anonymise', async () => {
    const hostile = '<script>alert(1)</script> | *evil* [link](http://evil.example) www.evil.com';
    const { dir, agreement } = partnership('hostile', (text) =>
      text
        .replace('reason: Our notes are not a definition every partner has signed.', `reason: ${JSON.stringify(hostile)}`)
        .replace(
          'present: [Resident chair, Housing manager, Council community safety officer, Neighbourhood police sergeant]',
          `present: [Chris Lee, ${JSON.stringify(hostile)}]`,
        ),
    );
    const out = join(dir, 'reports');
    const result = await runInProcess([
      'assess',
      join(dir, 'combine'),
      '--bank',
      EXAMPLE,
      '--combine',
      '--agreed',
      agreement,
      '--format',
      'md,html',
      '--out-dir',
      out,
    ]);
    expect(result.code).toBe(0);
    const md = readFileSync(join(out, `${REPORT}.md`), 'utf8');
    const html = readFileSync(join(out, `${REPORT}.html`), 'utf8');
    expect(await lintMarkdown(md)).toEqual([]);
    // The only link is the bank's reference; the reason's link text and web address stay text.
    expect(renderHtml(md)).not.toMatch(/<script|href="http:\/\/evil|href="http:\/\/www\.evil|<em>evil/);
    expect(md).toContain('with Resident chair and');
    const errors: string[] = [];
    const tags = elementsOf(html, { errors });
    expect(errors).toEqual([]);
    expect(JSON.stringify(tags)).not.toMatch(/"script"/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    const anonymous = await runInProcess([
      'assess',
      join(dir, 'combine'),
      '--bank',
      EXAMPLE,
      '--combine',
      '--anonymise',
      '--agreed',
      agreement,
      '--out-dir',
      join(dir, 'anonymous'),
    ]);
    expect(anonymous.code).toBe(0);
    const text = readFileSync(join(dir, 'anonymous', `${REPORT}.md`), 'utf8');
    expect(text).not.toContain('Chris Lee');
    expect(text).toContain('with Respondent 1 and 1 other present');
  });

  it('names a respondent file changed since the agreement, and applies the agreement to the others only', async () => {
    const { dir, agreement } = partnership('changed');
    writeFileSync(join(dir, 'combine', 'sergeant.yaml'), `${readFileSync(join(dir, 'combine', 'sergeant.yaml'), 'utf8')}# after the meeting\n`);
    const result = await assess(dir, '--agreed', agreement);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${placeOf(readFileSync(agreement, 'utf8'), 'sha256: 52bc', 8)}`);
    expect(result.stderr).toContain('"../combine/sergeant.yaml" has changed since the agreement (its SHA-256 differs), so the agreement is not applied');
    const report = result.json();
    // docs/scoring.md: the sergeant's own answers stand, so definition-written is contested again.
    expect(report.recommendations[0].score).toBeCloseTo(71.875, 12);
    expect(report.contested.map((c: { question: string }) => c.question)).toEqual(['definition-written', 'methods-used']);
    expect(report.agreement.notApplied).toEqual([{ respondent: 'Neighbourhood police sergeant', why: 'changed' }]);
    expect(report.agreed[0].replaces.map((r: { respondent: string }) => r.respondent)).not.toContain('Neighbourhood police sergeant');
    expect(result.md()).toContain('Neighbourhood police sergeant: the answer file changed after the agreement, so it is not applied to it');
  });

  describe('a bad agreement is named at its line and column; the report is written without it, and the run exits 1', () => {
    const cases: [string, (text: string) => string, string, number, string][] = [
      [
        'another organisation',
        (t) => t.replace('name: Northfield Community Safety Group', 'name: Southfield Community Safety Group'),
        'name: Southfield',
        6,
        'is an agreement for Southfield Community Safety Group (Northfield), which no organisation in this run is',
      ],
      ['another bank', (t) => t.replace('bank: example', 'bank: ce-readiness'), 'bank: ce-readiness', 6, 'is an agreement on bank "ce-readiness"'],
      ['another bank version', (t) => t.replace('bank_version: 1.0.0', 'bank_version: 1.1.0'), 'bank_version: 1.1.0', 14, 'is an agreement on version 1.1.0'],
      [
        'an unknown question',
        (t) => t.replace('  methods-fit:\n', '  methods-fits:\n'),
        'methods-fits:',
        0,
        'no question "methods-fits" in bank "example"; did you mean "methods-fit"?',
      ],
      ['an answer that fits no option', (t) => t.replace('answer: partly', 'answer: partially'), 'answer: partially', 8, '"definition-written":'],
      [
        'a respondent file that is missing',
        (t) => t.replace('file: ../combine/housing.yaml', 'file: ../combine/housin.yaml'),
        'file: ../combine/housin',
        6,
        '"../combine/housin.yaml" does not exist',
      ],
      [
        'a reason of two lines',
        (t) => t.replace('    reason: Our notes are not', '    reason: "Our notes\\nare not"\n    # was:'),
        'reason: "Our',
        8,
        'must be one line of text',
      ],
      [
        'an answer without a reason',
        (t) => t.replace('    reason: Our notes are not a definition every partner has signed.\n', ''),
        'definition-written:',
        0,
        'no reason',
      ],
    ];
    it.each(cases)('%s', async (_name, edit, needle, offset, message) => {
      const { dir, agreement, text } = partnership('bad', edit);
      const result = await assess(dir, '--agreed', agreement);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(agreement);
      expect(result.stderr).toMatch(new RegExp(`${placeOf(text, needle, offset)}\\s+error`));
      expect(result.stderr).toContain(message);
      // Written as if there were no agreement.
      expect(result.md()).toContain('## Where you disagree');
      expect(result.json().agreed).toBeUndefined();
      expect(result.json().contested).toHaveLength(3);
    });
  });
});

describe('verify a report made with an agreement', () => {
  it('follows from the answer files and the agreement given among them, and names the agreement when it is not', async () => {
    const out = tempDir('verify');
    const made = await runInProcess(['assess', FOUR, '--bank', EXAMPLE, '--combine', '--agreed', AGREEMENT, '--format', 'json', '--out-dir', out]);
    expect(made.code).toBe(0);
    const report = join(out, `${REPORT}.json`);
    const verified = await runInProcess(['verify', report, FOUR, AGREEMENT, '--bank', EXAMPLE]);
    expect(verified.stdout).toMatch(/^✔ /);
    expect(verified.code).toBe(0);
    const without = await runInProcess(['verify', report, FOUR, '--bank', EXAMPLE]);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain(`it applied the agreement ${AGREEMENT} (SHA-256 `);
  });
});

describe('compare --combine with an agreement', () => {
  it("applies the agreement among a side's answer files, so the change the meeting made shows", async () => {
    const { dir } = partnership('compare');
    writeFileSync(join(dir, 'combine', 'agreement.yaml'), readFileSync(AGREEMENT, 'utf8').replaceAll('../combine/', ''));
    const result = await runInProcess(['compare', '--combine', FOUR, join(dir, 'combine'), '--bank', EXAMPLE, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout);
    expect(comparison.overall.after.score).toBeCloseTo(212.5 / 3, 12);
    expect(comparison.answersChanged.map((a: { question: string }) => a.question)).toEqual(['definition-written', 'methods-fit']);
  });
});

describe('ce-plan template --agree', () => {
  it('prints a blank agreement with the contested questions and what each respondent said; filled in, assess applies it', async () => {
    const result = await runInProcess(['template', '--agree', FOUR, '--bank', EXAMPLE]);
    expect(result.code).toBe(0);
    const text = result.stdout;
    expect(text).toMatch(/^# yaml-language-server: \$schema=file:\S+\/schema\/agreement\.schema\.json\n/);
    expect(text).toContain('  #   Resident chair: Partly\n  #   Housing manager: Yes\n');
    const blank = parse(text);
    expect(Object.keys(blank.agreed)).toEqual(['definition-written', 'methods-used', 'methods-fit']);
    expect(blank.respondents.map((r: { file: string }) => r.file)).toEqual(['chair.yaml', 'housing.yaml', 'officer.yaml', 'sergeant.yaml']);

    // As printed, it is no agreement yet: the date and who was present are required.
    const dir = tempDir('template');
    mkdirSync(join(dir, 'combine'));
    for (const file of readdirSync(FOUR)) copyFileSync(join(FOUR, file), join(dir, 'combine', file));
    writeFileSync(join(dir, 'combine', 'agreement.yaml'), text);
    const unfilled = await assess(dir);
    expect(unfilled.code).toBe(1);
    expect(unfilled.stderr).toMatch(/agreement\.yaml[\s\S]*"date" must be a date like 2026-11-20/);

    // A secretary fills in what the meeting decided.
    const filled = text
      .replace('date: ""', 'date: 2026-12-01')
      .replace('present: []', 'present: [Resident chair, Housing manager]')
      .replace('  methods-fit:\n    answer:\n    reason:', '  methods-fit:\n    answer: "yes"\n    reason: We choose each method for who it reaches.');
    writeFileSync(join(dir, 'combine', 'agreement.yaml'), filled);
    const applied = await assess(dir, '--force');
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.json().agreed.map((a: { question: string }) => a.question)).toEqual(['methods-fit']);
    expect(applied.md()).toContain('with Resident chair and Housing manager present');
  });

  it('refuses files of several organisations, naming them, with the way on', async () => {
    const result = await runInProcess(['template', '--agree', FOUR, 'test/fixtures/answers/riverside.yaml', '--bank', EXAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('these answer files are of 2 organisations');
    expect(result.stderr).toContain('give only its answer files');
  });
});
