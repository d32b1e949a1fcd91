// The built-in banks: they load clean, cite real sections of the sources, cover every point of them,
// score every recommendation, stay readable, and match the generated docs/banks.md.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScored, optionsOf, placedQuestions, recommendationIds } from '../src/core/bank.js';
import type { Bank } from '../src/core/schema.js';
import { shownQuestions, type Answer } from '../src/core/visibility.js';
import { builtInBankFiles } from '../src/io/bank-files.js';
import { checkBankFile } from '../src/pipeline/load-bank.js';
import { COVERAGE, renderBanksDoc } from '../scripts/banks-doc.js';
import { fleschKincaidGrade, median } from './readability.js';
import { runCli } from './helpers/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES_DIR = join(ROOT, '..', 'shared', 'sources');

/** The section headings of each source document, as they are written there. */
const SOURCE_SECTIONS: Record<string, { file: string; sections: string[] }> = {
  strategy: {
    file: 'strategy-guidance.txt',
    sections: ['Key strategy connections for Community Engagement', 'Expected impact', 'Organisational commitment', 'gap analysis', 'detailed objectives'],
  },
  dpr48: {
    file: 'dpr48-review.txt',
    sections: [
      "Summary of the intervention's aim",
      'Outcomes',
      'The definition of community engagement',
      'Clarifying who to engage and why',
      'Methods of community engagement',
      'Accountability and community engagement',
      'Maximising community involvement',
      'Summary of evaluation conclusions',
    ],
  },
};

const QUESTION_COUNTS: Record<string, [number, number]> = { 'ce-readiness': [35, 50], 'quick-check': [10, 12] };

async function loadBuiltIns(): Promise<{ bank: Bank; file: string }[]> {
  const banks = [];
  for (const file of await builtInBankFiles()) {
    const result = await checkBankFile(file);
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error(`${file} did not load`);
    banks.push({ bank: result.value.bank, file });
  }
  return banks;
}
const banks = await loadBuiltIns();
const bankById = (id: string) => {
  const found = banks.find((b) => b.bank.id === id);
  if (!found) throw new Error(`no built-in bank ${id}`);
  return found.bank;
};

