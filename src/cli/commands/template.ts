// `ce-plan template BANK`: a blank answer file on stdout.
import { answerTemplate } from '../../format/answer-template.js';
import { loadBank } from '../../io/load-bank.js';
import type { Io } from '../io.js';

export async function run(io: Io, bankIdOrPath: string): Promise<number> {
  const { bank } = await loadBank(bankIdOrPath);
  io.stdout.write(answerTemplate(bank));
  return 0;
}
