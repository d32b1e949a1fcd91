// `ce-plan assess FILES…`: one report per answer file (run/assess.ts does the work).
import { Command, Option } from '@commander-js/extra-typings';
import { defineCommand, example, type OptionsOf } from '../command.js';
import { bankOption, dateOrderOption, forceOption, repeatable, reportFormatsOption, scoreFrom0To100, trackerOption } from '../options.js';
import { SUMMARIES } from './summaries.js';

const definition = () =>
  new Command('assess')
    .description(SUMMARIES.assess.description)
    .argument('<files...>', 'answer files, or form exports (.csv, .xlsx, SurveyJS results .json)')
    .option('--out-dir <dir>', 'where reports go', 'reports')
    .addOption(reportFormatsOption())
    .addOption(trackerOption())
    .option(
      '--previous-tracker <file>',
      'the action tracker kept since the last assessment (.xlsx or .csv): the plan marks what it records as done, and a new tracker carries its owners, dates, statuses and notes forward',
    )
    .option('--summary <file>', 'also write a cohort summary of every organisation')
    .addOption(new Option('--fail-under <score>', 'exit 1 if any overall score is below this').argParser(scoreFrom0To100))
    .addOption(bankOption('use this bank instead of the one each answer file names'))
    .option('--template <file>', 'a Markdown report template to use instead of the built-in one; it is code, so use only one you trust')
    .option('--date <yyyy-mm-dd>', "the report's date, where the answer file gives none")
    .option('--combine', 'one report per organisation: answer files with the same organisation name and area are its respondents')
    .option('--anonymise', 'with --combine, name respondents "Respondent 1", "Respondent 2"… everywhere, keeping their roles')
    .option('--agreed <file>', 'with --combine, the agreement file to apply (one among the inputs, or beside the answer files, is found without it)')
    .option('--map <spec>', 'for a form export: FIELD=COLUMN, or a mapping file (.yaml), as import takes; repeatable', repeatable)
    .addOption(dateOrderOption())
    .addOption(forceOption('existing reports'))
    .option('--skip-existing', 'keep reports that exist and write the rest: how to finish an interrupted run')
    .addHelpText('after', example('ce-plan assess groups/*.yaml --out-dir reports --format md,json --summary reports/summary.md'));

export type AssessOptions = OptionsOf<typeof definition>;

export const assess = defineCommand(definition, async (io, files, options) => (await import('../run/assess.js')).run(io, files, options));
