// Reading a form export takes time in proportion to its size: twice the unknown columns take about
// twice as long, never four times (16,000 took 7 s, 40,000 took 86 s, when each unknown column
// re-read the whole header). Measured as CPU time of the reading alone, the best of three, by the ratio
// of two sizes: no wall-clock limit.
import { expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResponses } from '../src/forms/responses.js';
import { importSettings } from '../src/pipeline/form-map.js';
import { bankAt } from './helpers/forms.js';
import { tempDir } from './helpers/temp.js';

const MUST_DO = '"Do your leaders see work with residents as a ""must do"", not an extra?"';

test('twice the unknown columns take about twice as long to read, not four times', async () => {
  const bank = await bankAt('questionnaires/quick-check.yaml');
  const settings = await importSettings(bank, {}, 'en');
  const dir = tempDir('forms-scale');
  const cpu = async (columns: number) => {
    const file = join(dir, `wide-${columns}.csv`);
    const unknown = Array.from({ length: columns }, (_, i) => `Unknown column ${i}`);
    writeFileSync(file, `Organisation,${MUST_DO},${unknown.join(',')}\nNorthfield,Yes,${unknown.map(() => 'x').join(',')}\n`);
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = process.cpuUsage();
      const read = await readResponses(file, { kind: 'export', format: 'csv' }, bank, settings);
      const used = process.cpuUsage(start);
      expect(read.ok && read.value.diagnostics.filter((d) => d.rule === 'unknown-column')).toHaveLength(columns);
      best = Math.min(best, used.user + used.system);
    }
    return best;
  };
  await cpu(2000); // warm the code up first
  const ratio = (await cpu(32_000)) / (await cpu(16_000));
  expect(ratio).toBeLessThan(3);
}, 120_000);
