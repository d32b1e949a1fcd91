// A GFM table as markdownlint likes it: `| --- |` under the header, one space inside each pipe (an empty
// cell is `| |`), and a blank line after. Cells must already be escaped (escapeMarkdown).
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line), ''];
}
