// `ce-plan list`: the built-in banks.
import { Command } from '@commander-js/extra-typings';
import { builtInBankFiles } from '../../io/bank-files.js';
import { defineCommand, example } from '../command.js';
import type { Io } from '../host.js';
import { SUMMARIES } from './summaries.js';

const definition = () =>
  new Command('list').description(SUMMARIES.list.description).option('--json', 'print JSON').addHelpText('after', example('ce-plan list --json'));

export const list = defineCommand(definition, async (io: Io, options) => {
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { placedQuestions } = await import('../../core/bank.js');
  const banks = [];
  for (const file of await builtInBankFiles()) {
    const { bank } = await loadBank(file, 'en'); // list has no --lang: its findings are in English
    banks.push({ id: bank.id, version: bank.version, title: bank.title, questions: placedQuestions(bank).length });
  }
  if (options.json) {
    io.stdout.write(JSON.stringify(banks, null, 2) + '\n');
    return 0;
  }
  const header = { id: 'ID', version: 'VERSION', questions: 'QUESTIONS', title: 'TITLE' };
  const rows = [header, ...banks.map((b) => ({ ...b, questions: String(b.questions) }))];
  const width = (key: 'id' | 'version' | 'questions') => Math.max(...rows.map((r) => r[key].length));
  for (const row of rows) {
    io.stdout.write(`${row.id.padEnd(width('id'))}  ${row.version.padEnd(width('version'))}  ${row.questions.padStart(width('questions'))}  ${row.title}\n`);
  }
  return 0;
});
