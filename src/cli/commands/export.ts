// `ce-plan export BANK --to FORMAT`: the bank as a form for another tool, or on paper (run/export.ts does the work).
import { Command, Option } from '@commander-js/extra-typings';
import { EXPORT_FORMAT_NAMES } from '../../format/export/index.js';
import { defineCommand, example, type HelpWords, type OptionsOf } from '../command.js';
import { forceOption, langOption } from '../options.js';

const definition = (h: HelpWords) =>
  new Command('export')
    .description(h.commands.export)
    .argument('<bank>', h.export.bank)
    .addOption(
      new Option('--to <format>', h.export.to(EXPORT_FORMAT_NAMES.map((name) => `${name} (${h.export.formats[name]})`).join('; ')))
        .choices(EXPORT_FORMAT_NAMES)
        .makeOptionMandatory(),
    )
    .option('--out <file>', h.export.out)
    .addOption(langOption(h.export.lang, h))
    .addOption(forceOption(h.export.force, h))
    .addHelpText(
      'after',
      example(
        `ce-plan export ce-readiness --to xlsform --out ce-readiness.xlsx\nce-plan export ce-readiness --to html --lang cy   # ${h.export.paperInWelsh}`,
        h,
      ),
    );

export type ExportOptions = OptionsOf<typeof definition>;

export const exportCommand = defineCommand(definition, async (io, bank, options) => (await import('../run/export.js')).run(io, bank, options));
