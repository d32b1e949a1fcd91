// `ce-plan list`: the built-in banks.
import { Command } from '@commander-js/extra-typings';
import { builtInBankFiles } from '../../io/bank-files.js';
import { defineCommand, example, type HelpWords } from '../command.js';
import type { Io } from '../host.js';
import { messageLanguageOf } from '../message-language.js';
import { langOption } from '../options.js';

const definition = (h: HelpWords) =>
  new Command('list')
    .description(h.commands.list)
    .option('--json', h.list.json)
    .addOption(langOption(h.list.lang, h))
    .addHelpText('after', example('ce-plan list --json', h));

export const list = defineCommand(definition, async (io: Io, options) => {
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { placedQuestions } = await import('../../core/bank.js');
  const { bankIn } = await import('../../core/translation.js');
  const language = messageLanguageOf(options.lang);
  const banks = [];
  for (const file of await builtInBankFiles()) {
    const { bank } = await loadBank(file);
    banks.push({ id: bank.id, version: bank.version, title: bankIn(bank, language).title, questions: placedQuestions(bank).length });
  }
  if (options.json) {
    io.stdout.write(JSON.stringify(banks, null, 2) + '\n');
    return 0;
  }
  const { wordsFor } = await import('../../core/words/index.js');
  const header = wordsFor(language).messages.list;
  const rows = [header, ...banks.map((b) => ({ ...b, questions: String(b.questions) }))];
  const width = (key: 'id' | 'version' | 'questions') => Math.max(...rows.map((r) => r[key].length));
  for (const row of rows) {
    io.stdout.write(`${row.id.padEnd(width('id'))}  ${row.version.padEnd(width('version'))}  ${row.questions.padStart(width('questions'))}  ${row.title}\n`);
  }
  return 0;
});
