// What `ce-plan --help` lists of each command, in its order: its usage and what it does. Kept here, apart
// from the command modules (each takes its description from here), so that the top-level help is printed
// without loading any of them; a test holds each usage to what its module's definition makes of it.
export const SUMMARIES = {
  init: {
    usage: 'init [options]',
    description: 'answer a bank interactively; writes the answer file and the report',
  },
  assess: {
    usage: 'assess [options] <files...>',
    description: 'write one report per answer file (files, folders, globs, - for stdin), or per response of a form export (with --bank)',
  },
  agree: {
    usage: 'agree [options] <files...>',
    description:
      "agree, in the terminal, the questions one organisation's respondents answered differently; writes an agreement file that assess --combine applies",
  },
  compare: {
    usage: 'compare [options] <before> <after>',
    description: 'progress between two assessments of the same organisation',
  },
  verify: {
    usage: 'verify [options] <report> <files...>',
    description: 'check that a JSON report still follows from its answer files and bank: the same files, the same bank, the same numbers',
  },
  lint: {
    usage: 'lint [options] [banks...]',
    description: 'check question banks (files, folders, globs); default: the built-in banks',
  },
  list: {
    usage: 'list [options]',
    description: 'the built-in banks, with ids, versions and question counts',
  },
  template: {
    usage: 'template [options] <bank-or-files...>',
    description: 'print a blank answer file for a bank, each question with its options as comments; with --agree, a blank agreement file',
  },
  schema: {
    usage: 'schema <kind>',
    description: 'print the JSON Schema of a bank, an answer file or an agreement file',
  },
  export: {
    usage: 'export [options] <bank>',
    description: 'write a bank as a form for another tool, or on paper: XLSForm (KoboToolbox, ODK), SurveyJS, or printable HTML',
  },
  import: {
    usage: 'import [options] <file>',
    description:
      "write one answer file per response of a form tool's export: CSV or .xlsx (Microsoft Forms, Google Forms, KoboToolbox), or SurveyJS results JSON",
  },
} as const;

export type CommandName = keyof typeof SUMMARIES;
