// `ce-plan schema bank|answers|agreement`: the JSON Schema, generated from the same definition as the types.
import { Argument, Command } from '@commander-js/extra-typings';
import { defineCommand, example, type HelpWords } from '../command.js';

const definition = (h: HelpWords) =>
  new Command('schema')
    .description(h.commands.schema)
    .addArgument(new Argument('<kind>', h.schema.kind).choices(['bank', 'answers', 'agreement'] as const))
    .addHelpText('after', example('ce-plan schema answers > answers.schema.json', h));

export const schema = defineCommand(definition, async (io, kind) => {
  const { jsonSchemaFor } = await import('../../core/schema.js');
  io.stdout.write(JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n');
  return 0;
});
