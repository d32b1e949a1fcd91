// `ce-plan template BANK`: a blank answer file on stdout.
import { Command } from '@commander-js/extra-typings';
import { defineCommand, example } from '../command.js';

const definition = () =>
  new Command('template')
    .description('print a blank answer file for a bank, each question with its options as comments')
    .argument('<bank>', 'a bank id or path')
    .addHelpText('after', example('ce-plan template quick-check > northfield.yaml'));

export const template = defineCommand(definition, async (io, bankIdOrPath) => {
  const { loadBank } = await import('../../pipeline/load-bank.js');
  const { answerTemplate } = await import('../../format/answer-template.js');
  const { answersSchemaReference } = await import('../../io/paths.js');
  const { bank } = await loadBank(bankIdOrPath);
  // Printed to stdout, the file may land anywhere: the schema's own URL resolves from every folder.
  io.stdout.write(answerTemplate(bank, answersSchemaReference()));
  return 0;
});
