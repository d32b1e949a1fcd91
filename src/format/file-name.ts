// The one way an organisation's name becomes a file name, for `import`'s answer files, `--combine`'s
// reports and every other file named after an organisation: lower case, accents dropped, words joined by
// "-", cut on whole characters, and never a name Windows keeps for a device.

/** Names Windows keeps for devices: no file may be called them, whatever its extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** Long enough to tell organisations apart, short enough for any file system with a suffix and an extension. */
const MAX_CHARACTERS = 60;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** "Café Noël" → "cafe-noel": the words of a text, as one file-name word. */
function words(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** At most `limit` characters as a reader counts them (grapheme clusters): never half of one. */
function cut(text: string, limit: number): string {
  // No more units than the limit is no more characters; printable ASCII is one character a unit (most names).
  if (text.length <= limit) return text;
  if (/^[\x20-\x7e]*$/.test(text)) return text.slice(0, limit);
  let end = 0;
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (count++ === limit) break;
    end += segment.length;
  }
  return text.slice(0, end);
}

/**
 * An organisation's file name, without extension: its name, then its area unless the name already holds
 * it ("Café Noël" in "Zürich" → `cafe-noel-zurich`; "Northfield CSG" in "Northfield" → `northfield-csg`),
 * or `fallback` when neither has a letter or digit; a device name gets "-group" after it (`con-group`).
 */
export function organisationFileName({ name, area }: { name: string; area?: string | undefined }, fallback: string): string {
  const own = words(name);
  const place = words(area ?? '');
  const holds = place !== '' && `-${own}-`.includes(`-${place}-`);
  const joined = place === '' || holds ? own : own === '' ? place : `${own}-${place}`;
  const short = cut(joined, MAX_CHARACTERS).replace(/-+$/, '');
  if (short === '') return fallback;
  return RESERVED.test(short) ? `${short}-group` : short;
}

/**
 * Names for a run's files in order, each unique: the same name again gets "-2", "-3"…, and a name that
 * happens to end in "-2" never meets a second of another.
 */
export function uniqueNames(stems: readonly (string | undefined)[]): (string | undefined)[] {
  const used = new Map<string, number>();
  const named = stems.map((stem) => {
    if (stem === undefined) return undefined;
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    return n === 1 ? stem : `${stem}-${n}`;
  });
  const seen = new Set<string>();
  return named.map((stem) => {
    if (stem === undefined) return undefined;
    let unique = stem;
    for (let n = 2; seen.has(unique); n++) unique = `${stem}-${n}`;
    seen.add(unique);
    return unique;
  });
}
