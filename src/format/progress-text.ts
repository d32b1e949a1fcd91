// The interview's progress marker and the bank's length, as the person answering reads them, in the
// interview's language.
import type { LengthEstimate, Progress } from '../core/init-flow.js';
import { en } from '../core/words/en.js';
import type { Words } from '../core/words/index.js';

type Said = Words['interview'];

/** "Section 2 of 6 · Question 12 of about 50": "about" when follow-ups may not be asked. */
export function progressText(progress: Progress, words: Said = en.interview): string {
  return words.progress(progress.section, progress.sections, progress.question, progress.questions, progress.approximate);
}

/** "About 25 minutes", to the minute up to 20 minutes, then to five. */
function duration(seconds: number, words: Said): string {
  const minutes = Math.max(1, seconds < 20 * 60 ? Math.round(seconds / 60) : Math.round(seconds / 300) * 5);
  if (minutes < 60) return words.minutes(minutes);
  return words.hours(Math.floor(minutes / 60), minutes % 60);
}

/**
 * What the start of a run says about its length: "50 questions (9 asked only after certain answers): about
 * 25 minutes at most, an estimate. Answers are saved as you go." `left` words it for a resumed run.
 */
export function lengthText(estimate: LengthEstimate, left: boolean, words: Said = en.interview): string {
  const { questions, followUps, seconds } = estimate;
  return words.length(questions, left, followUps, duration(seconds, words));
}
