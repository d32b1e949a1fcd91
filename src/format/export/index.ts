// The registry of export formats: how `ce-plan export BANK --to FORMAT` writes a bank as a form for
// another tool, or on paper. Each one's file extension, what `--to` says of it, whether it is binary,
// and its writer, loaded only when it runs (exceljs is large). The `--to` choices, their help and the
// default file names all come from here.
import type { Language } from '../../core/languages.js';
import type { Bank } from '../../core/schema.js';

/** How a form is written: its languages, the first its default (`--lang`). */
interface FormOptions {
  languages: readonly Language[];
}

interface FormWriter {
  render(bank: Bank, options: FormOptions): Promise<string | Uint8Array>;
}

export interface ExportFormatter {
  /** Added to the bank's id for the default file name. */
  extension: string;
  /** Bytes rather than text: never printed to a terminal. */
  binary: boolean;
  load(): Promise<FormWriter>;
}

export const EXPORT_FORMATS = {
  xlsform: {
    extension: '.xlsx',
    binary: true,
    load: () => import('./xlsform.js'),
  },
  // What each is, said in `--help`: the catalogue's help.export.formats, in each language.
  surveyjs: { extension: '.survey.json', binary: false, load: () => import('./surveyjs.js') },
  html: { extension: '.form.html', binary: false, load: () => import('./html.js') },
} satisfies Record<string, ExportFormatter>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];
