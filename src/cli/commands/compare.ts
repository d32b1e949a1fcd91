// `ce-plan compare BEFORE AFTER`: progress between two assessments (run/compare.ts does the work).
import { Command, Option } from '@commander-js/extra-typings';
import { COMPARE_FORMAT_NAMES, type CompareFormat } from '../../format/compare/index.js';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { bankOption, forceOption, langOption } from '../options.js';
import { SUMMARIES } from './summaries.js';

const definition = () =>
  new Command('compare')
    .description(SUMMARIES.compare.description)
    .argument('<before>', 'the earlier answer file')
    .argument('<after>', 'the later answer file')
    .addOption(new Option('--format <format>', COMPARE_FORMAT_NAMES.join(' or ')).choices(COMPARE_FORMAT_NAMES).default('md' as CompareFormat))
    .option('--out <file>', 'write to a file instead of stdout')
    .addOption(bankOption('use this bank instead of the one the answer files name'))
    .option('--combine', 'BEFORE and AFTER are each a folder or glob: the respondents of one organisation, combined as assess --combine does')
    .option(
      '--tracker <file>',
      'the action tracker kept since BEFORE (.xlsx or .csv, as assess --tracker wrote it): what was done for each gap, beside how its score moved',
    )
    .addOption(langOption("the language of the progress report, else the AFTER file's lang:; of several, the first only"))
    .addOption(forceOption('an existing --out file'))
    .addHelpText(
      'after',
      example(
        'ce-plan compare northfield-2026-05.yaml northfield-2026-11.yaml --tracker reports/northfield-2026-05.tracker.xlsx --format html --out progress.html',
      ),
    );

export type CompareOptions = OptionsOf<typeof definition>;

export const compare = defineCommand(definition, async (io, before, after, options) => (await import('../run/compare.js')).run(io, before, after, options));
