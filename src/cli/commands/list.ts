// `ce-plan list`: the built-in banks.
import { placedQuestions } from '../../core/bank.js';
import { builtInBankFiles, loadBank } from '../../io/load-bank.js';
import type { Io } from '../io.js';

export async function run(io: Io, options: { json?: boolean }): Promise<number> {
  const banks = [];
  for (const file of await builtInBankFiles()) {
    const { bank } = await loadBank(file);
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
}
