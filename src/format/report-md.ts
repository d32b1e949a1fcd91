// The Markdown report: the report model through an Eta template whose every `<%= %>` is escaped for
// Markdown. The template's text is read at the edge, so this stays a pure function.
import { Eta } from 'eta/core';
import type { ReportModel } from '../core/report-model.js';
import { escapeMarkdown } from './markdown-escape.js';

const eta = new Eta({ autoEscape: true, escapeFunction: escapeMarkdown, autoTrim: false, useWith: false, varName: 'it' });

// A batch renders one template thousands of times: compile it once.
let compiled: { template: string; render: ReturnType<typeof eta.compile> } | undefined;

export function renderReportMarkdown(model: ReportModel, template: string): string {
  if (compiled?.template !== template) compiled = { template, render: eta.compile(template) };
  // Exactly one final newline, whatever the template ends with (markdownlint MD047 / MD012).
  return compiled.render.call(eta, model).trimEnd() + '\n';
}
