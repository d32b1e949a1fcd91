// `ce-plan compare BEFORE AFTER`: progress between two assessments (run/compare.ts does the work).
import { Command, Option } from '@commander-js/extra-typings';
import { COMPARE_FORMAT_NAMES, type CompareFormat } from '../../format/compare/index.js';
import { defineCommand, example, type HelpWords, type OptionsOf } from '../command.js';
import { bankOption, forceOption, langOption } from '../options.js';

const definition = (h: HelpWords) =>
  new Command('compare')
    .description(h.commands.compare)
    .argument('<before>', h.compare.before)
    .argument('<after>', h.compare.after)
    .addOption(new Option('--format <format>', COMPARE_FORMAT_NAMES.join(' or ')).choices(COMPARE_FORMAT_NAMES).default('md' as CompareFormat))
    .option('--out <file>', h.compare.out)
    .addOption(bankOption(h.compare.bank))
    .option('--combine', h.compare.combine)
    .option('--tracker <file>', h.compare.tracker)
    .addOption(langOption(h.compare.lang, h))
    .addOption(forceOption(h.compare.force, h))
    .addHelpText(
      'after',
      example(
        'ce-plan compare northfield-2026-05.yaml northfield-2026-11.yaml --tracker reports/northfield-2026-05.tracker.xlsx --format html --out progress.html',
        h,
      ),
    );

export type CompareOptions = OptionsOf<typeof definition>;

export const compare = defineCommand(definition, async (io, before, after, options) => (await import('../run/compare.js')).run(io, before, after, options));
