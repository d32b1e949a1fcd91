// A mapping file (`--map map.yaml`): read and checked against its schema. Apart from form-map.ts, so an
// import without one does not load the schema library.
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import type { Language } from '../core/languages.js';
import { validate } from '../core/validate.js';
import type { Words } from '../core/words/index.js';
import { DATE_ORDERS } from '../forms/dates.js';
import { readSource } from '../io/read-source.js';
import { parseYaml } from './parse-yaml.js';

const nonEmpty = z.string().min(1, { error: 'must not be empty' });

const mapFileSchema = z
  .strictObject({
    columns: z
      .record(z.string(), nonEmpty)
      .optional()
      .meta({ description: 'A detail (organisation, area, completed_by, respondent, role, date) or question id: the header of its column.' }),
    ignore: z.array(nonEmpty).optional().meta({ description: 'Headers of columns to leave alone.' }),
    values: z
      .record(z.string(), z.record(z.string(), nonEmpty))
      .optional()
      .meta({ description: 'A question id: the texts its cells hold, each with the option value it stands for.' }),
    organisation: nonEmpty.optional(),
    multi_separator: nonEmpty.optional(),
    delimiter: nonEmpty.optional(),
    encoding: nonEmpty.optional(),
    sheet: nonEmpty.optional(),
    date_order: z
      .enum(DATE_ORDERS)
      .optional()
      .meta({ description: 'How dates such as 05/11/2026 read where no date in their column settles it: dmy (day first, the default) or mdy.' }),
  })
  .meta({ title: 'ce-plan import mapping' });

export type MapFile = z.output<typeof mapFileSchema>;

export async function readMapFile(file: string, words: Words, language: Language): Promise<MapFile> {
  const text = await readSource(file, words);
  if (!text.ok) throw new InputError(text.diagnostics, language);
  const parsed = parseYaml(file, text.value, words);
  if (!parsed.ok) throw new InputError(parsed.diagnostics, language);
  const checked = validate(mapFileSchema, parsed.value.data, parsed.value.locator, file, words);
  if (!checked.ok) throw new InputError(checked.diagnostics, language);
  return checked.value;
}
