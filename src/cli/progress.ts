// A progress bar for long batches, on a terminal only, redrawn at most a few times a second.
import type { TerminalStream } from './io.js';

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
    const filled = Math.round((count / total) * WIDTH);
    stream.write(`\r${label} ${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${count}/${total}`);
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
