// `ce-plan init`: answer a bank in the terminal (run/init.ts does the work).
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { bankOption, forceOption, reportFormatsOption, trackerOption } from '../options.js';
import { SUMMARIES } from './summaries.js';

export const DEFAULT_BANK = 'ce-readiness';
export const DEFAULT_ANSWERS = 'ce-plan-answers.yaml';
export const DEFAULT_REPORT = 'ce-plan-report.md';

const definition = () =>
  new Command('init')
    .description(SUMMARIES.init.description)
    .addOption(bankOption('the question bank').default(DEFAULT_BANK))
    .option('--answers <file>', 'the answer file to write (and resume from)', DEFAULT_ANSWERS)
    .option(
      '--out <file>',
      `the report to write (default: the answer file's name with .md, or ${DEFAULT_REPORT} for ${DEFAULT_ANSWERS}); each format takes its name with its own extension`,
    )
    .addOption(reportFormatsOption())
    .addOption(trackerOption())
    .option('--respondent <"name, role">', 'who is answering, when several people answer for one organisation (either part may be left out)')
    .option('--resume', 'resume an existing answer file without asking')
    .option('--restart', 'start again, replacing an existing answer file')
    .option('--plain', 'numbered options, one line per prompt (also when TERM=dumb)')
    .addOption(forceOption('an existing report'))
    .addHelpText('after', example('ce-plan init --bank quick-check --answers northfield.yaml   # writes northfield.md'));

export type InitOptions = OptionsOf<typeof definition>;

export const init = defineCommand(definition, async (io, options) => (await import('../run/init.js')).run(io, options));
