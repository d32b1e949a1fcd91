// The end of `ce-plan init`: everything after the last answer, in one place so scoring and the report
// can be connected here without touching the interactive flow.
import type { AnswerFile, Bank } from '../../core/schema.js';
import { displayPath, type Io } from '../io.js';

export interface SavedAnswers {
  /** Where the answer file was written. */
  file: string;
  content: AnswerFile;
}

export interface FinishOptions {
  out: string;
  format: readonly string[];
  force: boolean;
}

/** The report files `init` will write for these options: `--out`, and its `.json` twin for `--format json`. */
export function reportPaths(options: Pick<FinishOptions, 'out' | 'format'>): string[] {
  const json = options.out.replace(/\.md$/i, '') + '.json';
  return [...(options.format.includes('md') ? [options.out] : []), ...(options.format.includes('json') ? [json] : [])];
}

/** Reports where the answers are; the exit code of the run. */
export async function finish(io: Io, _bank: Bank, answers: SavedAnswers, _options: FinishOptions): Promise<number> {
  io.stdout.write(`\nanswers saved to ${displayPath(answers.file)}\n`);
  return 0;
}
