// The text of each report format's template: the built-in one in templates/, or `--template FILE` for
// the Markdown report.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { REPORT_FORMATS, type ReportFormat, type ReportFormatter, type ReportRenderer } from '../format/report/index.js';
import { TEMPLATES } from './paths.js';

async function readTemplate(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError((w) => w.errors.cannotReadTemplate(file, code === 'ENOENT' ? w.errors.noSuchFile : (code ?? String(error))));
  }
}

/** The built-in template of a format, as a path. */
function builtInTemplate(format: ReportFormat): string | undefined {
  const template = (REPORT_FORMATS[format] as ReportFormatter).template;
  return template === undefined ? undefined : join(TEMPLATES, template);
}

/**
 * The templates of the formats asked for, each checked so a broken one stops a batch before any file
 * is read. `markdown` is `--template`, in place of the built-in Markdown template.
 */
export async function readReportTemplates(formats: readonly ReportFormat[], markdown?: string): Promise<Partial<Record<ReportFormat, string>>> {
  const templates: Partial<Record<ReportFormat, string>> = {};
  for (const format of formats) {
    const own = format === 'md' ? markdown : undefined;
    const file = own ?? builtInTemplate(format);
    if (file === undefined) continue;
    const text = await readTemplate(file);
    const renderer: ReportRenderer = await (REPORT_FORMATS[format] as ReportFormatter).load();
    renderer.check?.(text, own ?? 'the built-in report template');
    templates[format] = text;
  }
  return templates;
}
