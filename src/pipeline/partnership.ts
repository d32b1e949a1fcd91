// One organisation's respondents, for agreeing a shared view (`ce-plan agree`, `ce-plan template
// --agree`; issue 25): their answer files checked as `assess` checks them, on one bank and version, and
// the questions they contest. Agreement files among the inputs (the one being written, on resume) are
// left out.
import { isAgreementData } from '../core/agreement.js';
import { answeredBank, combineRespondents, organisationKey, respondentLabels, type Contested } from '../core/combine.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { InputError, UsageError } from '../core/errors.js';
import type { AnswerFile, Bank } from '../core/schema.js';
import { scoreAssessment } from '../core/scoring.js';
import type { Language } from '../core/languages.js';
import { bankIn } from '../core/translation.js';
import type { Answer } from '../core/visibility.js';
import { expandInputs } from '../io/inputs.js';
import { readSource } from '../io/read-source.js';
import { checkParsed } from './assess.js';
import type { BankCache } from './load-bank.js';
import { wordsFor } from '../core/words/index.js';
import { parseAnswers } from './parse-answers.js';

/** A respondent, as the meeting sees them. */
interface Respondent {
  file: string;
  content: AnswerFile;
  /** Their role (else name), or "Respondent n" anonymised. */
  label: string;
  /** Every answer in their file that fits its question, hidden ones too. */
  given: ReadonlyMap<string, Answer>;
  /** The answers that count: those to questions they were asked. */
  answers: ReadonlyMap<string, Answer>;
  /** The SHA-256 of the file's text, which the agreement records (as the report's provenance does). */
  sha256: string;
}

export interface Partnership {
  bank: Bank;
  /** The bank version they answered. */
  version: string;
  organisation: { name: string; area?: string | undefined };
  respondents: Respondent[];
  /** The questions they answered differently enough to matter, in the bank's order. */
  contested: Contested[];
  /** Agreement files among the inputs, left out. */
  agreements: string[];
  /** Warnings about the answer files (an answer to a question not asked, another bank version). */
  warnings: Diagnostic[];
}

/** Reads one organisation's answer files; any other set (several organisations or banks, one file, a bad file) stops with the way on. */
/** With `language`, the bank comes in that language (bankIn), and so do the contested answers. */
export async function loadPartnership(
  inputs: readonly string[],
  options: { bank?: string | undefined; anonymise: boolean; language: Language },
): Promise<Partnership> {
  // The meeting's language is that of its findings too.
  const words = wordsFor(options.language);
  const say = words.findings.partnership;
  const files = (await expandInputs(inputs)).filter((file) => file !== '-');
  const cache: BankCache = new Map();
  const problems: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const agreements: string[] = [];
  const read: (Omit<Respondent, 'label'> & { bankFile: string; bank: Bank })[] = [];
  for (const file of files) {
    const text = await readSource(file, words);
    const parsed = text.ok ? parseAnswers(file, text.value, words) : text;
    if (!parsed.ok) {
      problems.push(...parsed.diagnostics);
      continue;
    }
    if (isAgreementData(parsed.value.data)) {
      agreements.push(file);
      continue;
    }
    const checked = await checkParsed(parsed.value, cache, { bank: options.bank, words });
    if (!checked.ok) {
      problems.push(...checked.diagnostics);
      continue;
    }
    warnings.push(...checked.value.warnings);
    const { content, fitting, answers, bank } = checked.value;
    read.push({ file, content, given: fitting, answers, sha256: checked.value.source.sha256, bankFile: bank.file, bank: bank.bank });
  }
  if (problems.length > 0) throw new InputError(problems, options.language);
  if (read.length < 2) throw new UsageError(say.tooFew(read[0]?.file));
  const organisations = new Map<string, string[]>();
  for (const r of read)
    organisations.set(organisationKey(r.content.organisation), [...(organisations.get(organisationKey(r.content.organisation)) ?? []), r.file]);
  if (organisations.size > 1) {
    const which = [...organisations.values()].map((group) => `${read.find((r) => r.file === group[0])!.content.organisation.name} (${group.join(', ')})`);
    throw new UsageError(say.severalOrganisations(which, [...organisations.values()][0]!));
  }
  const versions = new Set(read.map((r) => answeredBank(r.bankFile, r.content, r.bank)));
  if (versions.size > 1) {
    const which = read.map((r) => `${r.file} (${r.content.bank}${r.content.bank_version ? ` ${r.content.bank_version}` : ''})`).join(', ');
    throw new UsageError(say.differentBanks(which));
  }
  const { bank } = read[0]!;
  const labels = options.anonymise
    ? read.map((_, i) => `Respondent ${i + 1}`)
    : respondentLabels(
        read.map((r) => r.content.respondent ?? {}),
        false,
        // English, as the anonymised labels above: an agreement file names respondents by them, and `assess` reads it whatever its --lang.
        wordsFor('en').core.respondent,
      );
  const respondents = read.map(({ bankFile: _file, bank: _bank, ...r }, i) => ({ ...r, label: labels[i]! }));
  const worded = bankIn(bank, options.language);
  const { contested } = combineRespondents(
    worded,
    respondents.map((r) => ({ label: r.label, answers: r.answers, assessment: scoreAssessment(worded, r.answers) })),
  );
  return {
    bank: worded,
    version: read[0]!.content.bank_version ?? bank.version,
    organisation: read[0]!.content.organisation,
    respondents,
    contested,
    agreements,
    warnings,
  };
}
