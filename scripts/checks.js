// `npm test`'s checks before jest, side by side: each is one thread, and on two cores two of them take
// little longer than one. Each command's output is printed whole when it ends, so none interleave; the
// exit code is the first failure's.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
const runs = commands.map(
  (command) =>
    new Promise((resolve) => {
      const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) => {
        process.stdout.write(`> ${command}\n${Buffer.concat(output).toString()}`);
        resolve(code ?? (signal ? 1 : 0));
      });
    }),
);
const codes = await Promise.all(runs);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
