// What `ce-plan --help` lists of each command, in its order: its usage and what it does (in English; the
// catalogue's `help.commands` in each language). Kept here, apart
// from the command modules (each takes its description from here), so that the top-level help is printed
// without loading any of them; a test holds each usage to what its module's definition makes of it.
import { en } from '../../core/words/en.js';

const { commands } = en.help;

export const SUMMARIES = {
  init: {
    usage: 'init [options]',
    description: commands.init,
  },
  assess: {
    usage: 'assess [options] <files...>',
    description: commands.assess,
  },
  agree: {
    usage: 'agree [options] <files...>',
    description: commands.agree,
  },
  compare: {
    usage: 'compare [options] <before> <after>',
    description: commands.compare,
  },
  verify: {
    usage: 'verify [options] <report> <files...>',
    description: commands.verify,
  },
  lint: {
    usage: 'lint [options] [banks...]',
    description: commands.lint,
  },
  list: {
    usage: 'list [options]',
    description: commands.list,
  },
  template: {
    usage: 'template [options] <bank-or-files...>',
    description: commands.template,
  },
  schema: {
    usage: 'schema <kind>',
    description: commands.schema,
  },
  export: {
    usage: 'export [options] <bank>',
    description: commands.export,
  },
  import: {
    usage: 'import [options] <file>',
    description: commands.import,
  },
} as const;

export type CommandName = keyof typeof SUMMARIES;
