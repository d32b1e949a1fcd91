// One place that turns an assessment into the report files asked for, for `assess` and `init` alike.
import { buildReportModel, type ReportInput } from '../core/report-model.js';
import { renderReportMarkdown } from './report-md.js';
import { formatReportJson } from './report-json.js';

export type ReportFormat = 'md' | 'json';

export function renderReports(input: ReportInput, formats: readonly ReportFormat[], template: string): { format: ReportFormat; text: string }[] {
  return formats.map((format) => ({
    format,
    text: format === 'md' ? renderReportMarkdown(buildReportModel(input), template) : formatReportJson(input),
  }));
}
