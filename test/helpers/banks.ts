// Loading fixture banks in tests.
import type { Bank } from '../../src/core/schema.js';
import { loadBankFile } from '../../src/pipeline/load-bank.js';
import { parseYaml } from '../../src/pipeline/parse-yaml.js';
import type { AnswerFile } from '../../src/core/schema.js';
import { answerFileSchema } from '../../src/core/schema.js';
import { en } from '../../src/core/words/en.js';

export const EXAMPLE_BANK = 'test/fixtures/banks/example.yaml';

export async function exampleBank(): Promise<Bank> {
  const loaded = await loadBankFile(EXAMPLE_BANK, en);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return loaded.value.bank;
}

/** An answer file from YAML text, with its locator, as loadAnswerFile would give it. */
export function answerFile(text: string) {
  const parsed = parseYaml('answers.yaml', text, en);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  const content: AnswerFile = answerFileSchema.parse(parsed.value.data);
  return { content, locator: parsed.value.locator };
}
