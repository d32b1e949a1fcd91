// `ce-plan schema bank|answers|agreement`: the JSON Schema, generated from the same definition as the types.
import { Argument, Command } from '@commander-js/extra-typings';
import { defineCommand, example } from '../command.js';
import { SUMMARIES } from './summaries.js';

const definition = () =>
  new Command('schema')
    .description(SUMMARIES.schema.description)
    .addArgument(new Argument('<kind>', 'bank, answers or agreement').choices(['bank', 'answers', 'agreement'] as const))
    .addHelpText('after', example('ce-plan schema answers > answers.schema.json'));

export const schema = defineCommand(definition, async (io, kind) => {
  const { jsonSchemaFor } = await import('../../core/schema.js');
  io.stdout.write(JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n');
  return 0;
});
