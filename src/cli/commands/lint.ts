// `ce-plan lint [BANKS…]`: every finding in every bank, in the format CI wants.
import { Command, Option } from '@commander-js/extra-typings';
import { countBySeverity, type Diagnostic } from '../../core/diagnostics.js';
import { LINT_FORMATS, type LintFormat } from '../../format/lint/index.js';
import { builtInBankFiles } from '../../io/bank-files.js';
import { expandInputs } from '../../io/inputs.js';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { displayPath, type Io } from '../host.js';
import { wholeNumber } from '../options.js';
import { styleFor } from '../style.js';

const definition = () =>
  new Command('lint')
    .description('check question banks (files, folders, globs); default: the built-in banks')
    .argument('[banks...]', 'bank files, folders or globs')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(LINT_FORMATS) as LintFormat[]).default('stylish' as LintFormat))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(wholeNumber))
    .addHelpText('after', example('ce-plan lint questionnaires/ --format github --max-warnings 0'));

type LintOptions = OptionsOf<typeof definition>;

export const lint = defineCommand(definition, run);

async function run(io: Io, inputs: string[], options: LintOptions): Promise<number> {
  const { checkBankFile } = await import('../../pipeline/load-bank.js');
  const { lintBankSet } = await import('../../core/lint/index.js');
  const files = inputs.length > 0 ? await expandInputs(inputs) : await builtInBankFiles();
  const diagnostics: Diagnostic[] = [];
  const valid = [];
  for (const file of files) {
    const result = await checkBankFile(file);
    diagnostics.push(...result.diagnostics);
    if (result.ok) valid.push(result.value);
  }
  diagnostics.push(...lintBankSet(valid));
  const shown = diagnostics.map((d) => ({ ...d, file: displayPath(d.file, io.cwd) }));
  io.stdout.write(LINT_FORMATS[options.format](shown, { style: await styleFor(io.stdout, io.env), filesChecked: files.length }));

  if (diagnostics.some((d) => d.unreadable)) return 2;
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
