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
import type { Language } from '../core/languages.js';
import { bankIn } from '../core/translation.js';
import { CePlanError, InputError, UsageError } from '../core/errors.js';
import type { AnswerFile } from '../core/schema.js';
import { scoreAssessment } from '../core/scoring.js';
import { answersAsked } from '../core/visibility.js';
import { wordsFor } from '../core/words/index.js';
import { organisationFileName, uniqueNames } from '../format/file-name.js';
import { reportFileName, type ReportFormat } from '../format/report/index.js';
import { expandInputs } from '../io/inputs.js';
import { WriteError } from '../io/write-file.js';
import { formatsToWrite, writeAll, type AssessSettings } from './assess-file.js';
import type { Checked } from './against-bank.js';
import { checkParsed, reportsOf } from './assess.js';
import { loadBank, type BankCache, type LoadedBank } from './load-bank.js';
import { readStaged, type CheckedFile } from './stage-checked.js';
import { Agreements, type Organisation, type ParsedAgreement } from './agreements.js';
import { parseAnswers } from './parse-answers.js';
import { readSource } from '../io/read-source.js';
import { reportLanguages } from './report-languages.js';
import { isAgreementData } from '../core/agreement.js';
import { mapped } from '../core/lists.js';

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
  /** Findings about its agreement: errors when it could not be applied (the report is then without it), warnings otherwise. */
  diagnostics: Diagnostic[];
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

/** The organisations with several answer files, by organisationKey: those an agreement can be for. */
export function organisationsOf(groups: readonly CheckedFile[][]): Map<string, Organisation> {
  const organisations = new Map<string, Organisation>();
  for (const group of groups) {
    if (group.length > 1) organisations.set(organisationKey(group[0]!.organisation), { name: group[0]!.organisation.name, files: group.map((f) => f.file) });
  }
  return organisations;
}

/** The organisation's details dated by the last of its respondents to answer, when any gives a date. */
function datedByLatest<T extends Pick<AnswerFile, 'organisation'>>(content: T, respondents: readonly Pick<AnswerFile, 'organisation'>[]): T {
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
  /** The run's agreement files, placed on their organisations. */
  agreements: Agreements;
}

