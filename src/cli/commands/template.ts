// `ce-plan template BANK`: a blank answer file on stdout.
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example } from '../command.js';
import { langOption } from '../options.js';

const definition = () =>
  new Command('template')
    .description('print a blank answer file for a bank, each question with its options as comments')
    .argument('<bank>', 'a bank id or path')
    .addOption(langOption("the language of the file's comments and its reports (lang:)"))
    .addHelpText(
      'after',
      example('ce-plan template quick-check > northfield.yaml\nce-plan template quick-check --lang cy > northfield.yaml   # in Welsh, and so its reports'),
    );

export const template = defineCommand(definition, async (io, bankIdOrPath, options) => {
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { answerTemplate } = await import('../../format/answer-template.js');
  const { answersSchemaReference } = await import('../../io/paths.js');
  const { bank } = await loadBank(bankIdOrPath);
  // Printed to stdout, the file may land anywhere: the schema's own URL resolves from every folder. A
  // bank given by path is text from a file: on a terminal, it must not drive it.
  const text = answerTemplate(bank, answersSchemaReference(), options.lang?.[0]);
  io.stdout.write(io.stdout.isTTY ? (await import('../../format/terminal-text.js')).terminalLines(text) : text);
  return 0;
});
