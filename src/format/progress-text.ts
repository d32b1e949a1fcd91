// The interview's progress marker, as the person answering reads it.
import type { Progress } from '../core/init-flow.js';

export function progressText(progress: Progress): string {
  return `Section ${progress.section} of ${progress.sections} · Question ${progress.question} of ${progress.questions}`;
}
