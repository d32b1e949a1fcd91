// `ce-plan import FILE --bank BANK`: one answer file per response of a form tool's export (run/import.ts does the work).
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example, type HelpWords, type OptionsOf } from '../command.js';
import { bankOption, dateOrderOption, forceOption, langOption, repeatable } from '../options.js';

const definition = (h: HelpWords) =>
  new Command('import')
    .description(h.commands.import)
    .argument('<file>', h.import.file)
    .addOption(bankOption(h.import.bank).makeOptionMandatory())
    .option('--out-dir <dir>', h.import.outDir, 'answers')
    .option('--map <spec>', h.import.map, repeatable)
    .option('--ignore <column>', h.import.ignore, repeatable)
    .option('--organisation <name>', h.import.organisation)
    .option('--multi-separator <text>', h.import.multiSeparator)
    .option('--delimiter <char>', h.import.delimiter)
    .option('--encoding <name>', h.import.encoding)
    .option('--sheet <name>', h.import.sheet)
    .addOption(dateOrderOption(h))
    .addOption(forceOption(h.import.force, h))
    .addOption(langOption(h.shared.messagesLang, h))
    .addHelpText('after', example('ce-plan import responses.xlsx --bank ce-readiness --out-dir groups', h));

export type ImportOptions = OptionsOf<typeof definition>;

export const importCommand = defineCommand(definition, async (io, file, options) => (await import('../run/import.js')).run(io, file, options));
