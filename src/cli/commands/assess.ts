// `ce-plan assess FILES…`: one report per answer file (run/assess.ts does the work).
import { Command, Option } from '@commander-js/extra-typings';
import { defineCommand, example, type HelpWords, type OptionsOf } from '../command.js';
import { bankOption, dateOrderOption, forceOption, langOption, repeatable, reportFormatsOption, scoreFrom0To100, trackerOption } from '../options.js';

const definition = (h: HelpWords) =>
  new Command('assess')
    .description(h.commands.assess)
    .argument('<files...>', h.assess.files)
    .option('--out-dir <dir>', h.assess.outDir, 'reports')
    .addOption(reportFormatsOption(h))
    .addOption(trackerOption(h))
    .option('--previous-tracker <file>', h.assess.previousTracker)
    .option('--summary <file>', h.assess.summary)
    .addOption(new Option('--fail-under <score>', h.assess.failUnder).argParser(scoreFrom0To100(h)))
    .addOption(bankOption(h.assess.bank))
    .option('--template <file>', h.assess.template)
    .option('--date <yyyy-mm-dd>', h.assess.date)
    .addOption(langOption(h.assess.lang, h))
    .option('--combine', h.assess.combine)
    .option('--anonymise', h.assess.anonymise)
    .option('--agreed <file>', h.assess.agreed)
    .option('--map <spec>', h.shared.map, repeatable)
    .addOption(dateOrderOption(h))
    .addOption(forceOption(h.assess.force, h))
    .option('--skip-existing', h.assess.skipExisting)
    .addHelpText('after', example(`ce-plan assess groups/*.yaml --out-dir reports --format md,json --summary reports/summary.md\n${h.assess.example}`, h));

export type AssessOptions = OptionsOf<typeof definition>;

export const assess = defineCommand(definition, async (io, files, options) => (await import('../run/assess.js')).run(io, files, options));