/** One report per organisation, in order, until all are written or `stop` says to stop; the outcomes of those done. */
export async function writeCombinedReports(
  groups: readonly CheckedFile[][],
  settings: AssessSettings,
  { anonymise, inputOf, stop, warn, agreements }: CombineOptions,
): Promise<OrganisationOutcome[]> {
  const words = wordsFor(settings.messages);
  const say = words.findings.combine;
  const banks = new Map<string, Promise<LoadedBank>>();
  const bankOf = (file: string) => {
    let bank = banks.get(file);
    if (bank === undefined) banks.set(file, (bank = loadBank(file, settings.messages)));
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
        failure: say.differentBanks(files[0]!.content.organisation.name, which),
        exitCode: 1,
      });
      continue;
    }
    const loaded = fileBanks[0]!;
    const { bank } = loaded;
    // The lists handed on below are built by mapped(), not map(): map's array changes kind once this
    // function (run once an organisation) is optimised, which deoptimised it at their next use.
    // An anonymised report names no respondent's file, in its provenance either: only the hashes remain.
    const sources = mapped(files, (f, i) => (anonymise ? { ...f.source, file: `respondent-${i + 1}` } : f.source));
    // Staged with every answer that fits, hidden ones too; an agreement replaces some before each respondent is scored.
    const given = mapped(files, (f) => ({ content: f.content, answers: new Map(f.answers) }));
    // What stands for a respondent is report text: in the report's (first) language, not the messages'.
    const reportWords = wordsFor(reportLanguages(files[0]!.content, settings.languages)[0]);
    const anonymised = anonymise ? anonymiseRespondents(bank, given, words, reportWords) : undefined;
    if (anonymised !== undefined && anonymised.notes.length > 0) warn(anonymised.notes.map((note) => `${files[0]!.content.organisation.name}: ${note}`));
    const seen = anonymised?.respondents ?? given;
    const contents = mapped(seen, (r) => r.content);
    const labels = respondentLabels(
      mapped(contents, (c) => c.respondent ?? {}),
      anonymise,
      reportWords.core.respondent,
    );
    // The agreement speaks for a file by its SHA-256, as staged; `present` may name respondents as their files do.
    const agreed =
      files.length > 1
        ? agreements.applyTo(
            files[0]!.content.organisation,
            bank,
            files[0]!.content.bank_version ?? bank.version,
            mapped(files, (f, i) => ({ file: f.file, sha256: f.source.sha256, content: f.content, label: labels[i]!, given: seen[i]!.answers })),
            anonymise,
          )
        : { answers: undefined, agreement: null, diagnostics: [] };
    const members = mapped(files, (f, i) => {
      const answers = agreed.answers?.[i] ?? answersAsked(bank, seen[i]!.answers);
      return { file: f.file, content: contents[i]!, answers, assessment: scoreAssessment(bank, answers) };
    });
    const first = members[0]!;
    const pathOf = (format: ReportFormat) => join(settings.outDir, reportFileName(stems[g]!, format));
    try {
      for (const format of settings.formats) {
        const input = inputOf(pathOf(format));
        if (input !== undefined) throw new UsageError(say.wouldOverwrite(pathOf(format), input));
      }
      const { kept, formats } = await formatsToWrite(settings, pathOf);
      const only = { ...settings, formats };
      let assessment = first.assessment;
      let reports;
      if (members.length === 1) {
        reports = await reportsOf({ bank: loaded, content: first.content, answers: first.answers, assessment, sources }, only);
      } else {
        const respondents = mapped(members, (m, i) => ({
          ...m,
          label: labels[i]!,
          name: m.content.respondent?.name ?? null,
          role: m.content.respondent?.role ?? null,
          file: anonymise ? `respondent-${i + 1}` : m.file,
        }));
        const combined = combineRespondents(bank, respondents);
        assessment = combined.assessment;
        // The organisation as its first respondent names it, dated by the last to answer, or the agreement when later.
        const { respondent: _one, ...organisationOnly } = first.content;
        const agreedOn = agreed.agreement === null ? [] : [{ organisation: { name: '', date: agreed.agreement.date } }];
        const content = datedByLatest(organisationOnly, [...contents, ...agreedOn]);
        reports = await reportsOf(
          { bank: loaded, content, answers: first.answers, assessment, group: { respondents, ...combined, agreement: agreed.agreement }, sources },
          only,
        );
      }
      const outputs = mapped(reports, (r) => ({ path: pathOf(r.format), content: r.content }));
      await writeAll(outputs, settings);
      const entry = { ...cohortEntry(bank, first.content, stems[g]!, assessment), respondents: members.length };
      outcomes.push({
        kind: 'reported',
        files: names,
        diagnostics: agreed.diagnostics,
        written: mapped(outputs, (o) => o.path),
        kept,
        overall: assessment.overall.score,
        cohort: { bankFile: files[0]!.bankFile, entry },
      });
    } catch (error) {
      if (!(error instanceof CePlanError)) throw error;
      outcomes.push({ kind: 'failed', files: names, failure: error.wording(words.messages), exitCode: error.exitCode });
      // A full or read-only disk, or no permission: every later organisation would fail alike.
      if (error instanceof WriteError && error.stopsBatch) break;
    }
  }
  return outcomes;
}

/**
 * `compare --combine BEFORE AFTER`: each side a folder, glob or file of one organisation's respondents,
 * checked, scored and combined as `assess --combine` does (with the agreement among them, or beside
 * them, applied), then compared. `warnings` are the answer files' and the agreements' warnings.
 */
