// The layers of src/ (DEVELOPERS.md): cli → batch → pipeline → forms → io → format → core. Each may import
// those below it; ESLint refuses any import that runs up them, from every layer.
import { describe, expect, test } from '@jest/globals';
import { ESLint } from 'eslint';

const LAYERS = ['cli', 'batch', 'pipeline', 'forms', 'io', 'format', 'core'];

async function rulesBroken(layer: string, imported: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(`import { x } from '../${imported}/probe.js';\nexport const y = x;\n`, { filePath: `src/${layer}/probe.ts` });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('an import that runs up the layers', () => {
  const pairs = LAYERS.flatMap((layer, i) => LAYERS.slice(0, i).map((above) => [layer, above] as const));
  test.each(pairs)('from src/%s/ into src/%s/ is refused', async (layer, above) => {
    expect(await rulesBroken(layer, above)).toContain('@typescript-eslint/no-restricted-imports');
  });
});

test('an import down the layers is allowed', async () => {
  for (const [i, layer] of LAYERS.entries()) {
    for (const below of LAYERS.slice(i + 1)) expect(await rulesBroken(layer, below)).not.toContain('@typescript-eslint/no-restricted-imports');
  }
});
