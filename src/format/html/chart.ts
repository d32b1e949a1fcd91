// A horizontal bar chart as inline SVG, for the HTML report and the HTML cohort summary. Bars come in
// the order given (the callers sort them, highest first); each is labelled on its left, at most two
// lines, and on its right with its score and its band's name, so the band is never told by colour alone:
// each band also has its own fill pattern, shown in a key. All text is escaped here.
import { en } from '../../core/words/en.js';
import { mapped } from '../../core/lists.js';
import { escapeHtml } from './escape.js';

/** A band of the bank, lowest first. */
interface ChartBand {
  label: string;
  min: number;
}

interface ChartBar {
  label: string;
  /** 0–100. */
  value: number;
  /** The bar's band, as an index into `bands`. */
  band: number;
  /** A short note after the band, such as "×2" for an area that counts double. */
  note?: string;
}

interface ChartOptions {
  /** Prefixes the ids the chart defines, so two charts can share a page. */
  id: string;
  /** The chart's accessible name. */
  title: string;
  bars: readonly ChartBar[];
  bands: readonly ChartBand[];
  /** A dashed line across the bars, such as where the top band starts, with a short label above it. */
  line?: { value: number; label: string };
  /** The key's words, in the page's language: its name, and a band with where it starts. */
  key?: { name: string; from: (band: string, min: number) => string };
}

const ENGLISH_KEY: NonNullable<ChartOptions['key']> = { name: en.report.chartKey, from: en.report.chartFrom };

// The geometry, in SVG units: the chart is drawn at its own width, which is about the width of an A4
// page's text, so on paper and on a wide screen one unit is about one CSS pixel.
const WIDTH = 680;
const FONT = 11;
const LINE = 12;
const LABEL_RIGHT = 322; // labels end here
const BAR_X = 330;
const BAR_WIDTH = 240; // a score of 100
const BAR_HEIGHT = 12;
const ROW_GAP = 2;
const TOP = 20; // room for the line's label
const AXIS = 22;
const MAX_LINES = 2;

// Advance widths in ems of a wide sans-serif (DejaVu Sans, Debian's default; Arial and Helvetica are
// narrower), so a label measured here is never wider on the page than it was measured.
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_WIDTHS = [
  0.62, 0.64, 0.55, 0.64, 0.62, 0.36, 0.64, 0.64, 0.28, 0.28, 0.58, 0.28, 0.98, 0.64, 0.62, 0.64, 0.64, 0.42, 0.53, 0.4, 0.64, 0.6, 0.82, 0.6, 0.6, 0.53,
];

function charWidth(c: string): number {
  const lower = LOWER.indexOf(c);
  if (lower >= 0) return LOWER_WIDTHS[lower]!;
  if (c === ' ' || ",.:;'!|".includes(c)) return 0.32;
  if (c === 'I' || c === 'J') return 0.32;
  if (c === 'M' || c === 'W') return 1;
  if (/[A-Z]/.test(c)) return 0.78;
  if (/[0-9]/.test(c)) return 0.64;
  if (c.codePointAt(0)! < 0x80) return 0.84;
  return 1; // anything else (accents, symbols, CJK): as wide as the widest
}

/** The width of a line of text at `size`, in the chart's units. */
function textWidth(text: string, size = FONT): number {
  let ems = 0;
  for (const c of text) ems += charWidth(c);
  return ems * size;
}

/** Cuts text to fit `width`, ending it with "…" when anything was cut. */
function fit(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let kept = '';
  for (const c of text) {
    if (textWidth(`${kept}${c}…`) > width) break;
    kept += c;
  }
  return `${kept.trimEnd()}…`;
}

