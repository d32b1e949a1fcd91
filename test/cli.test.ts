import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Help } from '@commander-js/extra-typings';
import { COMMANDS } from '../src/cli/commands/index.js';
import { SUMMARIES, type CommandName } from '../src/cli/commands/summaries.js';
import { processIo } from '../src/cli/host.js';
import { jsonSchemaFor } from '../src/core/schema.js';
import { runCli, ROOT, STACK_TRACE } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const SPEC_COMMANDS = ['init', 'assess', 'compare', 'lint', 'list', 'template', 'schema'];

describe('ce-plan --help and --version', () => {
  test('--help lists every command of the spec, each with an example', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of SPEC_COMMANDS) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      expect(result.stdout).toMatch(new RegExp(`^  \\$ ce-plan ${command}\\b`, 'm'));
    }
  });

  test.each(SPEC_COMMANDS)('%s --help shows an example', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Example:\\n  \\$ ce-plan ${command}`));
  });

  test('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  /** The modules a run of ce-plan loads, by URL. */
  async function loadedBy(args: string[]): Promise<string> {
    const log = join(tempDir('imports'), 'imports.log');
    const result = await runCli(args, { nodeArgs: ['--import', join(ROOT, 'test/helpers/import-logger.mjs')], env: { IMPORT_LOG: log } });
    expect(result.code).toBe(0);
    const loaded = readFileSync(log, 'utf8');
    expect(loaded).toContain('/dist/cli/main.js'); // the log works
    return loaded;
  }

  test('--version loads neither commander, a command, the error printing, yaml, inquirer, zod, eta nor chalk', async () => {
    const loaded = await loadedBy(['--version']);
    for (const heavy of [
      '/node_modules/commander/',
      '/dist/cli/commands/',
      '/node_modules/yaml/',
      '/node_modules/@inquirer/',
      '/node_modules/zod/',
      '/node_modules/eta/',
      '/node_modules/chalk/',
    ]) {
      expect(loaded).not.toContain(heavy);
    }
  });

  test('--help loads no command module', async () => {
    const loaded = await loadedBy(['--help']);
    expect(loaded).toContain('/node_modules/@commander-js/'); // commander prints it
    expect(loaded).not.toMatch(/\/dist\/cli\/commands\/(?!summaries\.js|index\.js)/);
    expect(loaded).not.toContain('/dist/cli/run/');
    expect(loaded).not.toContain('/dist/format/report/');
  });

  test("--help lists each command as its own definition would: each summary's usage and description are its module's", async () => {
    const io = processIo();
    for (const [name, summary] of Object.entries(SUMMARIES)) {
      const command = (await COMMANDS[name as CommandName]()).define(io, () => {});
      expect({ name: command.name(), usage: new Help().subcommandTerm(command), description: command.description() }).toEqual({ name, ...summary });
    }
  });

  test('an unknown command is a usage error, with a suggestion', async () => {
    const result = await runCli(['lnt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'lnt'/);
    expect(result.stderr).toMatch(/Did you mean lint\?/);
  });

  test('a bad flag value is a usage error without a stack trace', async () => {
    const result = await runCli(['lint', '--max-warnings', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected a whole number/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('ce-plan schema', () => {
  test.each([
    ['bank', 'question-bank'],
    ['answers', 'answers'],
    ['agreement', 'agreement'],
  ] as const)('schema %s prints the published schema, which matches the one definition', async (kind, file) => {
    const published = readFileSync(join(ROOT, 'schema', `${file}.schema.json`), 'utf8');
    // If this fails, run `npm run build && npm run schema` and commit schema/.
    expect(JSON.parse(published)).toEqual(jsonSchemaFor(kind));
    const result = await runCli(['schema', kind]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(published));
  });

  test('an unknown schema kind is a usage error', async () => {
    const result = await runCli(['schema', 'report']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are bank, answers/);
  });
});
