// `ce-plan export BANK --to FORMAT`: loads the bank, renders it with the format's writer, and writes the
// file atomically (never over an existing one without --force, never over the bank), or prints it with `--out -`.
import type { ExportOptions } from '../commands/export.js';
import { UsageError } from '../../core/errors.js';
import { EXPORT_FORMATS } from '../../format/export/index.js';
import { writeFileAtomic } from '../../io/write-file.js';
import { loadBank } from '../../pipeline/load-bank.js';
import { wordsFor } from '../../core/words/index.js';
import { wroteLine } from '../../format/batch-text.js';
import { displayPath, type Io } from '../host.js';
import { messageLanguage } from '../../core/languages.js';
import { inputFiles, isBankPath } from '../input-files.js';

export async function run(io: Io, bankIdOrPath: string, options: ExportOptions): Promise<number> {
  const format = EXPORT_FORMATS[options.to];
  if (options.out === '-' && format.binary && io.stdout.isTTY) {
    const to = options.to;
    throw new UsageError((w) => w.errors.workbookNotText(to));
  }
  const messages = messageLanguage(options.lang);
  const { bank } = await loadBank(bankIdOrPath, messages);
  const out = options.out ?? `${bank.id}${format.extension}`;
  const content = await (await format.load()).render(bank, { languages: options.lang ?? ['en'] });
  if (out === '-') {
    io.stdout.write(content);
    return 0;
  }
  (await inputFiles(io, isBankPath(bankIdOrPath) ? [['bank', bankIdOrPath]] : [], 'export')).refuseOver(() => `--out ${out}`, out);
  await writeFileAtomic(out, content, { overwrite: options.force === true });
  io.stdout.write(wroteLine(wordsFor(messages).messages, displayPath(out, io.cwd)));
  return 0;
}
