// `ce-plan lint [BANKS…]`: check question banks for CI (run/lint.ts does the work).
import { Command, Option } from '@commander-js/extra-typings';
import { LINT_FORMATS, type LintFormat } from '../../format/lint/index.js';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { langOption, wholeNumber } from '../options.js';
import { SUMMARIES } from './summaries.js';

const definition = () =>
  new Command('lint')
    .description(SUMMARIES.lint.description)
    .argument('[banks...]', 'bank files, folders or globs')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(LINT_FORMATS) as LintFormat[]).default('stylish' as LintFormat))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(wholeNumber))
    .addOption(langOption('the language of the findings and the summary (the first, if several); rule ids stay as they are'))
    .addHelpText('after', example('ce-plan lint questionnaires/ --format github --max-warnings 0'));

export type LintOptions = OptionsOf<typeof definition>;

export const lint = defineCommand(definition, async (io, banks, options) => (await import('../run/lint.js')).run(io, banks, options));
