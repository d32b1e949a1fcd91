// The scores as a bar chart in PNG, for the Word report: Word 2016 and later show the HTML report's
// own SVG chart, but LibreOffice and older readers show the picture it carries beside it, which this
// draws, without a browser: a bar per recommendation, highest first, in its band's colour and pattern
// (as the SVG draws them, so the band is not told by colour alone), its number in the table after the
// picture on its left, its score at its end, and grid lines at 0, 25, 50, 75 and 100. Its words are in
// the picture's alternative text and that table.
// pngjs (pure JavaScript) encodes it, loaded only here.
import { constants as zlib } from 'node:zlib';
import { bandLook } from '../html/chart.js';

interface PngBar {
  /** 0–100. */
  value: number;
  /** An index into the bank's bands, lowest first. */
  band: number;
}

/** Pixels: two for each unit of the HTML chart, so it stays sharp when printed at the width of a page. */
const SCALE = 2;
const LEFT = 30 * SCALE; // room for a bar's number
const BAR_WIDTH = 560 * SCALE; // a score of 100
const ROW = 22 * SCALE;
const BAR = 15 * SCALE;
const TOP = 8 * SCALE;
const RIGHT = 40 * SCALE; // room for a score after a full bar
const CHART_WIDTH = LEFT + BAR_WIDTH + RIGHT;

/** Digits in a 3×5 grid, a row a string, for the score at a bar's end. */
const DIGITS: Record<string, readonly string[]> = {
  '0': ['111', '101', '101', '101', '111'],
  '1': ['010', '110', '010', '010', '111'],
  '2': ['111', '001', '111', '100', '111'],
  '3': ['111', '001', '111', '001', '111'],
  '4': ['101', '101', '111', '001', '001'],
  '5': ['111', '100', '111', '001', '111'],
  '6': ['111', '100', '111', '101', '111'],
  '7': ['111', '001', '010', '010', '010'],
  '8': ['111', '101', '111', '101', '111'],
  '9': ['111', '101', '111', '001', '111'],
};
const DOT = 3 * SCALE; // a digit's dot, in pixels

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];
const GRID = rgb('#dddddd');
const TOP_BAND_LINE = rgb('#555555');
const INK = rgb('#1a1a1a');
const EDGE = rgb('#222222');

/**
 * How the pixels are packed. Rows of a bar chart mostly repeat the row above, so the "up" filter and
 * zlib's default strategy make a PNG a quarter of the size pngjs makes by default (its run-length
 * strategy, and a trial of every filter on every row), in a quarter of the time.
 */
const PACKING = { filterType: 2, deflateStrategy: zlib.Z_DEFAULT_STRATEGY, deflateLevel: 6 };

/** Whether a pattern marks the pixel (x, y) of a bar, in units of 8 × SCALE pixels as the SVG's patterns are. */
function marked(pattern: NonNullable<ReturnType<typeof bandLook>['pattern']>, x: number, y: number): boolean {
  const [u, v] = [Math.floor(x / SCALE) % 8, Math.floor(y / SCALE) % 8];
  switch (pattern) {
    case 'cross':
      return Math.abs(u - v) <= 0 || Math.abs(u + v - 7) <= 0;
    case 'diagonal':
      return (u + v) % 8 <= 1;
    case 'dots':
      return (Math.abs(u - 2) <= 1 && Math.abs(v - 2) <= 1) || (Math.abs(u - 6) <= 1 && Math.abs(v - 6) <= 1);
    case 'horizontal':
      return v === 2 || v === 6;
  }
}

/** The chart as PNG bytes, `line` marking where the top band starts. */
export async function chartPng(bars: readonly PngBar[], bands: number, line: number): Promise<{ png: Uint8Array }> {
  const { PNG } = (await import('pngjs')).default;
  const height = TOP * 2 + Math.max(1, bars.length) * ROW;
  const image = new PNG({ width: CHART_WIDTH, height });
  const set = (x: number, y: number, [r, g, b]: Rgb) => {
    if (x < 0 || y < 0 || x >= CHART_WIDTH || y >= height) return;
    const i = (y * CHART_WIDTH + x) * 4;
    image.data[i] = r;
    image.data[i + 1] = g;
    image.data[i + 2] = b;
    image.data[i + 3] = 255;
  };
  image.data.fill(255);
  const xOf = (value: number) => LEFT + Math.round((Math.min(100, Math.max(0, value)) / 100) * BAR_WIDTH);
  for (const grid of [0, 25, 50, 75, 100]) for (let y = 0; y < height; y++) set(xOf(grid), y, GRID);
  for (let y = 0; y < height; y++) if (Math.floor(y / (4 * SCALE)) % 2 === 0) for (let d = 0; d < SCALE; d++) set(xOf(line) + d, y, TOP_BAND_LINE);
  /** Draws a number in the digit grid, its top-left corner at (x, top of the bar). */
  const digits = (text: string, left: number, top: number) => {
    let x = left;
    for (const digit of text) {
      DIGITS[digit]!.forEach((row, r) => {
        for (let c = 0; c < 3; c++) {
          if (row[c] !== '1') continue;
          for (let dy = 0; dy < DOT; dy++) for (let dx = 0; dx < DOT; dx++) set(x + c * DOT + dx, top + (BAR - 5 * DOT) / 2 + r * DOT + dy, INK);
        }
      });
      x += 4 * DOT;
    }
  };
  bars.forEach((bar, i) => {
    const look = bandLook(bar.band, bands);
    const [colour, ground] = [rgb(look.colour), rgb(look.ground)];
    const top = TOP + i * ROW + (ROW - BAR) / 2;
    const end = xOf(bar.value);
    for (let y = top; y < top + BAR; y++) {
      for (let x = LEFT; x <= end; x++) {
        const edge = y - top < SCALE || top + BAR - 1 - y < SCALE || x - LEFT < SCALE || end - x < SCALE;
        set(x, y, edge ? EDGE : look.pattern === null || marked(look.pattern, x - LEFT, y - top) ? colour : ground);
      }
    }
    const number = String(i + 1);
    digits(number, LEFT - 4 * SCALE - (4 * number.length - 1) * DOT, top);
    digits(String(Math.round(bar.value)), end + 4 * SCALE, top);
  });
  return { png: new Uint8Array(PNG.sync.write(image, PACKING)) };
}
