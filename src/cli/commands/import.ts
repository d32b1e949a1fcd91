// `ce-plan import FILE --bank BANK`: one answer file per response of a form tool's export (run/import.ts does the work).
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { bankOption, dateOrderOption, forceOption, langOption, repeatable } from '../options.js';
import { SUMMARIES } from './summaries.js';

const definition = () =>
  new Command('import')
    .description(SUMMARIES.import.description)
    .argument('<file>', 'the export: .csv, .xlsx or .json')
    .addOption(bankOption('the bank the form was made from').makeOptionMandatory())
    .option('--out-dir <dir>', 'where answer files go', 'answers')
    .option(
      '--map <spec>',
      'FIELD=COLUMN for a detail or question (such as organisation="Name of your group"), or a mapping file (.yaml); repeatable',
      repeatable,
    )
    .option('--ignore <column>', 'a column to leave alone; repeatable', repeatable)
    .option('--organisation <name>', 'the organisation of every response that names none')
    .option('--multi-separator <text>', 'how the options of a multiple choice are joined in a cell (default: as the tool joins them)')
    .option('--delimiter <char>', 'the CSV delimiter (default: the one the header line uses; "tab" for a tab)')
    .option('--encoding <name>', 'the CSV encoding (default: UTF-8, or UTF-16 by its byte order mark), such as windows-1252')
    .option('--sheet <name>', "the workbook's sheet to read (default: the first)")
    .addOption(dateOrderOption())
    .addOption(forceOption('existing answer files'))
    .addOption(langOption("the language of ce-plan's messages (the first, if two are given)"))
    .addHelpText('after', example('ce-plan import responses.xlsx --bank ce-readiness --out-dir groups'));

export type ImportOptions = OptionsOf<typeof definition>;

export const importCommand = defineCommand(definition, async (io, file, options) => (await import('../run/import.js')).run(io, file, options));
