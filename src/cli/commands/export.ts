// `ce-plan export BANK --to FORMAT`: the bank as a form for another tool, or on paper (run/export.ts does the work).
import { Command, Option } from '@commander-js/extra-typings';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from '../../format/export/index.js';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { forceOption } from '../options.js';
import { SUMMARIES } from './summaries.js';

const formats = EXPORT_FORMAT_NAMES.map((name) => `${name} (${EXPORT_FORMATS[name].description})`).join('; ');

const definition = () =>
  new Command('export')
    .description(SUMMARIES.export.description)
    .argument('<bank>', 'a bank id or path')
    .addOption(new Option('--to <format>', `the form to write: ${formats}`).choices(EXPORT_FORMAT_NAMES).makeOptionMandatory())
    .option('--out <file>', "where to write it (default: the bank's id and the format's extension, such as ce-readiness.xlsx; - for stdout)")
    .addOption(forceOption('an existing file'))
    .addHelpText('after', example('ce-plan export ce-readiness --to xlsform --out ce-readiness.xlsx'));

export type ExportOptions = OptionsOf<typeof definition>;

export const exportCommand = defineCommand(definition, async (io, bank, options) => (await import('../run/export.js')).run(io, bank, options));
