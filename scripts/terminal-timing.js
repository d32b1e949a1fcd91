// How long a command takes to show some text in a real terminal (or to exit), for the start-up figures of
// `npm run bench` and scripts/time-to-first-question.js. node-pty is a dev dependency, as these scripts are.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from 'node-pty';

const env = { ...process.env, TERM: 'xterm-256color' };
delete env.CI;

/** Milliseconds from spawning `node args` in a terminal, in an empty folder, until `until` is on screen (or until it exits). */
export function timeInTerminal(args, until) {
  const cwd = mkdtempSync(join(tmpdir(), 'ce-plan-ttfq-'));
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const term = pty.spawn(process.execPath, args, { cols: 120, rows: 40, cwd, env });
    let output = '';
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      term.kill();
      rmSync(cwd, { recursive: true, force: true });
      resolve(ms);
    };
    term.onData((data) => {
      output += data;
      if (until && output.includes(until)) finish();
    });
    term.onExit(({ exitCode }) => {
      if (until && !finished) {
        rmSync(cwd, { recursive: true, force: true });
        reject(new Error(`exited ${exitCode} before showing "${until}":\n${output}`));
      } else finish();
    });
  });
}
