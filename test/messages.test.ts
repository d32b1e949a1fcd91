// Messages for inputs that YAML itself makes odd: tagged values named for what they are, YAML 1.1 refused,
// a key that a tag makes a date refused; a name of only spaces refused as blank; and a heading that
// keeps a trailing #.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_BANK } from './helpers/banks.js';
import { STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const NORTHFIELD = readFileSync('test/fixtures/answers/northfield.yaml', 'utf8');

async function assess(text: string) {
  const dir = tempDir('messages');
  const file = join(dir, 'answers.yaml');
  writeFileSync(file, text);
  const run = await runInProcess(['assess', file, '--bank', EXAMPLE_BANK, '--out-dir', join(dir, 'out')]);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(/\(node:\d+\) Warning|--trace-warnings/);
  return { run, out: join(dir, 'out') };
}

describe('values a YAML tag makes are named for what they are', () => {
  it.each([
    ['name: !!binary aGVsbG8=', 'binary data (a !!binary value)'],
    ['name: !!timestamp 2026-11-20', 'a date and time (a !!timestamp value; write a date as text, such as 2026-11-20)'],
    ['name: !!set { a, b }', 'a set (a !!set value)'],
    ['name: !!omap [ { a: 1 } ]', 'an ordered map (a !!omap value)'],
  ])('%s', async (line, described) => {
    const { run } = await assess(NORTHFIELD.replace('name: Northfield Community Safety Group', line));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`wrong-type +"name" must be text, not ${described.replace(/[()!;]/g, '\\$&')}`));
    expect(run.stderr).not.toContain('a map of keys');
  });

  it('in an answer too', async () => {
    const { run } = await assess(NORTHFIELD.replace('methods-fit: "yes"', 'methods-fit: !!binary eWVz'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('binary data (a !!binary value)');
  });
});

describe('YAML 1.1', () => {
  it.each(['1.1', '1.3'])('a %%YAML %s directive is refused with a clear message, before anything is read', async (version) => {
    const { run } = await assess(`%YAML ${version}\n---\n${NORTHFIELD.replace('hours: 120', 'hours: 010')}\n2026-01-01: x\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ 1:1 +error +yaml-version +says %YAML \d\.\d, but ce-plan reads YAML 1\.2 only/);
    expect(run.stderr).toContain(
      `says %YAML ${version}, but ce-plan reads YAML 1.2 only (where 010 is ten and 1_000 is text, not 8 and 1000 as in 1.1); remove the %YAML line`,
    );
  });

  it('%YAML 1.2 is read as ever', async () => {
    const { run } = await assess(`%YAML 1.2\n---\n${NORTHFIELD}`);
    expect(run.code).toBe(0);
  });

  it('a key that a tag makes a date is refused, with no warning from Node', async () => {
    const { run } = await assess(NORTHFIELD.replace('answers:\n', 'answers:\n  ? !!timestamp 2026-01-01\n  : x\n'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/invalid-key +keys must be plain words, not a date, binary data or other tagged value/);
  });
});

describe('an organisation name', () => {
  it.each([
    ['""', 'must not be empty'],
    ['"   "', 'must not be blank'],
  ])('of %s is refused, as blank', async (name, message) => {
    const { run, out } = await assess(NORTHFIELD.replace('name: Northfield Community Safety Group', `name: ${name}`));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`"name" ${message}`));
    expect(existsSync(out) && readdirSync(out).length > 0).toBe(false);
  });
});

describe('a report heading', () => {
  it('keeps a trailing # of the organisation name', async () => {
    const { run, out } = await assess(NORTHFIELD.replace('name: Northfield Community Safety Group', 'name: "Acme #"'));
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'answers.md'), 'utf8')).toContain('\n# Readiness report: Acme \\#\n');
  });
});
