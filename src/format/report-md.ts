// The Markdown report: the report model through an Eta template whose every `<%= %>` is escaped for
// Markdown. The template's text is read at the edge, so this stays a pure function.
import { Eta } from 'eta/core';
import { UsageError } from '../core/errors.js';
import type { ReportModel } from '../core/report-model.js';
import { escapeMarkdown } from './markdown-escape.js';

const eta = new Eta({ autoEscape: true, escapeFunction: escapeMarkdown, autoTrim: false, useWith: false, varName: 'it' });

// A batch renders one template thousands of times: compile it once.
let compiled: { template: string; render: ReturnType<typeof eta.compile> } | undefined;

/** A template that does not compile, or fails on the report model, is the user's error (--template). */
function templateError(error: unknown, name = 'the report template'): UsageError {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new UsageError(`${name} has an error: ${reason}`);
}

function compile(template: string, name?: string): NonNullable<typeof compiled> {
  if (compiled?.template !== template) {
    try {
      compiled = { template, render: eta.compile(template) };
    } catch (error) {
      throw templateError(error, name);
    }
  }
  return compiled;
}

/** Compiles a template now, so a broken `--template` stops a batch before any file is read. */
export function checkReportTemplate(template: string, name: string): void {
  compile(template, name);
}

export function renderReportMarkdown(model: ReportModel, template: string): string {
  const { render } = compile(template);
  let text: string;
  try {
    text = render.call(eta, model);
  } catch (error) {
    throw templateError(error);
  }
  // Exactly one final newline, whatever the template ends with (markdownlint MD047 / MD012).
  return text.trimEnd() + '\n';
}
