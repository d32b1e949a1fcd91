// The registry of lint output formats, one signature for all: findings in, text out.
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Words } from '../../core/words/index.js';
import type { Style } from '../style.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

/** What a formatter may use besides the findings. */
export interface LintOutput {
  style: Style;
  filesChecked: number;
  /** The language of the findings and the summary (`lint --lang`, the first). */
  words: Words;
}

export type LintFormatter = (diagnostics: readonly Diagnostic[], output: LintOutput) => string;

export const LINT_FORMATS = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
} satisfies Record<string, LintFormatter>;

export type LintFormat = keyof typeof LINT_FORMATS;
