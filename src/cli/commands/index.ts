// Every command, in the order `ce-plan --help` lists them (summaries.ts), each loaded only when it is the
// one run. Each module declares its arguments and options beside its run, and loads what it needs only
// when it runs.
import type { CommandModule } from '../command.js';
import type { CommandName } from './summaries.js';

export const COMMANDS: { readonly [Name in CommandName]: () => Promise<CommandModule> } = {
  init: async () => (await import('./init.js')).init,
  assess: async () => (await import('./assess.js')).assess,
  agree: async () => (await import('./agree.js')).agree,
  compare: async () => (await import('./compare.js')).compare,
  verify: async () => (await import('./verify.js')).verify,
  lint: async () => (await import('./lint.js')).lint,
  list: async () => (await import('./list.js')).list,
  template: async () => (await import('./template.js')).template,
  schema: async () => (await import('./schema.js')).schema,
  export: async () => (await import('./export.js')).exportCommand,
  import: async () => (await import('./import.js')).importCommand,
};
