// The cohort summary for programs (schema version 1, docs/summary.md): the same facts as the Markdown
// page, with unrounded scores and null where nothing was assessed.
import type { CohortSummary } from '../../core/cohort.js';

export const SUMMARY_JSON_SCHEMA_VERSION = 1;

export function render(summary: CohortSummary): string {
  return JSON.stringify({ schemaVersion: SUMMARY_JSON_SCHEMA_VERSION, ...summary }, null, 2) + '\n';
}
