// `ce-plan verify REPORT.json ANSWERS…`: whether a report still follows from the answer files and bank it
// names (run/verify.ts does the work).
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example, type HelpWords, type OptionsOf } from '../command.js';
import { bankOption, dateOrderOption, langOption, repeatable } from '../options.js';

const definition = (h: HelpWords) =>
  new Command('verify')
    .description(h.commands.verify)
    .argument('<report>', h.verify.report)
    .argument('<files...>', h.verify.files)
    .addOption(bankOption(h.verify.bank))
    .option('--map <spec>', h.verify.map, repeatable)
    .addOption(dateOrderOption(h))
    .addOption(langOption(h.shared.messagesLang, h))
    .addHelpText('after', example('ce-plan verify reports/northfield.json groups/northfield.yaml', h));

export type VerifyOptions = OptionsOf<typeof definition>;

export const verify = defineCommand(definition, async (io, report, files, options) => (await import('../run/verify.js')).run(io, report, files, options));
