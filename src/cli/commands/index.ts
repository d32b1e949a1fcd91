// Every command, in the order `ce-plan --help` lists them. Each module declares its arguments and
// options beside its run, and loads what it needs only when it runs.
import type { CommandModule } from '../command.js';
import { agree } from './agree.js';
import { assess } from './assess.js';
import { compare } from './compare.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { init } from './init.js';
import { lint } from './lint.js';
import { list } from './list.js';
import { schema } from './schema.js';
import { template } from './template.js';
import { verify } from './verify.js';

export const COMMANDS: readonly CommandModule[] = [init, assess, agree, compare, verify, lint, list, template, schema, exportCommand, importCommand];
