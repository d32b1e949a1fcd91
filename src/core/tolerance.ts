// Scores are sums of decimals (0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point): they are
// compared with a tolerance, and a score within it of 0 or 1 is that score.
export const TOLERANCE = 1e-9;

/** A score in [0, 1], with sums that are 1 or 0 but for rounding made exactly that. */
export function unitScore(value: number): number {
  if (value >= 1 - TOLERANCE) return 1;
  if (value <= TOLERANCE) return 0;
  return value;
}
