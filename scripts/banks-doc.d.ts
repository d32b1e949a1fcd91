// Types for scripts/banks-doc.js, so the tests can import it under strict TypeScript.
import type { Bank, Condition } from '../src/core/schema.js';

export interface CoveragePoint {
  source: string;
  section: string;
  point: string;
  /** Question ids by bank id. */
  questions?: Record<string, string[]>;
  /** Set when the report, not a question, answers this point. */
  report?: string;
  /** Why the point is deliberately not asked: by any bank (a string), or by the banks named. */
  notAsked?: string | Record<string, string>;
}
export const COVERAGE: CoveragePoint[];
/** Why a bank leaves out a point another bank asks, unless the point's `notAsked` says otherwise. */
export const NOT_ASKED_BY: Record<string, string>;
/** Each recommendation's weight, and why, from what the sources stress. */
export const WEIGHTS: Record<string, { weight: number; reason: string }>;
/** Why a recommendation holds up those its `foundation_for` names. */
export const FOUNDATIONS: Record<string, string>;
export function renderBanksDoc(banks: Bank[], words: (condition: Condition) => string): string;
