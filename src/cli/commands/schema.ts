// `ce-plan schema bank|answers`: the JSON Schema, generated from the same definition as the types.
import { jsonSchemaFor } from '../../core/schema.js';
import type { Io } from '../io.js';

export async function run(io: Io, kind: 'bank' | 'answers'): Promise<number> {
  io.stdout.write(JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n');
  return 0;
}