describe('built-in banks', () => {
  it('are exactly ce-readiness and quick-check, each loading with no findings', () => {
    expect(banks.map((b) => b.bank.id).sort()).toEqual(['ce-readiness', 'quick-check']);
  });

  it.each(Object.keys(QUESTION_COUNTS))('%s is named after its id and points editors at the schema', (id) => {
    const { file } = banks.find((b) => b.bank.id === id)!;
    expect(basename(file)).toBe(`${id}.yaml`);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/question-bank.schema.json');
  });

  it.each(Object.entries(QUESTION_COUNTS))('%s has a question count in range', (id, [min, max]) => {
    const count = placedQuestions(bankById(id)).length;
    expect(count).toBeGreaterThanOrEqual(min);
    expect(count).toBeLessThanOrEqual(max);
  });

  it('ce-readiness scores every recommendation with at least two questions', () => {
    const bank = bankById('ce-readiness');
    const scored = placedQuestions(bank).filter(({ question }) => isScored(question));
    const thin = bank.recommendations
      .map((r) => ({ id: r.id, count: scored.filter(({ question }) => recommendationIds(question).includes(r.id)).length }))
      .filter(({ count }) => count < 2);
    expect(thin).toEqual([]);
  });

  it('quick-check asks one or two questions per recommendation', () => {
    const bank = bankById('quick-check');
    const scored = placedQuestions(bank).filter(({ question }) => isScored(question));
    for (const r of bank.recommendations) {
      const count = scored.filter(({ question }) => recommendationIds(question).includes(r.id)).length;
      expect({ id: r.id, ok: count >= 1 && count <= 2 }).toEqual({ id: r.id, ok: true });
    }
  });

  it.each(Object.keys(QUESTION_COUNTS))('%s cites only declared sources and sections that exist in them', (id) => {
    const bank = bankById(id);
    const declared = new Set(bank.sources.map((s) => s.id));
    const citations = [
      ...bank.recommendations.map((r) => ({ who: `recommendation ${r.id}`, ...r.source })),
      ...placedQuestions(bank).map(({ question }) => ({ who: `question ${question.id}`, ...question.source })),
    ];
    const bad = citations.filter((c) => !declared.has(c.id) || !SOURCE_SECTIONS[c.id]?.sections.includes(c.section));
    expect(bad).toEqual([]);
  });

  (existsSync(SOURCES_DIR) ? it : it.skip)('the known section headings appear in the source documents', () => {
    for (const { file, sections } of Object.values(SOURCE_SECTIONS)) {
      const lines = readFileSync(join(SOURCES_DIR, file), 'utf8')
        .split('\n')
        .map((line) => line.replace(/\*\*|-\s*$/g, '').trim());
      const missing = sections.filter((section) => !lines.some((line) => line === section || line.startsWith(`- ${section}`)));
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });

  it.each(Object.keys(QUESTION_COUNTS))('%s: "don\'t know" scores 0, scales label both ends, multi choices offer an exclusive "none"', (id) => {
    for (const { question } of placedQuestions(bankById(id))) {
      for (const option of optionsOf(question)) {
        if (/don't know/i.test(option.label)) expect({ id: question.id, score: option.score }).toEqual({ id: question.id, score: 0 });
      }
      if (question.type === 'scale') {
        expect(
          Object.keys(question.scale.labels ?? {})
            .map(Number)
            .sort(),
        ).toEqual([question.scale.min, question.scale.max]);
      }
      if (question.type === 'multi') {
        const exclusive = question.options.filter((o) => o.exclusive);
        expect(exclusive.map((o) => ({ value: o.value, score: o.score }))).toEqual([{ value: 'none', score: 0 }]);
      }
    }
  });

  it('ce-readiness uses every question type, and feeds both report sections', () => {
    const questions = placedQuestions(bankById('ce-readiness')).map(({ question }) => question);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multi', 'scale', 'number', 'text']));
    expect(new Set(questions.map((q) => q.report).filter(Boolean))).toEqual(new Set(['expectations', 'context']));
  });

  it('ce-readiness skips follow-ups that only make sense after an answer', () => {
    const bank = bankById('ce-readiness');
    const shownIds = (answers: [string, Answer][]) => shownQuestions(bank, new Map(answers)).map(({ question }) => question.id);

    expect(shownIds([['definition-written', 'no']])).not.toContain('definition-agreed');
    expect(shownIds([['definition-written', 'partly']])).toEqual(expect.arrayContaining(['definition-agreed', 'definition-understood']));

    const fullScope: [string, Answer][] = [
      ['scope-priorities', 'a-lot'],
      ['scope-policy', 'some'],
      ['scope-services', 'a-lot'],
    ];
    expect(shownIds(fullScope)).not.toContain('little-scope-notes');
    expect(shownIds([...fullScope, ['scope-services', 'little']])).toEqual(expect.arrayContaining(['little-scope-plan', 'little-scope-notes']));

    expect(shownIds([['champions', 'no']])).not.toContain('champions-involved');
    expect(shownIds([['meeting-structure', 'no-meetings']])).not.toContain('agendas');
    expect(
      shownIds([
        ['methods-inward', ['none']],
        ['methods-outward', ['street']],
      ]),
    ).not.toContain('methods-combined');
    expect(
      shownIds([
        ['methods-inward', ['panel']],
        ['methods-outward', ['street']],
      ]),
    ).toContain('methods-combined');
  });

  it('the median Flesch–Kincaid grade of the prompts is 8 or below', () => {
    for (const { bank } of banks) {
      const grades = placedQuestions(bank).map(({ question }) => fleschKincaidGrade(question.prompt));
      const figure = median(grades);
      console.log(`${bank.id}: median Flesch–Kincaid grade of ${grades.length} prompts = ${figure.toFixed(1)}`);
      expect(figure).toBeLessThanOrEqual(8);
    }
  });
});

describe('coverage of the sources', () => {
  it('names only questions that exist in each bank', () => {
    const unknown = COVERAGE.flatMap((entry) =>
      Object.entries(entry.questions ?? {}).flatMap(([id, questionIds]) => {
        const known = new Set(placedQuestions(bankById(id)).map(({ question }) => question.id));
        return questionIds.filter((q) => !known.has(q)).map((q) => `${id}:${q}`);
      }),
    );
    expect(unknown).toEqual([]);
  });

  it('asks every point of both sources in ce-readiness, unless the report itself answers it', () => {
    const unasked = COVERAGE.filter((entry) => !entry.report && !entry.questions?.['ce-readiness']?.length).map((e) => e.point);
    expect(unasked).toEqual([]);
  });

  it('places every ce-readiness question under some point of the sources', () => {
    const covered = new Set(COVERAGE.flatMap((entry) => entry.questions?.['ce-readiness'] ?? []));
    const orphans = placedQuestions(bankById('ce-readiness'))
      .map(({ question }) => question.id)
      .filter((id) => !covered.has(id));
    expect(orphans).toEqual([]);
  });

  it('cites real sections', () => {
    const bad = COVERAGE.filter((entry) => !SOURCE_SECTIONS[entry.source]?.sections.includes(entry.section));
    expect(bad).toEqual([]);
  });
});

describe('docs/banks.md', () => {
  it('matches what scripts/banks-doc.js generates from the banks (run `node scripts/banks-doc.js` after changing a bank)', () => {
    const committed = readFileSync(join(ROOT, 'docs', 'banks.md'), 'utf8');
    expect(committed).toBe(renderBanksDoc(banks.map((b) => b.bank)));
  });
});

describe('the CLI with the built-in banks', () => {
  it('`lint questionnaires/ --max-warnings 0` finds nothing', async () => {
    const result = await runCli(['lint', 'questionnaires/', '--max-warnings', '0', '--format', 'json']);
    expect({ code: result.code, findings: JSON.parse(result.stdout) as unknown, stderr: result.stderr }).toEqual({ code: 0, findings: [], stderr: '' });
  });

  it('`list` shows both banks with their question counts', async () => {
    const result = await runCli(['list', '--json']);
    expect(result.code).toBe(0);
    const listed = (JSON.parse(result.stdout) as { id: string; questions: number }[]).map(({ id, questions }) => ({ id, questions }));
    expect(listed).toEqual(banks.map(({ bank }) => ({ id: bank.id, questions: placedQuestions(bank).length })));
  });
});
