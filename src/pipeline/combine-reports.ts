// `assess --combine`: the answer files of one organisation (matched on name and area, ignoring case,
// spacing and Unicode normal form) make one report, each respondent scored on their own and then
// combined (src/core/combine.ts).
// An organisation with one answer file gets the same report as without --combine, under the same name.
import { join } from 'node:path';
import { cohortEntry, type CohortEntry } from '../core/cohort.js';
import { anonymiseRespondents } from '../core/anonymity.js';
import { answeredBank, answersInWords, combineRespondents, organisationKey, respondentLabels } from '../core/combine.js';
import type { Tracker } from '../core/tracker.js';
import { compareAssessments, type Comparison, type CompareSide } from '../core/compare.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { CePlanError, InputError, UsageError } from '../core/errors.js';
import type { AnswerFile } from '../core/schema.js';
import { scoreAssessment } from '../core/scoring.js';
import { organisationFileName, uniqueNames } from '../format/file-name.js';
import { reportFileName, type ReportFormat } from '../format/report/index.js';
import { expandInputs } from '../io/inputs.js';
import { WriteError } from '../io/write-file.js';
import { formatsToWrite, writeAll, type AssessSettings } from './assess-file.js';
import { loadAssessment, reportsOf } from './assess.js';
import { loadBank, type BankCache, type LoadedBank } from './load-bank.js';
import { readStaged, type CheckedFile } from './stage-checked.js';

/** An organisation with no report: why, and 2 when a report could not be written, 1 when it could not be combined. */
interface FailedOrganisation {
  kind: 'failed';
  files: string[];
  failure: string;
  exitCode: 1 | 2;
}

/** An organisation whose report is in place. */
interface ReportedOrganisation {
  kind: 'reported';
  files: string[];
  written: string[];
  /** With --skip-existing: its reports that were there already, kept as they are. */
  kept: string[];
  overall: number | null;
  cohort: { bankFile: string; entry: CohortEntry };
}

/** What became of one organisation: its report files, or why it has none. */
export type OrganisationOutcome = FailedOrganisation | ReportedOrganisation;

/** The files of each organisation, in the order their first file came. */
export function groupByOrganisation(checked: readonly CheckedFile[]): CheckedFile[][] {
  const groups = new Map<string, CheckedFile[]>();
  for (const file of checked) {
    const key = organisationKey(file.organisation);
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()];
}

/** The organisation's details dated by the last of its respondents to answer, when any gives a date. */
function datedByLatest<T extends Pick<AnswerFile, 'organisation'>>(content: T, respondents: readonly AnswerFile[]): T {
  const latest = respondents
    .map((r) => r.organisation.date)
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  return latest === undefined ? content : { ...content, organisation: { ...content.organisation, date: latest } };
}

/** How to write the combined reports. */
export interface CombineOptions {
  /** `--anonymise`. */
  anonymise: boolean;
  /** What --anonymise left out of an organisation's reports, said before they are written. */
  warn: (notes: readonly string[]) => void;
  /** The input of the run (or the summary) a path would overwrite, if any: no report may. */
  inputOf: (path: string) => string | undefined;
  /** Ctrl-C: stop between organisations, so each report written is whole. */
  stop: AbortSignal;
}

