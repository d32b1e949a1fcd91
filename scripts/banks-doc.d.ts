// Types for scripts/banks-doc.js, so the tests can import it under strict TypeScript.
import type { Bank } from '../src/core/schema.js';

export interface CoveragePoint {
  source: string;
  section: string;
  point: string;
  /** Question ids by bank id. */
  questions?: Record<string, string[]>;
  /** Set when the report, not a question, answers this point. */
  report?: string;
}
export const COVERAGE: CoveragePoint[];
export function renderBanksDoc(banks: Bank[]): string;
