// Runs the built CLI as a user would: a child process with its own streams and exit code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/ce-plan.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  nodeArgs?: string[];
}

/** The environment a run starts from: this one without colour or CI settings, so each test sets exactly what it means to test. */
export function cliEnv(more: CliOptions['env'] = {}): Record<string, string | undefined> {
  return { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...more };
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const env = cliEnv(options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** What a stack trace looks like in Node's output; user errors must never show one. */
export const STACK_TRACE = /^\s+at .+[(:]\d+/m;
