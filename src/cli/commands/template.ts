// `ce-plan template BANK`: a blank answer file on stdout; `ce-plan template --agree FILES…`: a blank
// agreement file over one organisation's answer files (issue 25).
import { Command } from '@commander-js/extra-typings';
import { UsageError } from '../../core/errors.js';
import { defineCommand, example, type HelpWords } from '../command.js';
import { bankOption, langOption } from '../options.js';
import type { Io } from '../host.js';
import type { Language } from '../../core/languages.js';

const definition = (h: HelpWords) =>
  new Command('template')
    .description(h.commands.template)
    .argument('<bank-or-files...>', h.template.inputs)
    .option('--agree', h.template.agree)
    .addOption(bankOption(h.template.bank))
    .option('--anonymise', h.template.anonymise)
    .addOption(langOption(h.template.lang, h))
    .addHelpText(
      'after',
      example(
        `ce-plan template quick-check > northfield.yaml\nce-plan template quick-check --lang cy > northfield.yaml   # ${h.template.inWelsh}\nce-plan template --agree responses/ > responses/agreement.yaml`,
        h,
      ),
    );

export const template = defineCommand(definition, async (io, inputs, options) => {
  if (!options.agree && (options.bank !== undefined || options.anonymise)) throw new UsageError((w) => w.errors.agreeOptionsAlone);
  const text = options.agree ? await blankAgreement(io, inputs, options, options.lang?.[0]) : await blankAnswers(inputs, options.lang);
  // Printed to stdout, the file may land anywhere. A bank or answer file given by path is text from a
  // file: on a terminal, it must not drive it.
  io.stdout.write(io.stdout.isTTY ? (await import('../../format/terminal-text.js')).terminalLines(text) : text);
  return 0;
});

async function blankAnswers(inputs: string[], languages: readonly Language[] | undefined): Promise<string> {
  if (inputs.length !== 1) throw new UsageError((w) => w.errors.oneBank(inputs.length));
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { answerTemplate } = await import('../../format/answer-template.js');
  const { answersSchemaReference } = await import('../../io/paths.js');
  const { bank } = await loadBank(inputs[0]!);
  // The schema's own URL resolves from every folder.
  return answerTemplate(bank, answersSchemaReference(), languages);
}

async function blankAgreement(io: Io, inputs: string[], options: { bank?: string; anonymise?: true }, language: Language | undefined): Promise<string> {
  const { loadPartnership } = await import('../../pipeline/partnership.js');
  const { agreementTemplate } = await import('../../format/agreement-template.js');
  const { agreementSchemaReference } = await import('../../io/paths.js');
  const { dirname, relative, resolve, sep } = await import('node:path');
  const partnership = await loadPartnership(inputs, { bank: options.bank, anonymise: options.anonymise === true, language });
  await (await import('../findings.js')).printFindings(io, partnership.warnings);
  // Paths from the first answer file's folder, where the agreement is best saved (assess finds it there).
  const folder = dirname(partnership.respondents[0]!.file);
  return agreementTemplate(
    {
      ...partnership,
      folder,
      respondents: partnership.respondents.map((r) => ({
        file: relative(resolve(folder), resolve(r.file)).split(sep).join('/'),
        label: r.label,
        sha256: r.sha256,
      })),
    },
    agreementSchemaReference(),
  );
}
