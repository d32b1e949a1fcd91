// The Markdown report: the report's facts, worded (view.ts), through an Eta template whose every
// `<%= %>` is escaped for Markdown. The template's text is read at the edge, so this stays pure.
import { Eta } from 'eta/core';
import type { ReportFacts } from '../../core/report-facts.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { templateRenderer } from './eta-template.js';
import { reportView } from './view.js';

const template = templateRenderer(new Eta({ autoEscape: true, escapeFunction: escapeMarkdown, autoTrim: false, useWith: false, varName: 'it' }));

export const check = template.check;

export function render(facts: ReportFacts, text: string): string {
  // Exactly one final newline, whatever the template ends with (markdownlint MD047 / MD012).
  return template.render(text, reportView(facts)).trimEnd() + '\n';
}
