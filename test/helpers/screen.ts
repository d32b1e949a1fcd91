// What a terminal shows after some output, scrollback included: the text left once cursor moves and
// erases have done their work. It knows the sequences inquirer and node:readline write (cursor up, down,
// to a column, erase in line and below); colours and cursor hiding change nothing on it.

const SEQUENCE = /\x1b\[([?0-9;]*)([A-Za-z])|\x1b\][^\x07]*\x07|\x1b[=>]|[\s\S]/g;

export function screenLines(output: string, { columns, rows }: { columns: number; rows: number }): string[] {
  const lines: string[][] = [[]];
  let row = 0;
  let col = 0;
  /** The first row on screen: the cursor cannot go above it. */
  let top = 0;
  const line = () => (lines[row] ??= []);
  const down = () => {
    row++;
    while (lines.length <= row) lines.push([]);
    if (row - top >= rows) top = row - rows + 1;
  };
  for (const match of output.matchAll(SEQUENCE)) {
    const [text, params, command] = match;
    if (command !== undefined) {
      const n = params === '' || params === undefined ? 1 : Number(params.split(';')[0]) || 1;
      if (params?.startsWith('?') || command === 'm') continue;
      if (command === 'A') row = Math.max(top, row - n);
      else if (command === 'B') for (let i = 0; i < n; i++) down();
      else if (command === 'C') col = Math.min(columns - 1, col + n);
      else if (command === 'D') col = Math.max(0, col - n);
      else if (command === 'G') col = Math.min(columns - 1, n - 1);
      else if (command === 'K') {
        const mode = Number(params || 0);
        const cells = line();
        if (mode === 0) cells.length = Math.min(cells.length, col);
        else if (mode === 1) for (let i = 0; i <= col && i < cells.length; i++) cells[i] = ' ';
        else cells.length = 0;
      } else if (command === 'J' && Number(params || 0) === 0) {
        line().length = Math.min(line().length, col);
        lines.length = row + 1;
      }
      continue;
    }
    if (text.startsWith('\x1b')) continue;
    if (text === '\r') col = 0;
    else if (text === '\n') {
      down();
      col = 0;
    } else if (text === '\b') col = Math.max(0, col - 1);
    else if (text >= ' ') {
      if (col >= columns) {
        down();
        col = 0;
      }
      const cells = line();
      while (cells.length < col) cells.push(' ');
      cells[col++] = text;
    }
  }
  return lines.map((cells) => cells.join('').trimEnd());
}
