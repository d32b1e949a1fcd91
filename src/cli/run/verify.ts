// `ce-plan verify`: a scrutiny committee's check that a report still follows from what it says it was
// made from. The report's provenance names ce-plan's version, the bank and each answer file by its
// SHA-256; verify assesses the files given exactly as `assess` does (into a folder of its own, removed
// after), finds the report the same answers make, and compares every field of the two.
import { messageLanguage, isLanguage, type Language } from '../../core/languages.js';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { UsageError } from '../../core/errors.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import { terminalText } from '../../format/terminal-text.js';
import { readSource } from '../../io/read-source.js';
import type { VerifyOptions } from '../commands/verify.js';
import { displayPath, type Io } from '../host.js';

interface Source {
  file: string;
  sha256: string;
  row?: number;
}

/** What verify needs of a JSON report (schema version 3 and later). */
interface JsonReport {
  date?: string | null;
  respondents?: { file: string }[];
  /** The agreement applied to a combined report (issue 25). */
  agreement?: { file: string; sha256: string };
  provenance: { tool: string; bank: { id: string; version: string; sha256: string }; answers: Source[] };
  /** The report's language, and a bilingual report's others (issue 26). */
  lang?: string;
  otherLanguages?: { lang?: string }[];
}

/** The languages the report was written in, as `--lang` takes them; none for a report older than languages. */
function languagesOf(report: JsonReport): Language[] | undefined {
  const codes = [report.lang, ...(report.otherLanguages ?? []).map((other) => other.lang)];
  return codes.every((code): code is Language => code !== undefined && isLanguage(code)) && codes.length > 0 ? codes : undefined;
}

/** Differences shown at most; the count says how many more. */
const SHOWN = 10;

