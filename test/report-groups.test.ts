// The report of four groups on the full bank, read as a whole (issue 21): a strong group that is Ready but
// for one area, the middling Millbrook group, a weak group run by volunteers, and a partnership of four.
// Each must match its golden in Markdown, HTML and JSON, pass markdownlint, and keep every table whole.
import { describe, expect, it } from '@jest/globals';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { elementsOf } from './helpers/html.js';
import { runInProcess } from './helpers/in-process.js';
import { lintMarkdown, renderHtml, tableShapes } from './helpers/markdown.js';
import { tempDir } from './helpers/temp.js';

const FIXTURES = 'test/fixtures/reports';
const GOLDEN = 'test/golden/groups';

/** Each group: its answer files, whether they are combined, and the stem of the reports they get. */
const GROUPS = [
  { name: 'strong', inputs: [join(FIXTURES, 'strong.yaml')], combine: false, stem: 'strong' },
  { name: 'middling', inputs: [join(FIXTURES, 'middling.yaml')], combine: false, stem: 'middling' },
  { name: 'weak', inputs: [join(FIXTURES, 'weak.yaml')], combine: false, stem: 'weak' },
  { name: 'partnership', inputs: [join(FIXTURES, 'partnership')], combine: true, stem: 'millbrook-community-safety-partnership' },
] as const;

const out = tempDir('groups');

describe.each(GROUPS)('the $name group', ({ name, inputs, combine, stem }) => {
  it('gives exactly the golden Markdown, HTML and JSON', async () => {
    const dir = join(out, name);
    const result = await runInProcess(['assess', ...inputs, ...(combine ? ['--combine'] : []), '--format', 'md,html,json', '--out-dir', dir]);
    expect(result).toMatchObject({ code: 0 });
    for (const format of ['md', 'html', 'json']) {
      const text = await readFile(join(dir, `${stem}.${format}`), 'utf8');
      const golden = join(GOLDEN, `${name}.${format}`);
      if (process.env['UPDATE_GOLDEN'] === '1') {
        await mkdir(GOLDEN, { recursive: true });
        await writeFile(golden, text);
      }
      expect(text).toBe(await readFile(golden, 'utf8'));
    }
    await rm(dir, { recursive: true });
  });

  it('passes markdownlint, renders every table whole, and parses as HTML with no error', async () => {
    const md = await readFile(join(GOLDEN, `${name}.md`), 'utf8');
    expect(await lintMarkdown(md)).toEqual([]);
    const shapes = tableShapes(renderHtml(md));
    expect(shapes.length).toBeGreaterThan(2);
    for (const { header, rows } of shapes) for (const cells of rows) expect(cells).toBe(header);
    const errors: string[] = [];
    elementsOf(await readFile(join(GOLDEN, `${name}.html`), 'utf8'), { errors });
    expect(errors).toEqual([]);
  });
});

describe('what the four reports say', () => {
  const json = async (name: string) => JSON.parse(await readFile(join(GOLDEN, `${name}.json`), 'utf8')) as Record<string, unknown>;

  it('never lets the headline hide an area in the lowest band', async () => {
    const strong = await json('strong');
    expect(strong['overall']).toMatchObject({ band: { id: 'ready' } });
    expect((strong['summary'] as { lowestBand: unknown[] }).lowestBand).toHaveLength(1);
    expect(await readFile(join(GOLDEN, 'strong.md'), 'utf8')).toMatch(/\*\*Ready overall, with \d+ out of 100, but one area is Not yet ready: “/);
  });

  it("sizes the weak volunteer group's Now to the fewest actions, and puts its flagged answers' actions first", async () => {
    const weak = await json('weak');
    const plan = weak['plan'] as { capacity: { actions: number } };
    const objectives = weak['objectives'] as { kind: string; horizon: string; flagged: boolean }[];
    expect(plan.capacity.actions).toBe(3);
    const now = objectives.filter((o) => o.horizon === 'now' && o.kind === 'action');
    expect(now).toHaveLength(3);
    expect(now.slice(0, 2).every((o) => o.flagged)).toBe(true);
  });

  it('quotes an answer the partnership gave word for word once, saying who gave it', async () => {
    const md = await readFile(join(GOLDEN, 'partnership.md'), 'utf8');
    const prepared = 'We would say plainly that more officers is not something we can promise';
    expect(md.split(prepared)).toHaveLength(2 + 1); // once in the plan, once in the appendix
    expect(md).toContain(`All 4 said, asked “How would you answer a demand you cannot meet`);
    // Where they disagree comes before the scores, and completeness is each respondent's.
    expect(md.indexOf('## Where you disagree')).toBeLessThan(md.indexOf('## Scores by recommendation'));
    expect(md).not.toMatch(/required questions answered \(\d+%\)/);
  });
});
