// A --template is code: Eta runs the JavaScript in its tags. Whatever it does (fails to parse, throws
// anything at all, ends its thread), ce-plan says so, naming the template, with no stack trace, never
// exit 0 without its reports, and never "a bug in ce-plan".
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { runCli, STACK_TRACE } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const NORTHFIELD = 'test/fixtures/answers/northfield.yaml';

async function withTemplate(text: string, files = [NORTHFIELD]) {
  const dir = tempDir('template-code');
  const template = join(dir, 'report.eta');
  writeFileSync(template, text);
  const out = join(dir, 'out');
  const run = await runCli(['assess', ...files, '--bank', EXAMPLE_BANK, '--out-dir', out, '--template', template]);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toContain('internal error');
  return { run, template, out };
}

describe('a template that does not parse names the file and what is unclosed', () => {
  it.each([
    ['# <%= it.heading ', 'does not parse: the "<%" tag opened at line 1, column 3 is never closed with "%>"'],
    ['# Title\n\n<% if (it.x) { \n', 'does not parse: the "<%" tag opened at line 3, column 1 is never closed with "%>"'],
    ['<%= "unclosed %>', 'does not parse: the string opened at line 1, column 5, inside a tag, is never closed by its quote'],
    ['<% /* note %>', 'does not parse: the /* comment opened at line 1, column 4, inside a tag, is never closed with */'],
    ['<% if (it.heading) { %>\n# <%= it.heading %>\n', "does not parse: its JavaScript has an error (Unexpected token ')'); check that each { or ( opened"],
  ])('%j', async (text, message) => {
    const { run, template, out } = await withTemplate(text);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`ce-plan: ${template} ${message}`);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a template that fails on a report', () => {
  it.each([
    ['<% throw Object.create(null) %>', 'it threw a value that is not an Error'],
    ['<% throw new Proxy({}, { getPrototypeOf() { throw 1 } }) %>', 'it threw a value that is not an Error'],
    ['<% throw 42 %>', 'it threw 42'],
    ['<% throw new RangeError("no") %>', 'RangeError: no'],
    ['<%= it.nothing.here %>', "TypeError: Cannot read properties of undefined (reading 'here')"],
  ])('%j is a message naming it, exit 2, and no report', async (text, reason) => {
    const { run, template, out } = await withTemplate(text);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ce-plan: ${template} failed on this report: ${reason}\n`);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

describe('a template that ends the process', () => {
  it.each([1, 70])('process.exit(0) is never a silent exit 0: a message, exit 2, and no report (%s files)', async (count) => {
    const files = Array.from({ length: count }, () => NORTHFIELD);
    const dir = tempDir('template-code');
    // Copies under their own names, so that each would write its own report.
    const inputs = files.map((file, i) => {
      const copy = join(dir, `g${i}.yaml`);
      writeFileSync(copy, readFileSync(file));
      return copy;
    });
    const { run, template, out } = await withTemplate('<% process.exit(0) %>', inputs);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`ce-plan: the report template ${template} ended its worker thread (exit code 0), as process.exit() does; a template is code`);
    expect(run.stdout).toBe('');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

describe('a template is contained alike on answer files and on a form export', () => {
  it('process.exit(3) on a form export ends the run as on a YAML file: a message, exit 2, and no report', async () => {
    const dir = tempDir('template-code');
    const template = join(dir, 'report.eta');
    writeFileSync(template, '<% process.exit(3) %>');
    // The same answers, as an answer file and as a one-row export of the form the bank's export makes.
    const yaml = join(dir, 'northfield.yaml');
    writeFileSync(yaml, readFileSync(NORTHFIELD));
    const csv = join(dir, 'responses.csv');
    writeFileSync(csv, 'Organisation,definition-written\nNorthfield,partly\n');
    const runs = [];
    for (const input of [yaml, csv]) {
      const out = join(dir, `out-${runs.length}`);
      const run = await runCli(['assess', input, '--bank', EXAMPLE_BANK, '--out-dir', out, '--template', template]);
      expect(run.stderr).toContain(`ce-plan: the report template ${template} ended its worker thread (exit code 3), as process.exit() does`);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      runs.push(run.code);
    }
    expect(runs).toEqual([2, 2]);
  });
});

describe('the docs', () => {
  it('say that a template is code, to be used only from a trusted source', () => {
    for (const doc of ['README.md', 'docs/report-template.md']) {
      expect(readFileSync(doc, 'utf8')).toMatch(/a template is code/i);
    }
  });
});