export async function run(io: Io, reportFile: string, files: string[], options: VerifyOptions): Promise<number> {
  const words = wordsFor(messageLanguage(options.lang));
  const report = await readReport(reportFile, words);
  const { provenance } = report;
  const v = words.messages.verify;
  const describe = (source: Source) => (source.row === undefined ? source.file : v.rowOf(source.row, source.file));
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const name = (file: string) => terminalText(displayPath(file, io.cwd));

  const out = await mkdtemp(join(tmpdir(), 'ce-plan-verify-'));
  try {
    const assessed = await assessAgain(io, out, files, report, options);
    const made = await madeReports(out);
    const same = made.find((m) => sameSources(m.provenance.answers, provenance.answers));
    if (same === undefined) {
      say(v.notTheFiles(name(reportFile)));
      for (const source of provenance.answers) {
        const found = made.some((m) => m.provenance.answers.some((s) => sameSource(s, source)));
        if (!found) say(v.noFileHas(describe(source), source.sha256));
      }
      if (assessed.findings !== '') io.stderr.write(assessed.findings);
      return 1;
    }
    const problems: string[] = [];
    if (same.provenance.bank.sha256 !== provenance.bank.sha256) {
      problems.push(v.bankChanged(terminalText(provenance.bank.id), provenance.bank.sha256, same.provenance.bank.sha256));
    }
    // An agreement the report applied is one of the files it was made from: name it when none like it was given.
    if (report.agreement !== undefined && same.agreement?.sha256 !== report.agreement.sha256) {
      problems.push(v.agreementMissing(terminalText(report.agreement.file), report.agreement.sha256));
    }
    const differences = differencesOf(withoutFileNames(report), withoutFileNames(same));
    for (const difference of differences.slice(0, SHOWN)) problems.push(difference);
    if (differences.length > SHOWN) problems.push(v.moreDifferences(differences.length - SHOWN));
    const tools = same.provenance.tool === provenance.tool ? '' : v.otherTool(terminalText(provenance.tool), terminalText(same.provenance.tool));
    if (problems.length === 0) {
      say(v.follows(name(reportFile), provenance.answers.length, tools));
      return 0;
    }
    say(v.doesNotFollow(name(reportFile), tools));
    for (const problem of problems) say(`  ${problem}`);
    return 1;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function readReport(file: string, words: Words): Promise<JsonReport> {
  const text = await readSource(file, words);
  if (!text.ok) {
    const why = text.diagnostics[0]?.message ?? 'unreadable';
    throw new UsageError((w) => w.verify.cannotRead(file, why));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.value);
  } catch {
    throw new UsageError((w) => w.verify.notJson(file));
  }
  const provenance = (data as { provenance?: unknown } | null)?.provenance as JsonReport['provenance'] | undefined;
  if (typeof provenance !== 'object' || provenance === null || !Array.isArray(provenance.answers) || typeof provenance.bank?.sha256 !== 'string') {
    throw new UsageError((w) => w.verify.notAReport(file));
  }
  return data as JsonReport;
}

/** Assesses the files into `out` as the report's own run did: one report per file, or combined when it combined several. */
async function assessAgain(io: Io, out: string, files: string[], report: JsonReport, options: VerifyOptions): Promise<{ findings: string }> {
  let findings = '';
  const quiet = new Writable({
    write(chunk, _encoding, done) {
      findings += String(chunk);
      done();
    },
  });
  const combined = report.provenance.answers.length > 1;
  const anonymised = combined && (report.respondents ?? []).every((r) => /^respondent-\d+$/.test(r.file));
  const { run } = await import('./assess.js');
  await run({ ...io, stdout: new Writable({ write: (_c, _e, done) => done() }), stderr: quiet }, files, {
    outDir: out,
    format: ['json'],
    force: true,
    ...(report.date ? { date: report.date } : {}),
    ...(combined ? { combine: true } : {}),
    ...(anonymised ? { anonymise: true } : {}),
    // In the language it was written in, whatever made it so (--lang, or the files' lang:).
    ...(languagesOf(report) === undefined ? {} : { lang: languagesOf(report) }),
    // The bank the report names (a built-in one, by id), unless told where its file is.
    bank: options.bank ?? report.provenance.bank.id,
    ...(options.map === undefined ? {} : { map: options.map }),
    ...(options.dateOrder === undefined ? {} : { dateOrder: options.dateOrder }),
  });
  return { findings };
}

async function madeReports(out: string): Promise<JsonReport[]> {
  const names = (await readdir(out)).filter((f) => f.endsWith('.json'));
  return Promise.all(names.map(async (f) => JSON.parse(await readFile(join(out, f), 'utf8')) as JsonReport));
}

const sameSource = (a: Source, b: Source) => a.sha256 === b.sha256 && a.row === b.row;

/** The same answers, whatever the files are called now and in whatever order they were given. */
function sameSources(a: readonly Source[], b: readonly Source[]): boolean {
  return a.length === b.length && a.every((s) => b.some((t) => sameSource(s, t))) && b.every((s) => a.some((t) => sameSource(s, t)));
}

/** A report with the names its answer files went by, which may differ from run to run, set aside (with the reading note that names them). */
function withoutFileNames(report: JsonReport): unknown {
  const { provenance, respondents, agreement, reading: _named, ...rest } = report as JsonReport & Record<string, unknown>;
  return {
    ...rest,
    ...(agreement === undefined ? {} : { agreement: { ...agreement, file: undefined } }),
    provenance: {
      bank: provenance.bank,
      answers: provenance.answers.map(({ sha256, row }) => ({ sha256, row })).sort((a, b) => a.sha256.localeCompare(b.sha256)),
    },
    ...(respondents === undefined ? {} : { respondents: respondents.map(({ file: _file, ...r }) => r) }),
  };
}

/** Each place two JSON values differ: "overall.score: 60.02 in the report, 58.33 now". */
function differencesOf(reported: unknown, now: unknown, path = ''): string[] {
  if (JSON.stringify(reported) === JSON.stringify(now)) return [];
  const bothObjects = typeof reported === 'object' && reported !== null && typeof now === 'object' && now !== null;
  if (!bothObjects || Array.isArray(reported) !== Array.isArray(now)) {
    return [`${path || 'the report'}: ${JSON.stringify(reported)} in the report, ${JSON.stringify(now)} now`];
  }
  const keys = [...new Set([...Object.keys(reported), ...Object.keys(now)])];
  const at = (key: string) => (Array.isArray(reported) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);
  return keys.flatMap((key) => differencesOf((reported as Record<string, unknown>)[key], (now as Record<string, unknown>)[key], at(key)));
}