/** One report per organisation, in order, until all are written or `stop` says to stop; the outcomes of those done. */
export async function writeCombinedReports(
  groups: readonly CheckedFile[][],
  settings: AssessSettings,
  { anonymise, inputOf, stop, warn }: CombineOptions,
): Promise<OrganisationOutcome[]> {
  const banks = new Map<string, Promise<LoadedBank>>();
  const bankOf = (file: string) => {
    let bank = banks.get(file);
    if (bank === undefined) banks.set(file, (bank = loadBank(file)));
    return bank;
  };
  // Names are worked out for all organisations first, so no two reports share one, whatever the order.
  // An organisation one file answers for keeps that file's report name, unless --anonymise: a file's name may name its author.
  const stems = uniqueNames(
    groups.map((files) => (files.length === 1 && !anonymise ? files[0]!.stem : organisationFileName(files[0]!.organisation, 'organisation'))),
  );

  const outcomes: OrganisationOutcome[] = [];
  for (const [g, group] of groups.entries()) {
    if (stop.aborted) break;
    // Read back one organisation at a time, so only one group's answers are ever held.
    const files = await Promise.all(
      group.map(async (checked) => ({ file: checked.file, bankFile: checked.bankFile, ...(await readStaged(checked, settings.stagingKey)) })),
    );
    const names = files.map((f) => f.file);
    const fileBanks = await Promise.all(files.map((f) => bankOf(f.bankFile)));
    const versions = new Set(files.map((f, i) => answeredBank(f.bankFile, f.content, fileBanks[i]!.bank)));
    if (versions.size > 1) {
      const which = files.map((f) => `${f.file} (${f.content.bank}${f.content.bank_version ? ` ${f.content.bank_version}` : ''})`).join(', ');
      outcomes.push({
        kind: 'failed',
        files: names,
        failure: `${files[0]!.content.organisation.name}: its answer files use different banks or bank versions, so they cannot be combined: ${which}`,
        exitCode: 1,
      });
      continue;
    }
    const loaded = fileBanks[0]!;
    const { bank } = loaded;
    // An anonymised report names no respondent's file, in its provenance either: only the hashes remain.
    const sources = files.map((f, i) => (anonymise ? { ...f.source, file: `respondent-${i + 1}` } : f.source));
    const given = files.map((f) => ({ content: f.content, answers: new Map(f.answers) }));
    const anonymised = anonymise ? anonymiseRespondents(bank, given) : undefined;
    if (anonymised !== undefined && anonymised.notes.length > 0) warn(anonymised.notes.map((note) => `${files[0]!.content.organisation.name}: ${note}`));
    const seen = anonymised?.respondents ?? given;
    const contents = seen.map((r) => r.content);
    const members = files.map((f, i) => ({
      file: f.file,
      content: contents[i]!,
      answers: seen[i]!.answers,
      assessment: scoreAssessment(bank, seen[i]!.answers),
    }));
    const labels = respondentLabels(
      contents.map((c) => c.respondent ?? {}),
      anonymise,
    );
    const first = members[0]!;
    const pathOf = (format: ReportFormat) => join(settings.outDir, reportFileName(stems[g]!, format));
    try {
      for (const format of settings.formats) {
        const input = inputOf(pathOf(format));
        if (input !== undefined) throw new UsageError(`the report ${pathOf(format)} would overwrite ${input}; use another --out-dir`);
      }
      const { kept, formats } = await formatsToWrite(settings, pathOf);
      const only = { ...settings, formats };
      let assessment = first.assessment;
      let reports;
      if (members.length === 1) {
        reports = await reportsOf({ bank: loaded, content: first.content, answers: first.answers, assessment, sources }, only);
      } else {
        const respondents = members.map((m, i) => ({
          ...m,
          label: labels[i]!,
          name: m.content.respondent?.name ?? null,
          role: m.content.respondent?.role ?? null,
          file: anonymise ? `respondent-${i + 1}` : m.file,
        }));
        const combined = combineRespondents(bank, respondents);
        assessment = combined.assessment;
        // The organisation as its first respondent names it, dated by the last to answer.
        const { respondent: _one, ...organisationOnly } = first.content;
        const content = datedByLatest(organisationOnly, contents);
        reports = await reportsOf({ bank: loaded, content, answers: first.answers, assessment, group: { respondents, ...combined }, sources }, only);
      }
      const outputs = reports.map((r) => ({ path: pathOf(r.format), content: r.content }));
      await writeAll(outputs, settings);
      const entry = { ...cohortEntry(bank, first.content, stems[g]!, assessment), respondents: members.length };
      outcomes.push({
        kind: 'reported',
        files: names,
        written: outputs.map((o) => o.path),
        kept,
        overall: assessment.overall.score,
        cohort: { bankFile: files[0]!.bankFile, entry },
      });
    } catch (error) {
      if (!(error instanceof CePlanError)) throw error;
      outcomes.push({ kind: 'failed', files: names, failure: error.message, exitCode: error.exitCode });
      // A full or read-only disk, or no permission: every later organisation would fail alike.
      if (error instanceof WriteError && error.stopsBatch) break;
    }
  }
  return outcomes;
}

/**
 * `compare --combine BEFORE AFTER`: each side a folder, glob or file of one organisation's respondents,
 * checked, scored and combined as `assess --combine` does, then compared.
 */
export async function compareCombined(
  before: string,
  after: string,
  cache: BankCache,
  bankOverride: string | undefined,
  display: (file: string) => string,
  tracker?: Tracker,
): Promise<Comparison> {
  const sides: CompareSide[] = [];
  const problems: Diagnostic[] = [];
  for (const input of [before, after]) {
    const files = await expandInputs([input]);
    const loaded = await Promise.all(files.map((file) => loadAssessment(file, cache, { bank: bankOverride })));
    const failed = loaded.flatMap((l) => (l.ok ? [] : l.diagnostics));
    if (failed.length > 0) {
      problems.push(...failed);
      continue;
    }
    const members = loaded.map((l) => (l as Extract<typeof l, { ok: true }>).value);
    if (new Set(members.map((m) => organisationKey(m.content.organisation))).size > 1) {
      throw new UsageError(`${input} holds answer files of more than one organisation; with --combine each side is one organisation's respondents`);
    }
    if (new Set(members.map((m) => answeredBank(m.bank.file, m.content, m.bank.bank))).size > 1) {
      throw new UsageError(`${input}: its answer files use different banks or bank versions, so they cannot be combined`);
    }
    const bank = members[0]!.bank.bank;
    const labels = respondentLabels(
      members.map((m) => m.content.respondent ?? {}),
      false,
    );
    const respondents = members.map((m, i) => ({ label: labels[i]!, answers: m.answers, assessment: m.assessment }));
    const combined = members.length === 1 ? { assessment: members[0]!.assessment } : combineRespondents(bank, respondents);
    const first = members[0]!;
    const content = datedByLatest(
      first.content,
      members.map((m) => m.content),
    );
    sides.push({
      file: members.length === 1 ? display(first.file) : `${display(input)} (${members.length} respondents)`,
      bank,
      content,
      answers: first.answers,
      assessment: combined.assessment,
      ...(members.length === 1 ? {} : { answersInWords: answersInWords(bank, respondents) }),
    });
  }
  if (problems.length > 0) throw new InputError(problems.map((d) => ({ ...d, file: display(d.file) })));
  return compareAssessments(sides[0]!, sides[1]!, tracker);
}
