// `ce-plan agree FILES…`: agree a shared view of what one organisation's respondents answered
// differently, in the terminal, and keep it in an agreement file (run/agree.ts does the work; issue 25).
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example, type HelpWords, type OptionsOf } from '../command.js';
import { bankOption, langOption } from '../options.js';

export const DEFAULT_AGREEMENT = 'agreement.yaml';

const definition = (h: HelpWords) =>
  new Command('agree')
    .description(h.commands.agree)
    .argument('<files...>', h.agree.files)
    .option('--out <file>', h.agree.out(DEFAULT_AGREEMENT))
    .addOption(bankOption(h.agree.bank))
    .option('--anonymise', h.agree.anonymise)
    .option('--resume', h.agree.resume)
    .option('--restart', h.agree.restart)
    .option('--plain', h.shared.plain)
    .addOption(langOption(h.agree.lang, h))
    .addHelpText('after', example(`ce-plan agree responses/   # ${h.shared.writes('responses/agreement.yaml')}`, h));

export type AgreeOptions = OptionsOf<typeof definition>;

export const agree = defineCommand(definition, async (io, files, options) => (await import('../run/agree.js')).run(io, files, options));
