// A form export's bytes and its text: read whole (exports are a few megabytes), refusing folders,
// devices and files too large to be one; decoded as UTF-8, UTF-16 by its byte order mark, or the
// encoding asked for.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { START } from '../../core/diagnostics.js';
import { UsageError } from '../../core/errors.js';
import { failure, type Result } from '../../core/result.js';
import type { Words } from '../../core/words/index.js';
import { mib, unreadableReason } from '../../io/read-source.js';

/**
 * Exports from form tools run to a few megabytes for thousands of responses; this leaves room for
 * long free text, and keeps a stray file from filling the memory.
 */
const MAX_SHEET_BYTES = 64 * 1024 * 1024;

/** Reads a file's bytes, refusing folders, devices and files too large to be a form tool's export. */
export function readSheetBytes(file: string, words: Words): Result<Buffer> {
  const say = words.findings.reading;
  try {
    const info = statSync(file);
    if (info.isDirectory()) return failure(file, 'unreadable', say.folder, START, true);
    if (!info.isFile()) return failure(file, 'unreadable', say.notRegular(false), START, true);
    if (info.size > MAX_SHEET_BYTES) {
      return failure(file, 'file-too-large', say.exportTooLarge(mib(info.size), mib(MAX_SHEET_BYTES)), START, true);
    }
    const bytes = Buffer.allocUnsafe(info.size);
    const fd = openSync(file, 'r');
    let read = 0;
    try {
      for (let n = 1; read < info.size && n > 0; read += n) n = readSync(fd, bytes, read, info.size - read, null);
    } finally {
      closeSync(fd);
    }
    return { ok: true, value: bytes.subarray(0, read), diagnostics: [] };
  } catch (error) {
    return failure(file, 'unreadable', unreadableReason(error, say), START, true);
  }
}

/** The encodings `--encoding` takes, checked before a file is read. */
export function checkEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new UsageError((w) => w.errors.unknownEncoding(JSON.stringify(label)));
  }
}

/**
 * The file's text. UTF-8 by default, UTF-16 by its byte order mark, or the encoding asked for. Bytes that
 * are not UTF-8 become U+FFFD and `misencoded` is set, so only the cells they fall in are refused and
 * every other row still reads.
 */
export function decodeText(file: string, bytes: Uint8Array, words: Words, encoding?: string): Result<{ text: string; misencoded: boolean }> {
  let label = encoding;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [label, start] = [label ?? 'utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, start] = [label ?? 'utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, start] = [label ?? 'utf-16be', 2];
  label ??= 'utf-8';
  const body = bytes.subarray(start);
  const sixteen = label.toLowerCase().startsWith('utf-16');
  if (!sixteen) {
    const nul = body.indexOf(0);
    if (nul !== -1) return failure(file, 'not-text', words.findings.reading.exportZeroByte(nul + start), START, true);
  }
  if (new TextDecoder(label).encoding === 'windows-1252') return { ok: true, value: { text: decodeWindows1252(body), misencoded: false }, diagnostics: [] };
  try {
    return { ok: true, value: { text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body), misencoded: false }, diagnostics: [] };
  } catch {
    return { ok: true, value: { text: new TextDecoder(label, { ignoreBOM: true }).decode(body), misencoded: true }, diagnostics: [] };
  }
}

/** Windows-1252's characters at 0x80–0x9F (the five it leaves out stay as they are, as the WHATWG Encoding Standard has it). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252, as Excel's "CSV" saves on a UK or US Windows. Node 20's TextDecoder reads it as
 * ISO-8859-1, turning its curly quotes and dashes (0x80–0x9F) into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
