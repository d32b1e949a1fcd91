// Progress on the agreed actions (docs/tracker.md): the action tracker the group kept since the first
// assessment, read against the two assessments `compare` is given. Each of the first assessment's gaps
// gets its actions' statuses beside how its score moved, said plainly ("Done, and the score rose"). Rows
// are matched to actions by id, in the later bank first, so a tracker from an older bank version still
// reads, and names the actions that no longer exist.
import { actionsOf, questionsById, recommendationIds } from './bank.js';
import { closest } from './did-you-mean.js';
import { START, type Diagnostic, type Position } from './diagnostics.js';
import type { ScoreCell } from './cohort.js';
import type { Bank } from './schema.js';
import type { Assessment } from './scoring.js';
import { bankLanguage } from './translation.js';
import { wordsFor, type Words } from './words/index.js';
import { cellName, type TrackedAction, type Tracker, type TrackerOrigin, type TrackerStatus } from './tracker.js';

/** One action as the tracker records it; `row` null when the tracker has no row for it (deleted). */
export interface ActionProgress {
  id: string;
  text: string;
  status: TrackerStatus | null;
  owner: string | null;
  targetDate: string | null;
  notes: string | null;
  row: number | null;
}

/** What was done for a gap, taking its actions together. */
export type GapStatus = 'done' | 'partly-done' | 'under-way' | 'not-done' | 'dropped' | 'not-tracked';
/** How its score moved, on the rounded scores a reader sees. */
export type Movement = 'rose' | 'same' | 'fell' | 'not-assessed';

interface GapProgress {
  id: string;
  title: string;
  /** Its number among the first assessment's gaps, as the tracker's "Gap" column gives it. */
  rank: number;
  before: ScoreCell;
  after: ScoreCell;
  /** Reached the top band since. */
  closed: boolean;
  status: GapStatus;
  movement: Movement;
  /** In words: "Done, and the score rose". */
  verdict: string;
  actions: ActionProgress[];
}

export interface TrackerProgress {
  file: string;
  /** What the tracker says of where it came from (its About sheet); null for a CSV. */
  origin: TrackerOrigin | null;
  gaps: GapProgress[];
  /** Actions and tasks that serve no gap of the first assessment (agreeing a shared view, say). */
  other: ActionProgress[];
  /** Rows whose action the later bank does not have, matched to nothing: `known` when an earlier bank or plan had it (it no longer exists), else an unknown id. */
  gone: (ActionProgress & { known: boolean })[];
  /** The tracker's rows by status; `unreadable`, those whose status could not be read. */
  counts: Record<'done' | 'underWay' | 'notStarted' | 'dropped' | 'unreadable', number>;
}

/** One side as progress needs it. */
interface ProgressSide {
  bank: Bank;
  assessment: Assessment;
  content: { organisation: { name: string; date?: string | undefined } };
}

function statusOfGap(actions: readonly ActionProgress[]): GapStatus {
  const tracked = actions.filter((a) => a.row !== null && a.status !== null);
  if (tracked.length === 0) return 'not-tracked';
  const live = tracked.filter((a) => a.status !== 'Dropped');
  if (live.length === 0) return 'dropped';
  const done = live.filter((a) => a.status === 'Done').length;
  if (done === live.length) return 'done';
  if (done > 0) return 'partly-done';
  return live.some((a) => a.status === 'Under way') ? 'under-way' : 'not-done';
}

/** Every action id a bank knows, with the recommendation it serves and its text: its actions, and a find-out task for each question. */
function actionIndex(bank: Bank): Map<string, { recommendation: string | null; text: string }> {
  const index = new Map<string, { recommendation: string | null; text: string }>();
  for (const recommendation of bank.recommendations)
    for (const action of actionsOf(recommendation)) index.set(action.id.toLowerCase(), { recommendation: recommendation.id, text: action.text });
  for (const question of questionsById(bank).values())
    index.set(`find-out-${question.id}`.toLowerCase(), {
      recommendation: recommendationIds(question)[0] ?? null,
      text: question.find_out ?? `Find out: ${question.prompt}`,
    });
  index.set('answer-the-rest', { recommendation: null, text: 'Answer the questions left blank' });
  index.set('agree-shared-view', { recommendation: null, text: 'Agree a shared view where respondents differ' });
  return index;
}

const rounded = (score: number | null) => (score === null ? null : Math.round(score));

/**
 * The tracker read against the two sides. `written` is the plan the tracker was written with (its ids),
 * when known: a row missing from it was deleted. Findings are warnings, each at the row it is about, in
 * `findingWords`' language (that of the command's findings, which the page's may not be).
 */
