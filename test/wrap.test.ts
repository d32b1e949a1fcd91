// Lines for the interview's screen, broken at word boundaries (src/cli/interview/wrap.ts).
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { stripVTControlCharacters } from 'node:util';
import { screenWidth, wrapLines } from '../src/cli/interview/wrap.js';

// At most 18 columns (a wide character takes two), so every word fits the narrowest line, 20: a word wider
// than its line is cut, and is tested on its own below.
const word = fc.stringMatching(/^[A-Za-zé漢]{1,9}$/);

describe('wrapLines', () => {
  test('keeps every word whole and in order, and no line wider than the terminal, at any width', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 20, max: 200 }), (words, columns) => {
        const lines = wrapLines(words.join(' '), columns);
        expect(lines.join(' ').split(' ')).toEqual(words);
        for (const line of lines) expect(screenWidth(line)).toBeLessThan(columns);
      }),
    );
  });

  test('cuts only a word longer than a line, and carries a style over the break', () => {
    expect(wrapLines(`ab ${'x'.repeat(25)}`, 12)).toEqual(['ab', 'x'.repeat(11), 'x'.repeat(11), 'xxx']);
    const lines = wrapLines(`\x1b[2m${'word '.repeat(6)}end\x1b[22m`, 16);
    expect(lines.map((line) => stripVTControlCharacters(line))).toEqual(['word word word', 'word word word', 'end']);
    for (const line of lines) expect(line.startsWith('\x1b[2m')).toBe(true);
  });

  test('counts a wide character as two columns', () => {
    expect(screenWidth('漢字 ab')).toBe(7);
  });
});
