// The Markdown report: the report's facts, worded (view.ts), through an Eta template whose every
// `<%= %>` is escaped for Markdown. The template's text is read at the edge, so this stays pure.
import { Eta } from 'eta/core';
import { UsageError } from '../../core/errors.js';
import type { ReportFacts } from '../../core/report-facts.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { templateErrorMessage } from '../template-error.js';
import { reportView } from './view.js';

const eta = new Eta({ autoEscape: true, escapeFunction: escapeMarkdown, autoTrim: false, useWith: false, varName: 'it' });

// A batch renders one template thousands of times: compile it once.
let compiled: { template: string; name: string; render: ReturnType<typeof eta.compile> } | undefined;

/** A template that does not compile, or fails on the report, is the user's error (--template). */
function templateError(error: unknown, name: string, compiling: boolean): UsageError {
  return new UsageError(templateErrorMessage(error, name, compiling));
}

function compile(template: string, name = compiled?.name ?? 'the report template'): NonNullable<typeof compiled> {
  if (compiled?.template !== template) {
    try {
      compiled = { template, name, render: eta.compile(template) };
    } catch (error) {
      throw templateError(error, name, true);
    }
  }
  return compiled;
}

/** Compiles a template now, so a broken `--template` stops a batch before any file is read; later failures name it too. */
export function check(template: string, name: string): void {
  compile(template, name);
  compiled!.name = name;
}

export function render(facts: ReportFacts, template: string): string {
  const { render, name } = compile(template);
  let text: string;
  try {
    text = render.call(eta, reportView(facts));
  } catch (error) {
    throw templateError(error, name, false);
  }
  // Exactly one final newline, whatever the template ends with (markdownlint MD047 / MD012).
  return text.trimEnd() + '\n';
}
