// Agreement files for `assess --combine` (issue 25; docs/agreement-files.md): found among the inputs (a
// YAML map with the key `agreed`), given with --agreed, or beside the respondents' files (named
// `agreement.yaml` or `*.agreement.yaml`); each placed on its organisation, checked against its bank and
// the organisation's files in the run (each listed file there, its SHA-256 unchanged), and applied
// (core/agreement.ts). A bad agreement is named with its file, line and column and not applied.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { applyAgreement, checkAgreedAnswers, isAgreementData, presentLabels, type GroupAgreement } from '../core/agreement.js';
import { organisationKey } from '../core/combine.js';
import type { Diagnostic, Locator } from '../core/diagnostics.js';
import { failure, type Result } from '../core/result.js';
import { agreementFileSchema, type AgreementFile, type AnswerFile, type Bank } from '../core/schema.js';
import { validate } from '../core/validate.js';
import type { Answer, AnswerMap } from '../core/visibility.js';
import type { Words } from '../core/words/index.js';
import { IdentityCache, IdentityIndex } from '../io/file-identity.js';
import { readSource } from '../io/read-source.js';
import { textHash } from '../io/text-hash.js';
import { parseYaml } from './parse-yaml.js';
import { tableLocator, type PositionTable } from './positions.js';

/** An agreement file's name when it is found beside the respondents' files. */
const BESIDE = /^(?:.+\.)?agreement\.ya?ml$/i;

/** An agreement file parsed, not yet checked: from the batch (the worker parsed it), --agreed, or beside. */
export interface ParsedAgreement {
  file: string;
  data: unknown;
  positions: PositionTable;
  /** The SHA-256 of its text, which the JSON report records with what it agreed. */
  sha256: string;
}

/** An organisation with several answer files in the run: its name as its first file gives it, and its files. */
export interface Organisation {
  name: string;
  files: readonly string[];
}

/** An agreement of the right shape. */
interface ShapedAgreement {
  file: string;
  sha256: string;
  content: AgreementFile;
  locator: Locator;
  /** Given (an input of the run, or --agreed) rather than found beside the files: one that fits no organisation is an error. */
  given: boolean;
}

/** Reads and parses an agreement file; one without `agreed` is not one (findings in `words`' language). */
export async function readAgreement(file: string, words: Words): Promise<Result<ParsedAgreement>> {
  const text = await readSource(file, words);
  if (!text.ok) return text;
  const parsed = parseYaml(file, text.value, words);
  if (!parsed.ok) return parsed;
  const { data, positions } = parsed.value;
  const sha256 = textHash(text.value);
  if (!isAgreementData(data)) {
    return failure(file, 'not-an-agreement', words.findings.agreement.notAnAgreement);
  }
  return { ok: true, value: { file, data, positions, sha256 }, diagnostics: [] };
}

/** One organisation's answer files, read back, as the agreement is checked against them and applied to them. */
export interface Member {
  file: string;
  /** The answer file as written, names and all: `present` may name a respondent. */
  content: AnswerFile;
  /** How the report names them. */
  label: string;
  /** Every answer in the file that fits its question, hidden ones too. */
  given: ReadonlyMap<string, Answer>;
  /** The SHA-256 of its text as it was read (what the report's provenance records): the agreement speaks for it when it records the same. */
  sha256: string;
}

/** The agreements of a run, each placed on the organisation it names. */
export class Agreements {
  private readonly byOrganisation = new Map<string, ShapedAgreement[]>();
  /** Findings about agreements that could not be placed, or not read: said once, at the end of the run. */
  readonly unplaced: Diagnostic[] = [];
  /** Which files are the same file, by any name: one cache for the run, so each folder is resolved once. */
  private readonly identities = new IdentityCache(process.cwd());

  /** The language of the findings. */
  private constructor(private readonly words: Words) {}

