// The end of `ce-plan init`: score the answers, print the summary and write the report, with the same
// checks, scoring and rendering as `assess`.
import { checkAnswers } from '../../core/answers.js';
import { nowhere } from '../../core/diagnostics.js';
import type { AnswerFile, Bank } from '../../core/schema.js';
import { scoreAssessment } from '../../core/scoring.js';
import { renderReports, type ReportFormat } from '../../format/reports.js';
import { formatTerminalSummary } from '../../format/terminal-summary.js';
import { readReportTemplate } from '../../io/report-template.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { displayPath, styleFor, type Io } from '../io.js';

export interface SavedAnswers {
  /** Where the answer file was written. */
  file: string;
  content: AnswerFile;
}

export interface FinishOptions {
  out: string;
  format: readonly ReportFormat[];
  force: boolean;
}

/** `--out` for the Markdown report, and its `.json` twin for `--format json`. */
function reportPath(out: string, format: ReportFormat): string {
  return format === 'md' ? out : out.replace(/\.md$/i, '') + '.json';
}

/** The report files `init` will write for these options. */
export function reportPaths(options: Pick<FinishOptions, 'out' | 'format'>): string[] {
  return options.format.map((format) => reportPath(options.out, format));
}

export async function finish(io: Io, bank: Bank, saved: SavedAnswers, options: FinishOptions): Promise<number> {
  // Answers the skip logic now hides stay in the file but, as in `assess`, leave the scoring.
  const { answers } = checkAnswers(bank, saved.content, nowhere, saved.file);
  const assessment = scoreAssessment(bank, answers);
  const style = await styleFor(io.stdout, io.env);
  io.stdout.write(`\nanswers saved to ${displayPath(saved.file)}\n\n${formatTerminalSummary(assessment, style)}\n`);

  const template = await readReportTemplate();
  const reports = renderReports({ bank, content: saved.content, answers, assessment }, options.format, template);
  for (const report of reports) {
    const path = reportPath(options.out, report.format);
    await writeFileAtomic(path, report.text, { overwrite: options.force });
    io.stdout.write(`report written to ${style.bold(displayPath(path))}\n`);
  }
  return 0;
}
