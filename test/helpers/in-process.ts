// Runs ce-plan's `main(argv, io)` in this process, with streams that keep what it writes: for tests where
// the process itself (its exit, signals, pipes, permissions, flags to node) is not what is tested. It takes
// runCli's options and starts from the same environment, so a test moves between the two by its name alone.
// No `cwd`: files are read and written relative to this process's folder (the project's root under jest, as runCli's
// default), whatever `io.cwd` says, so a test that runs ce-plan from another folder stays a process.
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { main as Main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/host.js';
import { cliEnv, ROOT, type CliOptions } from './cli.js';

// The built main, as the built CLI runs it (tests build first, as for runCli): a large batch's worker threads
// load the built modules beside it, which they could not do beside the TypeScript sources.
const { main } = (await import(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href)) as { main: typeof Main };

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

function keep(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

export async function runInProcess(args: string[], options: Omit<CliOptions, 'nodeArgs' | 'cwd'> = {}): Promise<InProcessResult> {
  const stdout = keep();
  const stderr = keep();
  // As runCli's child gets it: the input, then the end of stdin.
  const stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]);
  const io: Io = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    env: cliEnv(options.env),
    cwd: process.cwd(),
    pid: process.pid,
    onSignals: () => () => {},
  };
  const code = await main(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
