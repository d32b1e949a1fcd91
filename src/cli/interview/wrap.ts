// Text for the interview's screen, broken into lines at word boundaries to fit the terminal. A terminal
// left to wrap a long line itself breaks it at its last column, in the middle of a word ("Organisati" /
// "ons" at 120 columns); and a line wrapped here takes exactly the rows it has lines, which is what the
// prompter counts when it erases what it wrote.

/** Colour and style sequences, which take no room on screen. */
// eslint-disable-next-line no-control-regex
const STYLE = /\x1b\[[0-9;]*m/g;

/** How many columns a character takes: two for wide (East Asian, most emoji), none for a combining mark. */
function widthOf(char: string): number {
  const code = char.codePointAt(0)!;
  if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** The columns some text takes on screen. */
export function screenWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(STYLE, '')) width += widthOf(char);
  return width;
}

/** A style sequence, or one character (a whole code point). */
// eslint-disable-next-line no-control-regex
const TOKEN = /\x1b\[[0-9;]*m|[\s\S]/gu;

/**
 * The text's lines, each broken at spaces to fit `columns` (one less, so a full line never leaves the
 * cursor waiting at the edge); a word longer than a line is cut where it must be. Styles carry over: a
 * line broken inside a styled run is reset at its end, and the next begins with the styles in effect.
 */
export function wrapLines(text: string, columns: number): string[] {
  const width = Math.max(10, columns - 1);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (screenWidth(paragraph) <= width) {
      lines.push(paragraph);
      continue;
    }
    // The style sequences in effect since the last reset, to begin each new line with.
    let active: string[] = [];
    let line = '';
    let lineWidth = 0;
    const flush = () => {
      lines.push(`${line.trimEnd()}${active.length > 0 ? '\x1b[0m' : ''}`);
      line = active.join('');
      lineWidth = 0;
    };
    for (const word of paragraph.split(/(?<= )/)) {
      const wordWidth = screenWidth(word.trimEnd());
      if (lineWidth > 0 && lineWidth + wordWidth > width) flush();
      for (const token of word.match(TOKEN) ?? []) {
        if (token.length > 1 && token.startsWith('\x1b')) {
          line += token;
          active = token === '\x1b[0m' || token === '\x1b[m' ? [] : [...active, token];
          continue;
        }
        // Only a word longer than a whole line is cut.
        if (wordWidth > width && lineWidth + widthOf(token) > width) flush();
        line += token;
        lineWidth += widthOf(token);
      }
    }
    if (lineWidth > 0) flush();
  }
  return lines;
}
