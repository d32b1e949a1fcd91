// `ce-plan template BANK`: a blank answer file on stdout; `ce-plan template --agree FILES…`: a blank
// agreement file over one organisation's answer files (issue 25).
import { Command } from '@commander-js/extra-typings';
import { UsageError } from '../../core/errors.js';
import { defineCommand, example } from '../command.js';
import { bankOption, langOption } from '../options.js';
import type { Io } from '../host.js';
import { messageLanguage, type Language } from '../../core/languages.js';
import { SUMMARIES } from './summaries.js';

const definition = () =>
  new Command('template')
    .description(SUMMARIES.template.description)
    .argument('<bank-or-files...>', "a bank id or path; with --agree, one organisation's answer files")
    .option('--agree', 'a blank agreement file over these answer files: the questions they contest, with what each respondent said, to fill in')
    .addOption(bankOption('with --agree: use this bank instead of the one each answer file names'))
    .option('--anonymise', 'with --agree: call the respondents "Respondent 1", "Respondent 2"… in the comments')
    .addOption(langOption("the language of the file's comments and its reports (lang:)"))
    .addHelpText(
      'after',
      `${example('ce-plan template quick-check > northfield.yaml')}\n  $ ce-plan template quick-check --lang cy > northfield.yaml   # in Welsh, and so its reports\n  $ ce-plan template --agree responses/ > responses/agreement.yaml`,
    );

export const template = defineCommand(definition, async (io, inputs, options) => {
  if (!options.agree && (options.bank !== undefined || options.anonymise))
    throw new UsageError('--bank and --anonymise go with --agree (a blank agreement over answer files)');
  const text = options.agree ? await blankAgreement(io, inputs, options, messageLanguage(options.lang)) : await blankAnswers(inputs, options.lang);
  // Printed to stdout, the file may land anywhere. A bank or answer file given by path is text from a
  // file: on a terminal, it must not drive it.
  io.stdout.write(io.stdout.isTTY ? (await import('../../format/terminal-text.js')).terminalLines(text) : text);
  return 0;
});

async function blankAnswers(inputs: string[], languages: readonly Language[] | undefined): Promise<string> {
  if (inputs.length !== 1)
    throw new UsageError(`give one bank, not ${inputs.length} (a blank agreement over answer files is \`ce-plan template --agree FILES…\`)`);
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { answerTemplate } = await import('../../format/answer-template.js');
  const { answersSchemaReference } = await import('../../io/paths.js');
  const { bank } = await loadBank(inputs[0]!, messageLanguage(languages));
  // The schema's own URL resolves from every folder.
  return answerTemplate(bank, answersSchemaReference(), languages);
}

async function blankAgreement(io: Io, inputs: string[], options: { bank?: string; anonymise?: true }, language: Language): Promise<string> {
  const { loadPartnership } = await import('../../pipeline/partnership.js');
  const { agreementTemplate } = await import('../../format/agreement-template.js');
  const { agreementSchemaReference } = await import('../../io/paths.js');
  const { dirname, relative, resolve, sep } = await import('node:path');
  const partnership = await loadPartnership(inputs, { bank: options.bank, anonymise: options.anonymise === true, language });
  const { wordsFor } = await import('../../core/words/index.js');
  await (await import('../findings.js')).printFindings(io, partnership.warnings, wordsFor(language));
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