  /**
   * Shapes the agreements given (among the inputs, or --agreed) and those beside the organisations' files,
   * and places each on its organisation. `organisations` are those with several answer files in the run,
   * by organisationKey, each with its files.
   */
  static async place(given: readonly Result<ParsedAgreement>[], organisations: ReadonlyMap<string, Organisation>, words: Words): Promise<Agreements> {
    const agreements = new Agreements(words);
    const { identities } = agreements;
    const seen = new IdentityIndex<true>();
    const sources: { parsed: Result<ParsedAgreement>; given: boolean }[] = [];
    for (const parsed of given) {
      if (parsed.ok) seen.add(identities.of(parsed.value.file), true);
      sources.push({ parsed, given: true });
    }
    for (const file of besideFiles(organisations)) {
      if (seen.hit(identities.of(file)) !== undefined) continue;
      seen.add(identities.of(file), true);
      sources.push({ parsed: await readAgreement(file, words), given: false });
    }
    for (const { parsed, given: isGiven } of sources) {
      if (!parsed.ok) {
        agreements.unplaced.push(...parsed.diagnostics);
        continue;
      }
      const { file, data, positions, sha256 } = parsed.value;
      const locator = tableLocator(positions);
      const checked = validate(agreementFileSchema, data, locator, file, words);
      if (!checked.ok) {
        agreements.unplaced.push(...checked.diagnostics);
        continue;
      }
      const key = organisationKey(checked.value.organisation);
      if (!organisations.has(key)) {
        // Beside the files, an agreement of another organisation is simply another's.
        if (isGiven) agreements.unplaced.push(otherOrganisation(file, checked.value, locator, organisations, words));
        continue;
      }
      const list = agreements.byOrganisation.get(key) ?? [];
      list.push({ file, sha256, content: checked.value, locator, given: isGiven });
      agreements.byOrganisation.set(key, list);
    }
    return agreements;
  }

  /**
   * The agreement of an organisation, checked against its bank (at `version`) and its members, and
   * applied: their answers as they now stand, and the agreement as the report gives it. Without one,
   * or with one that cannot be applied, the members' own answers; `diagnostics` say why.
   */
  applyTo(
    organisation: { name: string; area?: string | undefined },
    bank: Bank,
    version: string,
    members: readonly Member[],
    anonymise: boolean,
  ): { answers: AnswerMap[] | undefined; agreement: GroupAgreement | null; diagnostics: Diagnostic[] } {
    const { words } = this;
    const say = words.findings.agreement;
    const none = (diagnostics: Diagnostic[]) => ({ answers: undefined, agreement: null, diagnostics });
    const found = this.byOrganisation.get(organisationKey(organisation)) ?? [];
    if (found.length === 0) return none([]);
    if (found.length > 1) {
      const files = found.map((a) => a.file).join(', ');
      return none(found.map((a) => at(a, ['organisation'], 'two-agreements', say.twoAgreements(found.length, organisation.name, files))));
    }
    const agreement = found[0]!;
    const { agreed, diagnostics } = checkAgreedAnswers(bank, version, agreement.content, agreement.locator, agreement.file, words);
    const { status, findings } = coveredMembers(agreement, members, this.identities, say);
    const covered = status.map((s) => s === 'covered');
    diagnostics.push(...findings);
    if (diagnostics.some((d) => d.severity === 'error') || !covered.some(Boolean)) return none(diagnostics);

    const parties = members.map((m, i) => ({ label: m.label, given: m.given, covered: covered[i]! }));
    const applied = applyAgreement(bank, parties, agreed);
    // An agreement that agrees nothing (every question left contested) changes nothing.
    if (applied.questions.length === 0 && applied.unasked.length === 0) return none(diagnostics);
    for (const { question } of applied.unasked) {
      diagnostics.push(at(agreement, ['agreed', question.id], 'agreed-not-asked', say.notAskedOfAny(question.id), 'warning'));
    }
    // "Respondent n" in `present` is the nth file the agreement lists, as `ce-plan agree --anonymise` showed them.
    const listed = agreement.content.respondents.map((r) => resolve(dirname(agreement.file), r.file));
    const people = members.map((m) => {
      const n = listed.findIndex((path) => sameFile(this.identities, path, m.file));
      const { name, role } = m.content.respondent ?? {};
      return { label: m.label, names: [name, role, role ?? name, n < 0 ? undefined : `Respondent ${n + 1}`].filter((x): x is string => x !== undefined) };
    });
    const present = (names: readonly string[]) => presentLabels(names, people, anonymise);
    return {
      answers: applied.answers,
      agreement: {
        file: agreement.file,
        sha256: agreement.sha256,
        date: agreement.content.date,
        present: present(agreement.content.present),
        questions: applied.questions.map((q) => ({ ...q, present: q.present === null ? null : present(q.present) })),
        notApplied: members.flatMap((m, i) => {
          const why = status[i]!;
          return why === 'covered' ? [] : [{ respondent: m.label, why }];
        }),
      },
      diagnostics,
    };
  }
}

