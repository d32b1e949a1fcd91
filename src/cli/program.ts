// The program as commander runs it. Only the command being run is loaded (its module declares its
// arguments and options); the others stand in the help by their summaries (commands/summaries.ts), so
// `ce-plan --help` loads no command module. The help and commander's own words are in the language of
// the messages (`--lang`'s first, read from argv before commander parses it: it builds the help first).
import { Command, CommanderError, Help, type Option } from '@commander-js/extra-typings';
import type { Language } from '../core/languages.js';
import type { Words } from '../core/words/index.js';
import { terminalLines } from '../format/terminal-text.js';
import { ceplanVersion } from '../io/version.js';
import { COMMANDS } from './commands/index.js';
import { SUMMARIES, type CommandName } from './commands/summaries.js';
import type { Io } from './host.js';
import { loadWords } from './message-language.js';

/** The command that `argv` runs, or asks help for (`ce-plan help assess`). */
function commandNamed(argv: readonly string[]): CommandName | undefined {
  const name = argv[0] === 'help' ? argv[1] : argv[0];
  return name !== undefined && Object.hasOwn(SUMMARIES, name) ? (name as CommandName) : undefined;
}

/** Runs the program; an error of the command's run (not of commander's parsing) is thrown. */
export async function runProgram(argv: readonly string[], io: Io, language: Language = 'en'): Promise<number> {
  let exitCode = 0;
  const words = await loadWords(language);
  const h = words.help;
  // commander's messages quote the arguments given: shown safely, as every other message is.
  const output = {
    writeOut: (text: string) => io.stdout.write(text),
    writeErr: (text: string) => io.stderr.write(terminalLines(text)),
    outputError: (text: string, write: (text: string) => void) => write(language === 'en' ? text : commanderError(text, words)),
  };
  const program = new Command('ce-plan')
    .description(h.program)
    .version(ceplanVersion(), '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand('help [command]', h.helpCommand)
    .addHelpText('after', h.examples)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output);
  const help = new Help();
  const helpConfiguration = {
    showGlobalOptions: true,
    subcommandTerm: (command: Command) =>
      Object.hasOwn(SUMMARIES, command.name()) ? SUMMARIES[command.name() as CommandName].usage : help.subcommandTerm(command),
    // Commander's headings ("Usage:", "Options:") and the default and choices it adds to a description.
    styleTitle: (title: string) => h.titles[title] ?? title,
    optionDescription: (option: Option) =>
      help
        .optionDescription(option as never)
        .replace(/\((default|choices): /g, (_all, word: 'default' | 'choices') => `(${h.commander[word]}: `)
        .replace(/, (default|choices): /g, (_all, word: 'default' | 'choices') => `, ${h.commander[word]}: `),
  };
  program.configureHelp(helpConfiguration);
  const run = commandNamed(argv);
  for (const name of Object.keys(SUMMARIES) as CommandName[]) {
    if (name !== run) {
      program.addCommand(new Command(name).description(h.commands[name]));
      continue;
    }
    const defined = (await COMMANDS[run]()).define(io, (code) => (exitCode = code), words);
    program.addCommand(defined.exitOverride().configureOutput(output).configureHelp(helpConfiguration).helpOption('-h, --help', h.help));
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

/** Commander's errors in the catalogue's words, by the English it gives them in; one it does not know stays as it is. */
function commanderError(text: string, words: Words): string {
  const c = words.help.commander;
  const [first = '', ...rest] = text.split('\n');
  const said = (english: RegExp, worded: (...parts: string[]) => string) => {
    const match = english.exec(first);
    return match === null ? undefined : worded(...match.slice(1));
  };
  const message =
    said(/^error: unknown option '(.*)'$/, c.unknownOption) ??
    said(/^error: unknown command '(.*)'$/, c.unknownCommand) ??
    said(/^error: missing required argument '(.*)'$/, c.missingArgument) ??
    said(/^error: option '(.*)' argument missing$/, c.optionArgumentMissing) ??
    said(/^error: required option '(.*)' not specified$/, c.requiredOption) ??
    said(/^error: too many arguments.*\. Expected (\d+) arguments? but got (\d+)\.$/, (expected, got) => c.tooManyArguments(Number(expected), Number(got))) ??
    said(
      /^error: option '(.*)' argument '(.*)' is invalid\.(?: Allowed choices are (.*)\.)?(.*)$/,
      (option, value, choices, more) => `${c.invalidOption(option!, value!)}${choices === undefined ? '' : ` ${c.allowedChoices(choices)}`}${more ?? ''}`,
    ) ??
    said(
      /^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(?: Allowed choices are (.*)\.)?(.*)$/,
      (value, argument, choices, more) => `${c.invalidArgument(argument!, value!)}${choices === undefined ? '' : ` ${c.allowedChoices(choices)}`}${more ?? ''}`,
    );
  if (message === undefined) return text;
  const suggestion = rest.map((line) => line.replace(/^\(Did you mean (.*)\?\)$/, (_all, name: string) => c.didYouMean(name)));
  return [`${c.error}: ${message}`, ...suggestion].join('\n');
}