/** A label broken into at most `MAX_LINES` lines that each fit `width`; the last one ends in "…" if the label is longer. */
export function wrapLabel(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line === '' ? word : `${line} ${word}`;
    if (textWidth(next) <= width) {
      line = next;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    if (lines.length === MAX_LINES - 1) {
      lines.push(fit(words.slice(i).join(' '), width));
      return lines;
    }
    // A word too long for a line by itself is cut.
    if (textWidth(line) > width) {
      lines.push(fit(line, width));
      line = '';
      if (lines.length === MAX_LINES) return lines;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

// Colours from a red–blue scale that reads for the common colour blindnesses, lowest band first.
const COLOURS = ['#b2182b', '#d6604d', '#4393c3', '#2166ac'];
const PATTERNS = ['cross', 'diagonal', 'dots', 'horizontal'] as const;

function colourOf(band: number, bands: number): string {
  return COLOURS[bands <= 1 ? COLOURS.length - 1 : Math.round((band * (COLOURS.length - 1)) / (bands - 1))]!;
}

/** A light tint of a colour, as the ground of a pattern. */
function tint(hex: string): string {
  const channel = (i: number) =>
    Math.round(255 - (255 - parseInt(hex.slice(i, i + 2), 16)) * 0.22)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** How a band is drawn, for a chart drawn elsewhere (the Word report's picture): its colour, the tint under its pattern, and the pattern (none for the top band). */
export function bandLook(band: number, bands: number): { colour: string; ground: string; pattern: (typeof PATTERNS)[number] | null } {
  const colour = colourOf(band, bands);
  return { colour, ground: tint(colour), pattern: band === bands - 1 ? null : PATTERNS[band % PATTERNS.length]! };
}

/** The fill of a band: the top band solid, every other band a pattern of its own over a tint. */
function patternDef(id: string, band: number, bands: number): string {
  const colour = colourOf(band, bands);
  if (band === bands - 1) return '';
  const kind = PATTERNS[band % PATTERNS.length]!;
  const marks = {
    cross: `<path d="M0 0L8 8M8 0L0 8" stroke="${colour}" stroke-width="1.6"/>`,
    diagonal: `<path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" stroke="${colour}" stroke-width="2.2"/>`,
    dots: `<circle cx="2" cy="2" r="1.6" fill="${colour}"/><circle cx="6" cy="6" r="1.6" fill="${colour}"/>`,
    horizontal: `<path d="M0 2H8M0 6H8" stroke="${colour}" stroke-width="1.6"/>`,
  }[kind];
  return `<pattern id="${id}-band-${band}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${tint(colour)}"/>${marks}</pattern>`;
}

const fillOf = (id: string, band: number, bands: number) => (band === bands - 1 ? colourOf(band, bands) : `url(#${id}-band-${band})`);

const x = (value: number) => BAR_X + (Math.min(100, Math.max(0, value)) / 100) * BAR_WIDTH;
const num = (n: number) => String(Math.round(n * 10) / 10);

/** The chart as a `<figure>`: the SVG, then a key to the bands' patterns. */
export function barChart({ id, title, bars, bands, line, key: words = ENGLISH_KEY }: ChartOptions): string {
  const rows: string[] = [];
  let y = TOP;
  for (const bar of bars) {
    const lines = wrapLabel(bar.label, LABEL_RIGHT - 4);
    const height = Math.max(lines.length * LINE, BAR_HEIGHT);
    const middle = y + height / 2;
    const end = x(bar.value);
    const band = bands[bar.band]!;
    const note = bar.note ? ` ${bar.note}` : '';
    const value = `${bar.value} ${fit(band.label, WIDTH - end - 6 - textWidth(`${bar.value} ${note}`))}${note}`;
    const first = middle - ((lines.length - 1) * LINE) / 2;
    const label = mapped(lines, (text, i) => `<tspan x="${LABEL_RIGHT}" y="${num(first + i * LINE)}">${escapeHtml(text)}</tspan>`).join('');
    rows.push(
      `<g><title>${escapeHtml(`${bar.label}: ${bar.value}, ${band.label}${note}`)}</title>` +
        `<text class="label" text-anchor="end" dominant-baseline="middle">${label}</text>` +
        `<rect class="bar" x="${BAR_X}" y="${num(middle - BAR_HEIGHT / 2)}" width="${num(end - BAR_X)}" height="${BAR_HEIGHT}" fill="${fillOf(id, bar.band, bands.length)}" stroke="#222" stroke-width="1"/>` +
        // A white ground under the score, so no grid line runs through it.
        `<rect x="${num(end + 3)}" y="${num(middle - LINE / 2)}" width="${num(textWidth(value) + 6)}" height="${LINE}" fill="#fff"/>` +
        `<text class="value" x="${num(end + 6)}" y="${num(middle)}" dominant-baseline="middle">${escapeHtml(value)}</text></g>`,
    );
    y += height + ROW_GAP;
  }
  const bottom = y - ROW_GAP;
  const height = bottom + AXIS;
  const grid = mapped(
    [0, 25, 50, 75, 100],
    (v) =>
      `<line x1="${num(x(v))}" y1="${TOP - 4}" x2="${num(x(v))}" y2="${num(bottom + 4)}" stroke="#ddd"/><text class="axis" x="${num(x(v))}" y="${num(bottom + 17)}" text-anchor="middle">${v}</text>`,
  ).join('');
  const marker =
    line === undefined
      ? ''
      : `<line x1="${num(x(line.value))}" y1="${TOP - 6}" x2="${num(x(line.value))}" y2="${num(bottom + 4)}" stroke="#555" stroke-dasharray="4 3"/>` +
        `<text class="axis" x="${num(Math.min(x(line.value), WIDTH - textWidth(line.label, 11) / 2))}" y="${TOP - 9}" text-anchor="middle">${escapeHtml(line.label)}</text>`;
  const defs = mapped(bands, (_, i) => patternDef(id, i, bands.length)).join('');
  const svg =
    `<svg class="chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><defs>${defs}</defs>${grid}${marker}${rows.join('')}</svg>`;
  const key = mapped(
    bands,
    (band, i) =>
      `<li><svg class="swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="23" height="11" fill="${fillOf(id, i, bands.length)}" stroke="#222"/></svg> ${escapeHtml(words.from(band.label, band.min))}</li>`,
  ).join('');
  return `<figure class="chart">${svg}<figcaption><ul class="chart-key" aria-label="${escapeHtml(words.name)}">${key}</ul></figcaption></figure>`;
}
