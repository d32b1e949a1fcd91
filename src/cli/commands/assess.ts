// `ce-plan assess FILE…`: one report per answer file. Files are handled one after another; a bad file
// gets its findings on stderr and no output, and the others still run.
import { basename, join } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { CePlanError, UsageError } from '../../core/errors.js';
import { scoreAssessment, type Assessment } from '../../core/scoring.js';
import { renderReports, type ReportFormat } from '../../format/reports.js';
import { expandInputs } from '../../io/inputs.js';
import { loadAssessment, type BankCache } from '../../io/load-assessment.js';
import { readReportTemplate } from '../../io/report-template.js';
import { exists, writeFileAtomic } from '../../io/write-file.js';
import { displayPath, styleFor, type Io } from '../io.js';

export interface AssessOptions {
  outDir: string;
  format: ReportFormat[];
  force?: boolean;
  bank?: string;
  template?: string;
  date?: string;
}

export interface AssessOneOptions {
  outDir: string;
  formats: readonly ReportFormat[];
  template: string;
  bank?: string | undefined;
  date?: string | undefined;
  stdin?: NodeJS.ReadableStream | undefined;
}

export type AssessOutcome =
  | { ok: true; outputs: { path: string; text: string }[]; assessment: Assessment; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Where an answer file's reports go: `groups/northfield.yaml` → `<outDir>/northfield.<format>`. */
export function reportStem(file: string): string {
  return file === '-' ? 'stdin' : basename(file).replace(/\.ya?ml$/i, '');
}

/** Everything for one answer file short of writing it: load, check, score, render. */
export async function assessOne(file: string, cache: BankCache, options: AssessOneOptions): Promise<AssessOutcome> {
  const loaded = await loadAssessment(file, cache, { bank: options.bank, stdin: options.stdin });
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const { bank, content, answers, warnings } = loaded.value;
  const assessment = scoreAssessment(bank.bank, answers);
  const reports = renderReports({ bank: bank.bank, content, answers, assessment, date: options.date }, options.formats, options.template);
  const stem = join(options.outDir, reportStem(file));
  return { ok: true, outputs: reports.map((r) => ({ path: `${stem}.${r.format}`, text: r.text })), assessment, warnings };
}

export async function run(io: Io, inputs: string[], options: AssessOptions): Promise<number> {
  if (options.date !== undefined && !isDate(options.date)) throw new UsageError(`--date must be a date like 2026-11-20, not "${options.date}"`);
  const template = await readReportTemplate(options.template);
  const files = await expandInputs(inputs);
  const stems = new Map<string, string>();
  for (const file of files) {
    const other = stems.get(reportStem(file));
    if (other !== undefined) throw new UsageError(`${other} and ${file} would both write ${join(options.outDir, reportStem(file))}.*; rename one or assess them separately`);
    stems.set(reportStem(file), file);
  }

  const style = await styleFor(io.stderr, io.env);
  const { formatStylish } = await import('../../format/lint-stylish.js');
  const printFindings = (diagnostics: Diagnostic[]) =>
    io.stderr.write(formatStylish(diagnostics.map((d) => ({ ...d, file: displayPath(d.file) })), style, 1));

  const cache: BankCache = new Map();
  let exitCode = 0;
  for (const file of files) {
    const outcome = await assessOne(file, cache, { outDir: options.outDir, formats: options.format, template, bank: options.bank, date: options.date, stdin: io.stdin });
    if (!outcome.ok) {
      printFindings(outcome.diagnostics);
      exitCode = Math.max(exitCode, outcome.diagnostics.some((d) => d.unreadable) ? 2 : 1);
      continue;
    }
    if (outcome.warnings.length > 0) printFindings(outcome.warnings);
    try {
      await writeOutputs(outcome.outputs, options.force === true);
    } catch (error) {
      if (!(error instanceof CePlanError)) throw error;
      io.stderr.write(`ce-plan: ${error.message}\n`);
      exitCode = Math.max(exitCode, error.exitCode);
      continue;
    }
    for (const output of outcome.outputs) io.stdout.write(`wrote ${displayPath(output.path)}\n`);
  }
  return exitCode;
}

/** All of one file's reports or none: an existing report stops them all unless --force. */
async function writeOutputs(outputs: { path: string; text: string }[], force: boolean): Promise<void> {
  if (!force) {
    for (const { path } of outputs) {
      if (await exists(path)) throw new UsageError(`${displayPath(path)} already exists; use --force to overwrite it`);
    }
  }
  for (const { path, text } of outputs) await writeFileAtomic(path, text, { overwrite: force });
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