export function trackerProgress(
  tracker: Tracker,
  before: ProgressSide,
  after: ProgressSide,
  cells: ReadonlyMap<string, { before: ScoreCell; after: ScoreCell }>,
  written: readonly string[] | null,
  findingWords: Words,
): { progress: TrackerProgress; diagnostics: Diagnostic[] } {
  const say = findingWords.findings.progress;
  const diagnostics: Diagnostic[] = [];
  const warn = (rule: string, at: Position | null, message: string) =>
    diagnostics.push({
      file: tracker.file,
      ...(at ?? START),
      severity: 'warning',
      rule,
      message: at === null ? message : say.inCell(tracker.sheet, cellName(at), message),
    });
  const now = actionIndex(after.bank);
  const then = actionIndex(before.bank);
  const origin = tracker.origin;
  if (origin !== null) {
    if (origin.bank.id !== after.bank.id) warn('tracker-origin', { line: 1, column: 1 }, say.otherBank(origin.bank.id, after.bank.id));
    if (origin.organisation.name.trim().toLowerCase() !== before.content.organisation.name.trim().toLowerCase())
      warn('tracker-origin', null, say.otherOrganisation(origin.organisation.name, before.content.organisation.name));
    const dated = before.content.organisation.date;
    if (origin.date !== null && dated !== undefined && origin.date !== dated) warn('tracker-origin', { line: 1, column: 1 }, say.otherDate(origin.date, dated));
  }

  const counts = { done: 0, underWay: 0, notStarted: 0, dropped: 0, unreadable: 0 };
  const byRecommendation = new Map<string | null, ActionProgress[]>();
  const gone: TrackerProgress['gone'] = [];
  const seen = new Set<string>();
  const progressOf = (a: TrackedAction, text: string): ActionProgress => ({
    id: a.id,
    text: a.text ?? text,
    status: a.status,
    owner: a.owner,
    targetDate: a.targetDate,
    notes: a.notes,
    row: a.row,
  });
  for (const action of tracker.actions) {
    seen.add(action.id);
    if (action.status === 'Done') counts.done++;
    else if (action.status === 'Under way') counts.underWay++;
    else if (action.status === 'Not started') counts.notStarted++;
    else if (action.status === 'Dropped') counts.dropped++;
    else counts.unreadable++;
    const known = now.get(action.id);
    if (known === undefined) {
      const older = then.get(action.id);
      // An action of the bank BEFORE was scored with, or of the plan the tracker was written with at another version.
      const removed =
        older !== undefined || (origin !== null && origin.bank.version !== after.bank.version && origin.actions.some((id) => id.toLowerCase() === action.id));
      if (removed) {
        const writtenWith = origin === null ? undefined : `${origin.bank.id} ${origin.bank.version}`;
        warn('tracker-unknown-action', action.at, say.removed(action.id, `${after.bank.id} ${after.bank.version}`, writtenWith));
      } else {
        const suggestion = closest(action.id, now.keys());
        const hint = suggestion === undefined ? '' : findingWords.findings.didYouMean(suggestion);
        warn('tracker-unknown-action', action.at, say.unknown(action.id, `${after.bank.id} ${after.bank.version}`, hint));
      }
      gone.push({ ...progressOf(action, older?.text ?? action.id), known: removed });
      continue;
    }
    const list = byRecommendation.get(known.recommendation) ?? [];
    list.push(progressOf(action, known.text));
    byRecommendation.set(known.recommendation, list);
  }
  for (const id of written ?? []) {
    const key = id.toLowerCase();
    if (seen.has(key)) continue;
    const known = now.get(key) ?? then.get(key);
    warn('tracker-missing-row', null, say.missingRow(tracker.sheet, id));
    const list = byRecommendation.get(known?.recommendation ?? null) ?? [];
    list.push({ id: key, text: known?.text ?? key, status: null, owner: null, targetDate: null, notes: null, row: null });
    byRecommendation.set(known?.recommendation ?? null, list);
  }

  const words = wordsFor(bankLanguage(after.bank));
  const gaps: GapProgress[] = [];
  before.assessment.gaps.forEach((gap, i) => {
    const id = gap.recommendation.id;
    const actions = byRecommendation.get(id) ?? [];
    byRecommendation.delete(id);
    const cell = cells.get(id) ?? { before: { score: gap.score, band: null }, after: { score: null, band: null } };
    const [was, is] = [rounded(cell.before.score), rounded(cell.after.score)];
    const movement: Movement = was === null || is === null ? 'not-assessed' : is > was ? 'rose' : is < was ? 'fell' : 'same';
    const top = after.bank.bands.reduce((best, band) => (band.min > best.min ? band : best));
    const closed = cell.after.band?.id === top.id;
    const status = statusOfGap(actions);
    gaps.push({
      id,
      title: gap.recommendation.title,
      rank: i + 1,
      ...cell,
      closed,
      status,
      movement,
      verdict: words.compare.verdict(status, movement, closed),
      actions,
    });
  });
  const other = [...byRecommendation.values()].flat();
  return { progress: { file: tracker.file, origin, gaps, other, gone, counts }, diagnostics };
}
