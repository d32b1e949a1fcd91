// Invariants of the action tracker over generated answers on both built-in banks: a tracker written
// and read back untouched (workbook and CSV) gives the plan's actions, every one Not started, with no
// finding; read against the same assessment, every gap is "Not done, and no change"; and any text
// written to a CSV cell reads back as it was, and never starts as a formula.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trackerProgress } from '../src/core/progress.js';
import { reportFacts } from '../src/core/report-facts.js';
import type { AnswerFile, Bank } from '../src/core/schema.js';
import { scoreAssessment } from '../src/core/scoring.js';
import { spreadsheetText, unescapeSpreadsheetText } from '../src/format/spreadsheet-escape.js';
import { render as renderCsv } from '../src/format/report/tracker-csv.js';
import { render as renderXlsx } from '../src/format/report/tracker-xlsx.js';
import { loadBank } from '../src/pipeline/load-bank.js';
import { readTracker } from '../src/pipeline/tracker-file.js';
import { arbAnswers } from './helpers/generators.js';
import { tempDir } from './helpers/temp.js';
import { en } from '../src/core/words/en.js';

const content = (bank: Bank): AnswerFile => ({ bank: bank.id, organisation: { name: 'Generated group', date: '2026-11-20' }, answers: {} }) as AnswerFile;

describe.each(['ce-readiness', 'quick-check'])('a tracker on %s, written and read back untouched', (id) => {
  const dir = tempDir(`tracker-properties-${id}`);
  it.each([
    ['workbook', 'xlsx', 12],
    ['CSV', 'csv', 30],
  ] as const)(
    'the %s gives the plan back, every action Not started, every gap not done and unchanged',
    async (_name, extension, numRuns) => {
      const { bank } = await loadBank(id, 'en');
      let n = 0;
      await fc.assert(
        fc.asyncProperty(arbAnswers(bank), async (answers) => {
          const assessment = scoreAssessment(bank, answers);
          const facts = reportFacts({ bank, content: content(bank), answers, assessment });
          const file = join(dir, `${++n}.tracker.${extension}`);
          writeFileSync(file, extension === 'xlsx' ? await renderXlsx([facts]) : renderCsv([facts]));
          const read = await readTracker(file, en);
          rmSync(file);
          if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
          expect(read.diagnostics.filter((d) => d.rule !== 'tracker-about')).toEqual([]);
          expect(read.value.actions.map((a) => a.id)).toEqual(facts.plan.objectives.map((o) => o.id.toLowerCase()));
          expect(new Set(read.value.actions.map((a) => a.status))).toEqual(new Set(facts.plan.objectives.length > 0 ? ['Not started'] : []));
          const side = { bank, assessment, content: content(bank) };
          const cells = new Map(
            assessment.recommendations.map((r) => [r.recommendation.id, { before: { score: r.score, band: null }, after: { score: r.score, band: null } }]),
          );
          const { progress, diagnostics } = trackerProgress(
            read.value,
            side,
            side,
            cells,
            facts.plan.objectives.map((o) => o.id),
            en,
          );
          expect(diagnostics).toEqual([]);
          for (const gap of progress.gaps) expect([gap.id, gap.verdict]).toEqual([gap.id, 'Not done, and no change']);
        }),
        { numRuns },
      );
    },
    120_000,
  );
});

describe('text in a CSV cell', () => {
  it('reads back as it was written, and never starts as a formula', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `=${s}`),
          fc.string().map((s) => `'${s}`),
          fc.constantFrom('+1', '-1', '@x', '\tx', "'=x"),
        ),
        (text) => {
          const written = spreadsheetText(text);
          expect(written).not.toMatch(/^[=+\-@\t\r]/);
          expect(unescapeSpreadsheetText(written)).toBe(text);
        },
      ),
    );
  });
});