/** A finding at a place in an agreement file. */
function at(
  agreement: Pick<ShapedAgreement, 'file' | 'locator'>,
  path: (string | number)[],
  rule: string,
  message: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return { file: agreement.file, ...agreement.locator.at(path), severity, rule, message };
}

function otherOrganisation(file: string, content: AgreementFile, locator: Locator, organisations: ReadonlyMap<string, Organisation>, words: Words): Diagnostic {
  const { name, area } = content.organisation;
  const which = `${name}${area === undefined ? '' : ` (${area})`}`;
  const names = [...organisations.values()].map((o) => `“${o.name}”`);
  return at({ file, locator }, ['organisation', 'name'], 'agreement-organisation', words.findings.agreement.otherOrganisation(which, names));
}

/**
 * Which members the agreement speaks for: those whose file it lists with the SHA-256 it has now. A file it
 * lists that is missing, or not one of the organisation's files in this run, is an error; a member whose
 * file changed since, or that it does not list, is named, and the agreement is not applied to it.
 */
function coveredMembers(
  agreement: ShapedAgreement,
  members: readonly Member[],
  identities: IdentityCache,
  say: Words['findings']['agreement'],
): { status: ('covered' | 'changed' | 'not-listed')[]; findings: Diagnostic[] } {
  const index = new IdentityIndex<number>();
  members.forEach((m, i) => {
    if (m.file !== '-') index.add(identities.of(m.file), i);
  });
  const status = members.map((): 'covered' | 'changed' | 'not-listed' => 'not-listed');
  const findings: Diagnostic[] = [];
  agreement.content.respondents.forEach(({ file, sha256 }, i) => {
    const path = resolve(dirname(agreement.file), file);
    const member = index.hit(identities.of(path));
    if (member === undefined) {
      const missing = !isFile(path);
      findings.push(
        at(
          agreement,
          ['respondents', i, 'file'],
          'missing-respondent',
          missing ? say.respondentMissing(file, path) : say.respondentNotHere(file, members.length),
        ),
      );
      return;
    }
    status[member] = members[member]!.sha256 === sha256 ? 'covered' : 'changed';
    if (status[member] === 'changed') findings.push(at(agreement, ['respondents', i, 'sha256'], 'respondent-changed', say.respondentChanged(file), 'warning'));
  });
  members.forEach((m, i) => {
    if (status[i] === 'not-listed') {
      findings.push(at(agreement, ['respondents'], 'respondent-not-listed', say.respondentNotListed(m.file), 'warning'));
    }
  });
  return { status, findings };
}

function sameFile(identities: IdentityCache, a: string, b: string): boolean {
  const index = new IdentityIndex<true>();
  index.add(identities.of(a), true);
  return index.hit(identities.of(b)) !== undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The agreement files beside the organisations' answer files: named `agreement.yaml` or `*.agreement.yaml`, in their folders. */
function besideFiles(organisations: ReadonlyMap<string, Organisation>): string[] {
  const folders = new Set<string>();
  for (const { files } of organisations.values()) for (const file of files) if (file !== '-') folders.add(dirname(file));
  const found: string[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) if (BESIDE.test(name) && isFile(join(folder, name))) found.push(join(folder, basename(name)));
  }
  return found;
}
