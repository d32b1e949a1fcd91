// A report template through Eta, shared by the Markdown and HTML reports: each compiles its template
// once (a batch renders one template thousands of times), and a template that does not compile, or
// fails on a report, is the user's error (`--template`), named as such.
import type { Eta } from 'eta/core';
import { UsageError } from '../../core/errors.js';

function templateError(error: unknown, name = 'the report template'): UsageError {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new UsageError(`${name} has an error: ${reason}`);
}

export interface TemplateRenderer {
  /** Compiles a template now, so a broken one stops a batch before any file is read. */
  check(template: string, name: string): void;
  /** The template's output for `data` (its `it`). */
  render(template: string, data: object): string;
}

export function templateRenderer(eta: Eta): TemplateRenderer {
  let compiled: { template: string; render: ReturnType<Eta['compile']> } | undefined;
  const compile = (template: string, name?: string) => {
    if (compiled?.template !== template) {
      try {
        compiled = { template, render: eta.compile(template) };
      } catch (error) {
        throw templateError(error, name);
      }
    }
    return compiled;
  };
  return {
    check: (template, name) => void compile(template, name),
    render(template, data) {
      const { render } = compile(template);
      try {
        return render.call(eta, data);
      } catch (error) {
        throw templateError(error);
      }
    },
  };
}
