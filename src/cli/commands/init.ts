// `ce-plan init`: answer a bank in the terminal (run/init.ts does the work).
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example, type HelpWords, type OptionsOf } from '../command.js';
import { bankOption, forceOption, langOption, reportFormatsOption, trackerOption } from '../options.js';

export const DEFAULT_BANK = 'ce-readiness';
export const DEFAULT_ANSWERS = 'ce-plan-answers.yaml';
export const DEFAULT_REPORT = 'ce-plan-report.md';

const definition = (h: HelpWords) =>
  new Command('init')
    .description(h.commands.init)
    .addOption(bankOption(h.init.bank).default(DEFAULT_BANK))
    .option('--answers <file>', h.init.answers, DEFAULT_ANSWERS)
    .option('--out <file>', h.init.out(DEFAULT_REPORT, DEFAULT_ANSWERS))
    .addOption(reportFormatsOption(h))
    .addOption(trackerOption(h))
    .option('--respondent <"name, role">', h.init.respondent)
    .option('--resume', h.init.resume)
    .option('--restart', h.init.restart)
    .option('--plain', h.shared.plain)
    .addOption(langOption(h.init.lang, h))
    .addOption(forceOption(h.init.force, h))
    .addHelpText(
      'after',
      example(
        `ce-plan init --bank quick-check --answers northfield.yaml   # ${h.shared.writes('northfield.md')}\nce-plan init --lang cy   # ${h.init.example}`,
        h,
      ),
    );

export type InitOptions = OptionsOf<typeof definition>;

export const init = defineCommand(definition, async (io, options) => (await import('../run/init.js')).run(io, options));