export async function compareCombined(
  before: string,
  after: string,
  cache: BankCache,
  bankOverride: string | undefined,
  display: (file: string) => string,
  language: Language,
  tracker?: Tracker,
): Promise<{ comparison: Comparison; warnings: Diagnostic[] }> {
  // One language for the page and its findings: the first of --lang (the respondents' own lang: may differ).
  const words = wordsFor(language);
  const say = words.findings.combine;
  const sides: CompareSide[] = [];
  const problems: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const input of [before, after]) {
    const files = await expandInputs([input]);
    const found: ParsedAgreement[] = [];
    const members: (Checked & { file: string })[] = [];
    for (const file of files) {
      const text = await readSource(file, words);
      const parsed = text.ok ? parseAnswers(file, text.value, words) : text;
      if (parsed.ok && isAgreementData(parsed.value.data) && !('cells' in parsed.value.positions)) {
        found.push({ file, data: parsed.value.data, positions: parsed.value.positions, sha256: parsed.value.source.sha256 });
        continue;
      }
      const checked = parsed.ok ? await checkParsed(parsed.value, cache, { bank: bankOverride, words }) : parsed;
      if (checked.ok) members.push(checked.value);
      else problems.push(...checked.diagnostics);
      if (checked.ok) warnings.push(...checked.value.warnings);
    }
    if (members.length === 0) {
      if (problems.length > 0) continue;
      throw new UsageError(say.onlyAgreement(input));
    }
    if (new Set(members.map((m) => organisationKey(m.content.organisation))).size > 1) {
      throw new UsageError(say.severalOrganisations(input));
    }
    if (new Set(members.map((m) => answeredBank(m.bank.file, m.content, m.bank.bank))).size > 1) {
      throw new UsageError(say.sideDifferentBanks(input));
    }
    // The bank in the comparison's language: its titles, and each answer in words, in that language.
    const bank = bankIn(members[0]!.bank.bank, language);
    const labels = respondentLabels(
      members.map((m) => m.content.respondent ?? {}),
      false,
      words.core.respondent,
    );
    const organisation = members[0]!.content.organisation;
    const agreements = await Agreements.place(
      found.map((value) => ({ ok: true, value, diagnostics: [] })),
      members.length > 1 ? new Map([[organisationKey(organisation), { name: organisation.name, files: members.map((m) => m.file) }]]) : new Map(),
      words,
    );
    const agreed = agreements.applyTo(
      organisation,
      bank,
      members[0]!.content.bank_version ?? bank.version,
      members.map((m, i) => ({ file: m.file, sha256: m.source.sha256, content: m.content, label: labels[i]!, given: m.fitting })),
      false,
    );
    for (const d of [...agreements.unplaced, ...agreed.diagnostics]) (d.severity === 'error' ? problems : warnings).push(d);
    const respondents = members.map((m, i) => {
      const answers = agreed.answers?.[i] ?? m.answers;
      return { label: labels[i]!, answers, assessment: scoreAssessment(bank, answers) };
    });
    const combined = members.length === 1 ? { assessment: respondents[0]!.assessment } : combineRespondents(bank, respondents);
    const first = members[0]!;
    const agreedOn = agreed.agreement === null ? [] : [{ organisation: { name: '', date: agreed.agreement.date } }];
    const content = datedByLatest(first.content, [...members.map((m) => m.content), ...agreedOn]);
    sides.push({
      file: members.length === 1 ? display(first.file) : `${display(input)} (${members.length} respondents)`,
      bank,
      content,
      answers: respondents[0]!.answers,
      assessment: combined.assessment,
      ...(members.length === 1 ? {} : { answersInWords: answersInWords(bank, respondents) }),
    });
  }
  const located = (list: Diagnostic[]) => list.map((d) => ({ ...d, file: display(d.file) }));
  if (problems.length > 0) throw new InputError(located(problems), language);
  return { comparison: compareAssessments(sides[0]!, sides[1]!, tracker === undefined ? undefined : { tracker, words }), warnings: located(warnings) };
}
