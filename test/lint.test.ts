import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintBank, LINT_RULES } from '../src/core/lint/index.js';
import { bankSchema, type Bank } from '../src/core/schema.js';
import { parseYaml } from '../src/pipeline/parse-yaml.js';
import { runCli, STACK_TRACE } from './helpers/cli.js';
import { runInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';
import { en } from '../src/core/words/en.js';

const BROKEN = 'test/fixtures/broken-banks';
const VALID = 'test/fixtures/banks/example.yaml';

interface Finding {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}

/** Each broken bank marks the line it breaks with `# <- rule` or `# <- rule@column`. */
function expectations(file: string) {
  return readFileSync(join(BROKEN, file), 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const match = /# <- ([a-z-]+)(?:@(\d+))?/.exec(text);
      return match ? [{ rule: match[1]!, line: i + 1, column: match[2] ? Number(match[2]) : undefined }] : [];
    });
}

const brokenFiles = readdirSync(BROKEN).filter((f) => f.endsWith('.yaml') && !f.startsWith('duplicate-bank-id'));

describe('lint on the corpus of broken banks', () => {
  test.each(brokenFiles)('%s is caught by its rule at the marked line', async (file) => {
    const result = await runInProcess(['lint', join(BROKEN, file), '--format', 'json']);
    const findings = JSON.parse(result.stdout) as Finding[];
    const expected = expectations(file);
    expect(expected.length).toBeGreaterThan(0);
    for (const want of expected) {
      expect(findings).toContainEqual(expect.objectContaining({ rule: want.rule, line: want.line, ...(want.column ? { column: want.column } : {}) }));
    }
    const onlyWarnings = findings.every((f) => f.severity === 'warning');
    expect(result.code).toBe(onlyWarnings ? 0 : 1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  test('a warning-only bank fails under --max-warnings 0', async () => {
    const result = await runInProcess(['lint', join(BROKEN, 'unused-source.yaml'), '--max-warnings', '0']);
    expect(result.code).toBe(1);
    expect((await runInProcess(['lint', join(BROKEN, 'unused-source.yaml'), '--max-warnings', '1'])).code).toBe(0);
  });

  test('two banks with one id are caught when linted together', async () => {
    const result = await runInProcess(['lint', join(BROKEN, 'duplicate-bank-id-first.yaml'), join(BROKEN, 'duplicate-bank-id.yaml'), '--format', 'json']);
    const findings = JSON.parse(result.stdout) as Finding[];
    expect(findings).toEqual([expect.objectContaining({ rule: 'duplicate-bank-id', line: 2, column: 5, file: join(BROKEN, 'duplicate-bank-id.yaml') })]);
    expect(result.code).toBe(1);
  });

  test('every lint rule has a broken bank that shows it', () => {
    const shown = new Set(readdirSync(BROKEN).flatMap((f) => expectations(f).map((e) => e.rule)));
    for (const rule of Object.keys(LINT_RULES)) expect(shown).toContain(rule);
  });
});

describe('lint on unreadable input', () => {
  const dir = tempDir('lint');

  test('binary junk is refused with exit 2', async () => {
    const file = join(dir, 'junk.yaml');
    writeFileSync(file, Buffer.from([0x69, 0x64, 0x3a, 0x00, 0xff, 0xfe, 0x01]));
    const result = await runInProcess(['lint', file, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ rule: 'not-text', line: 1 })]);
    expect(result.code).toBe(2);
  });

  test('invalid UTF-8 is refused with exit 2', async () => {
    const file = join(dir, 'latin1.yaml');
    writeFileSync(file, Buffer.from('title: caf\xe9\n', 'latin1'));
    const result = await runInProcess(['lint', file, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ rule: 'not-text' })]);
    expect(result.code).toBe(2);
  });

  test('a file far too large to be a bank is refused without being parsed', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, 'x: ' + 'a'.repeat(5 * 1024 * 1024) + '\n');
    const result = await runInProcess(['lint', file]);
    expect(result.stdout).toMatch(/file-too-large\s+is 5\.0 MiB, too large/);
    expect(result.code).toBe(2);
  });

  test('a device is refused without being read, exit 2', async () => {
    const result = await runInProcess(['lint', '/dev/zero', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ rule: 'unreadable', message: expect.stringContaining('not a regular file') })]);
    expect(result.code).toBe(2);
  });

  test('a deeply nested file is refused with a message, not a crash', async () => {
    const file = join(dir, 'deep.yaml');
    writeFileSync(file, '['.repeat(100_000) + ']'.repeat(100_000) + '\n');
    // A process: how deep the parser gets before it gives up depends on the stack the process starts with.
    const result = await runCli(['lint', file, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ rule: 'yaml-syntax', message: 'is nested too deeply to be a ce-plan file' })]);
    expect(result.code).toBe(1);
  });

  test('a missing file is exit 2 and the other banks are still checked', async () => {
    const result = await runInProcess(['lint', join(dir, 'nope.yaml'), join(BROKEN, 'band-start.yaml'), '--format', 'json']);
    const rules = (JSON.parse(result.stdout) as Finding[]).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['unreadable', 'band-start']));
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  test('a bad --format is a usage error', async () => {
    const result = await runInProcess(['lint', VALID, '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are stylish, json, github/);
  });
});

