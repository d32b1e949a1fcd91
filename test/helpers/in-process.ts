// `main` run in this process, as a user would run the CLI, with its output kept: for tests of what a
// command writes and says, where the process itself (signals, pipes, exit) is not what is tested.
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/host.js';
import { main } from '../../src/cli/main.js';

export async function runMain(args: readonly string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  const kept = { stdout: '', stderr: '' };
  const sink = (name: keyof typeof kept) =>
    new Writable({
      write(chunk, _encoding, done) {
        kept[name] += String(chunk);
        done();
      },
    });
  const io: Io = {
    stdout: sink('stdout'),
    stderr: sink('stderr'),
    stdin: Readable.from([]),
    env: { NO_COLOR: '1' },
    cwd,
    pid: process.pid,
    onSignals: () => () => {},
  };
  return { code: await main(args, io), ...kept };
}
