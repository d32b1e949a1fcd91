// The Markdown report: the report's facts, worded (view.ts), through an Eta template whose every
// `<%= %>` is escaped for Markdown. The template's text is read at the edge, so this stays pure.
import { Eta } from 'eta/core';
import { UsageError } from '../../core/errors.js';
import type { ReportFacts } from '../../core/report-facts.js';
import { escapeMarkdown } from '../markdown-escape.js';
import { reportView } from './view.js';

const eta = new Eta({ autoEscape: true, escapeFunction: escapeMarkdown, autoTrim: false, useWith: false, varName: 'it' });

// A batch renders one template thousands of times: compile it once.
let compiled: { template: string; render: ReturnType<typeof eta.compile> } | undefined;

/** A template that does not compile, or fails on the report, is the user's error (--template). */
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
export function check(template: string, name: string): void {
  compile(template, name);
}

export function render(facts: ReportFacts, template: string): string {
  const { render } = compile(template);
  let text: string;
  try {
    text = render.call(eta, reportView(facts));
  } catch (error) {
    throw templateError(error);
  }
  // Exactly one final newline, whatever the template ends with (markdownlint MD047 / MD012).
  return text.trimEnd() + '\n';
}
