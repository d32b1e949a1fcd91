// `ce-plan lint [BANKS…]`: check question banks for CI (run/lint.ts does the work).
import { Command, Option } from '@commander-js/extra-typings';
import { LINT_FORMATS, type LintFormat } from '../../format/lint/index.js';
import { defineCommand, example, type HelpWords, type OptionsOf } from '../command.js';
import { langOption, wholeNumber } from '../options.js';

const definition = (h: HelpWords) =>
  new Command('lint')
    .description(h.commands.lint)
    .argument('[banks...]', h.lint.banks)
    .addOption(new Option('--format <format>', h.lint.format).choices(Object.keys(LINT_FORMATS) as LintFormat[]).default('stylish' as LintFormat))
    .addOption(new Option('--max-warnings <n>', h.lint.maxWarnings).argParser(wholeNumber(h)))
    .addOption(langOption(h.lint.lang, h))
    .addHelpText('after', example('ce-plan lint questionnaires/ --format github --max-warnings 0', h));

export type LintOptions = OptionsOf<typeof definition>;

export const lint = defineCommand(definition, async (io, banks, options) => (await import('../run/lint.js')).run(io, banks, options));
