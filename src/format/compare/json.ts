// A comparison for programs (schema version 1, docs/compare.md): unrounded scores and changes, null
// where a side is not assessed, `comparable: false` with its reasons when the method changed, and `lang`,
// the language of its words and bank texts.
import type { Comparison } from '../../core/compare.js';

export const COMPARE_JSON_SCHEMA_VERSION = 1;

export function render(comparison: Comparison): string {
  // The tracker's findings go to stderr, as every finding does.
  // The reasons and warnings are given worded in its language; their notes are for stderr's.
  const { findings: _findings, notes: _notes, ...facts } = comparison;
  return JSON.stringify({ schemaVersion: COMPARE_JSON_SCHEMA_VERSION, ...facts }, null, 2) + '\n';
}
