// `ce-plan agree FILES…`: agree a shared view of what one organisation's respondents answered
// differently, in the terminal, and keep it in an agreement file (run/agree.ts does the work; issue 25).
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { bankOption } from '../options.js';
import { SUMMARIES } from './summaries.js';

export const DEFAULT_AGREEMENT = 'agreement.yaml';

const definition = () =>
  new Command('agree')
    .description(SUMMARIES.agree.description)
    .argument('<files...>', "one organisation's answer files (files, folders, globs)")
    .option('--out <file>', `the agreement file to write (and resume from); default: ${DEFAULT_AGREEMENT} beside the first answer file`)
    .addOption(bankOption('use this bank instead of the one each answer file names'))
    .option('--anonymise', 'call the respondents "Respondent 1", "Respondent 2"… rather than by role')
    .option('--resume', 'resume an existing agreement file without asking')
    .option('--restart', 'start again, replacing an existing agreement file (a copy is kept)')
    .option('--plain', 'numbered options, one line per prompt (also when TERM=dumb)')
    .addHelpText('after', example('ce-plan agree responses/   # writes responses/agreement.yaml'));

export type AgreeOptions = OptionsOf<typeof definition>;

export const agree = defineCommand(definition, async (io, files, options) => (await import('../run/agree.js')).run(io, files, options));
