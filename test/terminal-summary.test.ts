import { expect, test } from '@jest/globals';
import { formatTerminalSummary, type SummaryInput } from '../src/format/terminal-summary.js';
import { plainStyle, type Style } from '../src/format/style.js';

const band = (label: string) => ({ label });
const rec = (title: string) => ({ title });

const assessment: SummaryInput = {
  overall: { score: 61.6, band: band('Emerging') },
  recommendations: [
    { recommendation: rec('Define community engagement'), score: 75, band: band('Ready') },
    { recommendation: rec('Combine methods'), score: 25, band: band('Not yet ready') },
    { recommendation: rec('Be honest about impact'), score: null, band: null },
    { recommendation: rec('Organise well'), score: 0, band: band('Not yet ready') },
    { recommendation: rec('Hold providers to account'), score: 50, band: band('Emerging') },
  ],
  // Ready is the top band here: Define community engagement is a strength, the rest below it are gaps.
  gaps: [
    { recommendation: rec('Organise well'), score: 0, band: band('Not yet ready') },
    { recommendation: rec('Combine methods'), score: 25, band: band('Not yet ready') },
    { recommendation: rec('Hold providers to account'), score: 50, band: band('Emerging') },
  ],
  strengths: [{ recommendation: rec('Define community engagement'), score: 75 }],
};

test('overall score and band, a bar per recommendation, gaps and strengths counted, and the three priorities', () => {
  expect(formatTerminalSummary(assessment, plainStyle)).toBe(
    [
      'Overall: 62 / 100 · Emerging',
      '',
      'Define community engagement  ███████████████░░░░░   75  Ready',
      'Combine methods              █████░░░░░░░░░░░░░░░   25  Not yet ready',
      'Be honest about impact       ····················  not assessed',
      'Organise well                ░░░░░░░░░░░░░░░░░░░░    0  Not yet ready',
      'Hold providers to account    ██████████░░░░░░░░░░   50  Emerging',
      '',
      '3 gaps (below the top band), 1 strength (in it).',
      '',
      'Your 3 priorities:',
      '  1. Organise well (0 / 100, Not yet ready)',
      '  2. Combine methods (25 / 100, Not yet ready)',
      '  3. Hold providers to account (50 / 100, Emerging)',
      '',
    ].join('\n'),
  );
});

test('colour comes only from the style it is given', () => {
  const tagged: Style = { ...plainStyle, bold: (t) => `<b>${t}</b>`, dim: (t) => `<d>${t}</d>` };
  const text = formatTerminalSummary(assessment, tagged);
  expect(text).toContain('<b>Overall: 62 / 100 · Emerging</b>');
  expect(text).toContain('███████████████<d>░░░░░</d>');
  expect(formatTerminalSummary(assessment, plainStyle)).not.toMatch(/\x1b\[/);
});

test('nothing assessed and no gaps', () => {
  const text = formatTerminalSummary({ overall: { score: null, band: null }, recommendations: [], gaps: [], strengths: [] }, plainStyle);
  expect(text).toBe('Overall: not assessed (no scored question was asked)\n');
});

test("the bank's titles and band labels are quoted for the terminal: a bidirectional override or ESC is shown, not obeyed", () => {
  const title = 'Organise \u202ewell\u001b[2J';
  const hostile: SummaryInput = {
    overall: { score: 10, band: band('Low\u001b]0;x\u0007') },
    recommendations: [{ recommendation: rec(title), score: 10, band: band('Low\u001b]0;x\u0007') }],
    gaps: [{ recommendation: rec(title), score: 10, band: band('Low\u001b]0;x\u0007') }],
    strengths: [],
  };
  const text = formatTerminalSummary(hostile, plainStyle);
  expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
  expect(text).toContain('Organise \\u202ewell\\u001b[2J');
  expect(text).toContain('Low\\u001b]0;x\\u0007');
});
