// `ce-plan export --to html`: a paper form, self-contained and printable on A4, with tick boxes, a box
// for who is answering, every question a condition would skip marked "Skip this question if …", and
// every text from the bank escaped.
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placedQuestions } from '../src/core/bank.js';
import { escapeHtml } from '../src/format/html/escape.js';
import { bankIn } from '../src/core/translation.js';
import { runInProcess } from './helpers/in-process.js';
import { bankAt, BUILT_IN, CONDITIONS_BANK } from './helpers/forms.js';
import { tempDir as makeTempDir } from './helpers/temp.js';

const tempDir = () => makeTempDir('html');

async function paperForm(bank: string, flags: string[] = []): Promise<string> {
  const run = await runInProcess(['export', bank, '--to', 'html', '--out', '-', ...flags]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return run.stdout;
}

describe.each([...BUILT_IN, CONDITIONS_BANK])('export %s --to html', (id) => {
  test('is one self-contained page for A4: no script, no link, nothing fetched', async () => {
    const html = await paperForm(id);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref=/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/undefined|\[object/);
  });

  test('asks for who is answering, then every question in order, numbered, with its boxes', async () => {
    const bank = await bankAt(id.includes('/') ? id : `questionnaires/${id}.yaml`);
    const html = await paperForm(id);
    for (const label of ['Organisation', 'Area', 'Your name', 'Your role', 'Date']) expect(html).toContain(`<label>${label}`);
    let at = html.indexOf('class="details"');
    placedQuestions(bank).forEach(({ question }, i) => {
      const prompt = `<span class="n">${i + 1}.</span>${escapeHtml(question.prompt)}`;
      const next = html.indexOf(prompt, at);
      expect(next).toBeGreaterThan(at);
      at = next;
      const block = html.slice(next, html.indexOf('</div>', next));
      if (question.type === 'single') expect(block.match(/class="box round"/g)).toHaveLength(question.options.length);
      if (question.type === 'multi') expect(block.match(/class="box"/g)).toHaveLength(question.options.length);
      // A scale's points, and its "Don't know" where it offers one.
      if (question.type === 'scale')
        expect(block.match(/class="box round"/g)).toHaveLength(question.scale.max - question.scale.min + 1 + (question.scale.dont_know ? 1 : 0));
      if (question.type === 'text') expect(block).toContain('class="write"');
      if (question.type === 'number') expect(block).toContain('class="write short"');
      expect(block.includes('class="skip"')).toBe(question.when !== undefined);
    });
  });
});

test('the skip notes say when to skip in the words of the form: labels, ticks and question numbers', async () => {
  const readiness = await paperForm('ce-readiness');
  expect(readiness).toContain('Skip this question if question 6 is not answered “Yes” or “Partly, or only in rough notes”.');
  expect(readiness).toContain(
    'Skip this question if any of these is so: question 12 has no tick, or “None of these” or “Don&#39;t know” is ticked; question 14 has no tick, or “None of these” or “Don&#39;t know” is ticked.',
  );
  const conditions = await paperForm(CONDITIONS_BANK);
  const note = (prompt: string) => new RegExp(`${prompt}.*\\n<p class="skip">([^<]*)</p>`).exec(conditions)?.[1];
  expect(note('Single not in\\?')).toBe('Skip this question if question 1 is left blank or answered “No” or “Don&#39;t know”.');
  expect(note('Multi in\\?')).toBe('Skip this question if “A, with a comma” or “Something else” is not ticked at question 2.');
  expect(note('Multi equals\\?')).toBe('Skip this question if question 2 is anything but “B; with a semicolon” on its own.');
  expect(note('Scale in\\?')).toBe('Skip this question if question 3 is not answered 4 or 5 (Completely).');
  expect(note('Not\\?')).toBe('Skip this question if question 1 is answered “No”.');
  expect(note('Any of\\?')).toBe(
    'Skip this question if all of these are so: question 3 is not answered 1 (Not at all) or 2; question 2 has no tick, or “A, with a comma” is ticked.',
  );
  expect(note('Nested\\?')).toBe(
    'Skip this question if all of these are so: (any of: question 1 is left blank or answered “No”; question 3 is answered 5 (Completely)); question 4 is not answered 120.',
  );
});

test('every text from the bank is escaped: nothing in it becomes markup', async () => {
  const dir = tempDir();
  const hostile = readFileSync('test/fixtures/banks/example.yaml', 'utf8')
    .replace('prompt: Have you written down what community engagement means for your group?', 'prompt: "<script>alert(1)</script> & \\"x\\""')
    .replace('label: "Partly"', 'label: "<img src=x onerror=alert(1)>"')
    .replace('title: What you mean by engagement', 'title: "</style><b>bold</b>"');
  writeFileSync(join(dir, 'hostile.yaml'), hostile);
  const html = await paperForm(join(dir, 'hostile.yaml'));
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(html).toContain('&lt;/style&gt;&lt;b&gt;bold&lt;/b&gt;');
  expect(html).not.toMatch(/<script|<img|<b>/);
  expect(html.match(/<\/style>/g)).toHaveLength(1);
});

describe.each(BUILT_IN)('export %s --to html --lang cy', (id) => {
  test('is the paper form in Welsh: its lang, every question and option, its instructions and skip notes', async () => {
    const welsh = bankIn(await bankAt(`questionnaires/${id}.yaml`), 'cy');
    const html = await paperForm(id, ['--lang', 'cy']);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="cy">/);
    expect(html).toContain(`<title>${escapeHtml(welsh.title)}: ffurflen bapur</title>`);
    for (const label of ['Sefydliad', 'Ardal', 'Eich enw', 'Eich rôl', 'Dyddiad']) expect(html).toContain(`<label>${label}`);
    for (const { question } of placedQuestions(welsh)) {
      expect(html).toContain(escapeHtml(question.prompt));
      if (question.type === 'single' || question.type === 'multi') for (const option of question.options) expect(html).toContain(escapeHtml(option.label));
    }
    expect(html).toContain('Ticiwch un.');
    if (placedQuestions(welsh).some((p) => p.question.when !== undefined)) expect(html).toContain('Hepgorwch y cwestiwn hwn os ');
    // No word of ce-plan's own left in English, and no bank text without its Welsh.
    expect(html).not.toMatch(/Tick one|Skip this question|\(optional\)|Who is answering|\[Saesneg\]/);
  });
});