describe('lint output formats', () => {
  test('a valid bank is clean and exits 0', async () => {
    const result = await runInProcess(['lint', VALID]);
    expect(result.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(result.code).toBe(0);
  });

  test('stylish groups findings under the file with line:col, severity, rule and message', async () => {
    const result = await runInProcess(['lint', join(BROKEN, 'unknown-key.yaml')]);
    expect(result.stdout).toContain(`${BROKEN}/unknown-key.yaml\n`);
    expect(result.stdout).toMatch(/ {2}22:9 +error +unknown-key +unknown key "promt"; did you mean "prompt"\?/);
    expect(result.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings\) in 1 file checked/);
  });

  test('json holds file, line, column, rule, severity and message', async () => {
    const result = await runInProcess(['lint', join(BROKEN, 'condition-value.yaml'), '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: `${BROKEN}/condition-value.yaml`,
        line: 34,
        column: 43,
        severity: 'error',
        rule: 'condition-value',
        message: '"q1" has no option "maybe" (it takes yes, no)',
      },
    ]);
  });

  test('github emits workflow annotations with escaped properties', async () => {
    const result = await runInProcess(['lint', join(BROKEN, 'unused-source.yaml'), join(BROKEN, 'band-start.yaml'), '--format', 'github']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `::error file=${BROKEN}/band-start.yaml,line=8,col=33,title=ce-plan band-start::the first band must start at 0, not 10, so every score has a band`,
      `::warning file=${BROKEN}/unused-source.yaml,line=7,col=11,title=ce-plan unused-source::source "strategy" is declared but nothing cites it`,
    ]);
  });
});

describe('colour', () => {
  // Processes: colour is settled from the environment and the streams the process starts with.
  const broken = join(BROKEN, 'band-start.yaml');

  const ESCAPE = /\u001b\[/;

  test('FORCE_COLOR gives escape codes (so the next checks can fail)', async () => {
    expect((await runCli(['lint', broken], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ESCAPE);
  });

  test('piped output gets no escape codes', async () => {
    expect((await runCli(['lint', broken])).stdout).not.toMatch(ESCAPE);
  });

  test('NO_COLOR=1 gets no escape codes, on stdout or stderr', async () => {
    const result = await runCli(['lint', broken, '--format', 'nope'], { env: { NO_COLOR: '1' } });
    expect(result.stdout + result.stderr).not.toMatch(ESCAPE);
    const lint = await runCli(['lint', broken], { env: { NO_COLOR: '1' } });
    expect(lint.stdout).not.toMatch(ESCAPE);
  });
});

describe('docs/lint-rules.md', () => {
  test('documents every rule', async () => {
    const { INPUT_RULES } = await import('../src/core/diagnostics.js');
    const doc = readFileSync('docs/lint-rules.md', 'utf8');
    for (const rule of [...Object.keys(INPUT_RULES), ...Object.keys(LINT_RULES)]) expect(doc).toContain(`| \`${rule}\` |`);
  });
});

describe('lint on long chains of follow-ups (issue 28)', () => {
  /** The example bank with a chain of `length` yes/no questions, each asked only after a yes to the one before. */
  function chainText(length: number): string {
    const head = readFileSync(VALID, 'utf8')
      .split('\nsections:\n')[0]!
      .replace(/^id: example$/m, 'id: chain');
    const questions = Array.from({ length }, (_, i) =>
      [
        `      - id: q${i}`,
        '        type: single',
        `        prompt: Question ${i}?`,
        '        recommendation: define-engagement',
        '        options: [{ value: "yes", label: "Yes", score: 1 }, { value: "no", label: "No", score: 0 }]',
        '        source: { id: dpr48, section: The definition of community engagement }',
        ...(i === 0 ? [] : [`        when: { question: q${i - 1}, in: ["yes"] }`]),
      ].join('\n'),
    );
    return `${head}\nsections:\n  - id: chain\n    title: Chain\n    questions:\n${questions.join('\n')}\n`;
  }

  /** Lint's steps on a bank: every time a rule reads a property of one of its questions. */
  function lintSteps(bank: Bank): number {
    let reads = 0;
    const counted = structuredClone(bank);
    for (const section of counted.sections) {
      section.questions = section.questions.map(
        (question) =>
          new Proxy(question, {
            get(target, key, receiver) {
              reads++;
              return Reflect.get(target, key, receiver) as unknown;
            },
          }),
      );
    }
    lintBank(counted, { at: () => ({ line: 1, column: 1 }) }, 'chain.yaml', en);
    return reads;
  }

  test('its work grows in proportion to the chain: each doubling, from 100 to 800, at most 2.5 times the steps', () => {
    const steps = [100, 200, 400, 800].map((length) => {
      const parsed = parseYaml('chain.yaml', chainText(length), en);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
      return lintSteps(bankSchema.parse(parsed.value.data));
    });
    const ratios = steps.slice(1).map((n, i) => n / steps[i]!);
    for (const ratio of ratios) expect({ steps, ratio, linear: ratio <= 2.5 }).toEqual({ steps, ratio, linear: true });
  });

  test('a chain of 4,000: a warning for each question lint could not check, and no stack trace', async () => {
    const file = join(tempDir('chain'), 'chain.yaml');
    writeFileSync(file, chainText(4000));
    const result = await runInProcess(['lint', file, '--format', 'json']);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    // Findings (the chain leaves a recommendation of the example bank unscored), never a crash (70).
    expect([0, 1]).toContain(result.code);
    const findings = JSON.parse(result.stdout) as Finding[];
    expect(findings.find((f) => f.rule === 'follow-up-can-lower')?.message).toBe(
      '"q0" was not checked (more than 64 questions depend on its answer), so lint cannot tell whether a better answer to it can score lower; ' +
        'shorten its chains of follow-ups, or check it by hand (docs/scoring.md)',
    );
  });

  test('a chain short enough to try in full is checked, and its best answers open every follow-up: no warning', () => {
    const parsed = parseYaml('chain.yaml', chainText(30), en);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const findings = lintBank(bankSchema.parse(parsed.value.data), { at: () => ({ line: 1, column: 1 }) }, 'chain.yaml', en);
    expect(findings.filter((f) => f.rule === 'follow-up-can-lower')).toEqual([]);
  });
});
