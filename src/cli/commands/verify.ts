// `ce-plan verify REPORT.json ANSWERS…`: whether a report still follows from the answer files and bank it
// names (run/verify.ts does the work).
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { bankOption, dateOrderOption, langOption, repeatable } from '../options.js';
import { SUMMARIES } from './summaries.js';

const definition = () =>
  new Command('verify')
    .description(SUMMARIES.verify.description)
    .argument('<report>', 'a JSON report (assess --format json)')
    .argument('<files...>', 'the answer files (or the form export) it was made from')
    .addOption(bankOption('the bank file, when the report was not made with a built-in bank'))
    .option('--map <spec>', 'for a form export: as assess took it; repeatable', repeatable)
    .addOption(dateOrderOption())
    .addOption(langOption("the language of ce-plan's messages (the first, if two are given)"))
    .addHelpText('after', example('ce-plan verify reports/northfield.json groups/northfield.yaml'));

export type VerifyOptions = OptionsOf<typeof definition>;

export const verify = defineCommand(definition, async (io, report, files, options) => (await import('../run/verify.js')).run(io, report, files, options));
