// A progress bar for long batches, on a terminal only, redrawn at most a few times a second.
import { bar } from '../format/bar.js';
import type { TerminalStream } from './host.js';

export interface Progress {
  /** Whether a bar is drawn at all. */
  readonly visible: boolean;
  tick(): void;
  /** Wipes the bar so a message can be printed; the next tick draws it again. */
  clear(): void;
}

const quiet: Progress = { visible: false, tick() {}, clear() {} };
const WIDTH = 30;
const INTERVAL_MS = 100;

export function progressBar(stream: TerminalStream, total: number, label: string): Progress {
  if (!stream.isTTY || total < 2) return quiet;
  let count = 0;
  let lastDraw = 0;
  const draw = () => {
    stream.write(`\r${label} ${bar(count / total, WIDTH)} ${count}/${total}`);
  };
  return {
    visible: true,
    tick() {
      count++;
      const now = Date.now();
      if (now - lastDraw >= INTERVAL_MS || count === total) {
        lastDraw = now;
        draw();
      }
    },
    clear() {
      stream.write('\r\x1b[2K');
      lastDraw = 0;
    },
  };
}
