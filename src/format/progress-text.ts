// The interview's progress marker and the bank's length, as the person answering reads them.
import type { LengthEstimate, Progress } from '../core/init-flow.js';

/** "Section 2 of 6 · Question 12 of about 50": "about" when follow-ups may not be asked. */
export function progressText(progress: Progress): string {
  const total = `${progress.approximate ? 'about ' : ''}${progress.questions}`;
  return `Section ${progress.section} of ${progress.sections} · Question ${progress.question} of ${total}`;
}

/** "About 25 minutes", to the minute up to 20 minutes, then to five. */
function duration(seconds: number): string {
  const minutes = Math.max(1, seconds < 20 * 60 ? Math.round(seconds / 60) : Math.round(seconds / 300) * 5);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} hour${hours === 1 ? '' : 's'}${rest === 0 ? '' : ` ${rest} minutes`}`;
}

/**
 * What the start of a run says about its length: "50 questions (9 asked only after certain answers): about
 * 25 minutes at most, an estimate. Answers are saved as you go." `left` words it for a resumed run.
 */
export function lengthText(estimate: LengthEstimate, left: boolean): string {
  const { questions, followUps, seconds } = estimate;
  const count = `${questions} question${questions === 1 ? '' : 's'}${left ? ' left' : ''}`;
  const some = followUps === 0 ? '' : ` (${followUps === questions && questions > 1 ? 'all' : followUps} asked only after certain answers)`;
  return `${count}${some}: about ${duration(seconds)}${followUps === 0 ? '' : ' at most'}, an estimate. Answers are saved as you go.`;
}
