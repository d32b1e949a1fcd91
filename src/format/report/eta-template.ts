// A report template through Eta, shared by the Markdown and HTML reports: each compiles its template
// once (a batch renders one template thousands of times), and a template that does not compile, or
// fails on a report, is the user's error (`--template`), named as such (src/format/template-error.ts).
import type { Eta } from 'eta/core';
import { UsageError } from '../../core/errors.js';
import { templateErrorMessage } from '../template-error.js';

export interface TemplateRenderer {
  /** Compiles a template now, so a broken `--template` stops a batch before any file is read; later failures name it too. */
  check(template: string, name: string): void;
  /** The template's output for `data` (its `it`). */
  render(template: string, data: object): string;
}

export function templateRenderer(eta: Eta): TemplateRenderer {
  let compiled: { template: string; name: string; render: ReturnType<Eta['compile']> } | undefined;
  const compile = (template: string, name = compiled?.name ?? 'the report template') => {
    if (compiled?.template !== template) {
      try {
        compiled = { template, name, render: eta.compile(template) };
      } catch (error) {
        throw new UsageError(templateErrorMessage(error, name, true));
      }
    }
    return compiled;
  };
  return {
    check(template, name) {
      compile(template, name).name = name;
    },
    render(template, data) {
      const { render, name } = compile(template);
      try {
        return render.call(eta, data);
      } catch (error) {
        throw new UsageError(templateErrorMessage(error, name, false));
      }
    },
  };
}
