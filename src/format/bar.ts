// Bars drawn in text: the report's score column, the terminal summary and the batch progress bar.

/** `width` cells, filled in proportion to `fraction` (clamped to 0–1); `empty` styles the unfilled part. */
export function bar(fraction: number, width: number, empty: (cells: string) => string = (cells) => cells): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return '█'.repeat(filled) + empty('░'.repeat(width - filled));
}
