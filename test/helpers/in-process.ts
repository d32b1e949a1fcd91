// Runs ce-plan's `main(argv, io)` in this process, with streams that keep what it writes: for tests where
// the process itself (its exit, signals, pipes, permissions) is not what is tested.
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/host.js';

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

export async function runInProcess(
  args: string[],
  { cwd = process.cwd(), env = { NO_COLOR: '1' } }: { cwd?: string; env?: Io['env'] } = {},
): Promise<InProcessResult> {
  const stdout = keep();
  const stderr = keep();
  const io: Io = { stdout: stdout.stream, stderr: stderr.stream, stdin: Readable.from([]), env, cwd, pid: process.pid, onSignals: () => () => {} };
  const code = await main(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
