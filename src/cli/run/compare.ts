// `ce-plan compare BEFORE AFTER`: progress between two assessments of the same organisation. Both files
// are checked and scored as `assess` does; either one being bad stops the comparison with its findings.
// With `--tracker`, the action tracker is read first: a file that is not one stops the comparison (exit
// 2); a row that cannot be read is a finding, the comparison is still written, and the exit code is 1.
import type { CompareOptions } from '../commands/compare.js';
import { methodNoteText, type Comparison } from '../../core/compare.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import { messageLanguage, type Language } from '../../core/languages.js';
import { wordsFor, type Words } from '../../core/words/index.js';
import type { Tracker } from '../../core/tracker.js';
import { InputError, UsageError } from '../../core/errors.js';
import { writeFileAtomic } from '../../io/write-file.js';
import type { BankCache } from '../../pipeline/load-bank.js';
import { reportLanguages } from '../../pipeline/report-languages.js';
import * as say from '../../format/batch-text.js';
import { terminalLines } from '../../format/terminal-text.js';
import { printFindings } from '../findings.js';
import { displayPath, type Io } from '../host.js';
import { inputFiles, isBankPath, type InputKind } from '../input-files.js';

export async function run(io: Io, before: string, after: string, options: CompareOptions): Promise<number> {
  if (before === '-' && after === '-') throw new UsageError((w) => w.errors.oneStdin);
  if (options.out !== undefined) await checkOut(io, options.out, before, after, options.bank, options.tracker);
  // The findings' language: the first of --lang, else English (not a file's lang:).
  const messages = messageLanguage(options.lang);
  const words = wordsFor(messages);
  const tracker = options.tracker === undefined ? undefined : await readTrackerFile(io, options.tracker, messages);
  const { inLanguage, loadAssessment } = await import('../../pipeline/assess.js');
  const { compareAssessments } = await import('../../core/compare.js');
  const cache: BankCache = new Map();
  if (options.combine) {
    const { compareCombined } = await import('../../pipeline/combine-reports.js');
    // The respondents' own `lang:` may differ, so a combined comparison follows --lang only.
    const language = options.lang?.[0] ?? 'en';
    const { comparison, warnings } = await compareCombined(before, after, cache, options.bank, (file) => displayPath(file, io.cwd), language, tracker?.tracker);
    await printFindings(io, warnings, words);
    return finishComparison(io, options, words, comparison, tracker?.diagnostics);
  }
  const first = await loadAssessment(before, cache, { bank: options.bank, stdin: io.stdin, words });
  const second = await loadAssessment(after, cache, { bank: options.bank, stdin: io.stdin, words });

  const located = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
  // Both files' findings at once, so one run shows everything to fix.
  if (!first.ok || !second.ok) throw new InputError(located([...(first.ok ? [] : first.diagnostics), ...(second.ok ? [] : second.diagnostics)]), messages);

  const warnings = [...first.value.warnings, ...second.value.warnings];
  await printFindings(io, warnings, words);

  // One language for the whole page, the first of --lang, else the later file's `lang:` (as assess reads it).
  const [language] = reportLanguages(second.value.content, options.lang);
  const side = (assessed: typeof first.value) => ({
    ...assessed,
    file: displayPath(assessed.file, io.cwd),
    ...inLanguage(assessed.bank.bank, language, assessed.answers, assessed.assessment, undefined),
  });
  const tracked = tracker === undefined ? undefined : { tracker: tracker.tracker, words };
  return finishComparison(io, options, words, compareAssessments(side(first.value), side(second.value), tracked), tracker?.diagnostics);
}

/** The tracker as the group edited it, with its findings; one that cannot be read as a tracker at all stops the comparison. */
async function readTrackerFile(io: Io, file: string, messages: Language): Promise<{ tracker: Tracker; diagnostics: Diagnostic[] }> {
  const { readTracker } = await import('../../pipeline/tracker-file.js');
  const read = await readTracker(file, wordsFor(messages));
  if (!read.ok)
    throw new InputError(
      read.diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) })),
      messages,
    );
  return { tracker: { ...read.value, file: displayPath(file, io.cwd) }, diagnostics: read.diagnostics };
}

/** The warnings on stderr (in the messages' `words`), then the comparison where it is asked for; 1 when a row of the tracker could not be read. */
async function finishComparison(io: Io, options: CompareOptions, words: Words, comparison: Comparison, trackerFindings: Diagnostic[] = []): Promise<number> {
  const findings = [...trackerFindings, ...comparison.findings];
  await printFindings(io, findings, words);
  // Said on stderr too, so it is seen when the comparison goes to a file or a program.
  // Both carry text from the files (bank versions, organisation names): shown safely.
  // In the messages' language, which may not be the comparison's (its `lang:` does not decide it).
  const m = words.messages;
  for (const reason of comparison.notes.reasons) io.stderr.write(say.warningLine(m, m.methodChanged(methodNoteText(reason, m))));
  for (const warning of comparison.notes.warnings) io.stderr.write(say.warningLine(m, methodNoteText(warning, m)));

  const { renderComparison } = await import('../../format/compare/index.js');
  const text = await renderComparison(comparison, options.format);
  if (options.out === undefined) {
    // On a terminal, the comparison's text from the files must not drive it; a pipe or a file gets it as it is.
    io.stdout.write(io.stdout.isTTY ? terminalLines(text) : text);
  } else {
    await writeFileAtomic(options.out, text, { overwrite: options.force === true });
    io.stdout.write(say.wroteLine(m, displayPath(options.out, io.cwd)));
  }
  return findings.some((d) => d.severity === 'error') ? 1 : 0;
}

/** --out never lands on an input: either answer file, the bank, a built-in bank, the tracker. */
async function checkOut(io: Io, out: string, before: string, after: string, bank: string | undefined, tracker: string | undefined): Promise<void> {
  const given: [InputKind, string][] = [before, after].map((file) => ['answerFile', file]);
  if (bank !== undefined && isBankPath(bank)) given.push(['bank', bank]);
  if (tracker !== undefined) given.push(['actionTracker', tracker]);
  (await inputFiles(io, given, 'compare')).refuseOver(() => `--out ${out}`, out);
}
