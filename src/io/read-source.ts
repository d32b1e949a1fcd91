// Reads a ce-plan file (or stdin) as UTF-8 text, refusing what is too large or not text. Kept apart from
// the YAML parser, so a batch's main thread can read each file as it hands it out without loading yaml.
// Synchronous reads on purpose: files are small, and a batch reads thousands of them, where the
// thread-pool round trips of fs/promises cost more than the reads themselves.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { START } from '../core/diagnostics.js';
import { failure, type Result } from '../core/result.js';
import type { Words } from '../core/words/index.js';

/** Banks and answer files are a few hundred kilobytes at most; anything far larger is not one. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Reads a file (or `-` for stdin) as UTF-8 text, refusing what is too large or not text (said in `words`' language). */
export async function readSource(file: string, words: Words, stdin?: NodeJS.ReadableStream): Promise<Result<string>> {
  if (file !== '-' || stdin === undefined) return readFileSource(file, words);
  const say = words.findings.reading;
  let bytes: Buffer;
  try {
    bytes = await readLimited(stdin, MAX_FILE_BYTES + 1);
  } catch (error) {
    return unreadable(file, error, say);
  }
  return textOf(file, bytes, say);
}

/** Reads a file (not stdin) as UTF-8 text, at once. */
function readFileSource(file: string, words: Words): Result<string> {
  const bytes = readFileBytes(file, words);
  return bytes.ok ? decodeSource(file, bytes.value, words) : bytes;
}

/**
 * Reads a file (not stdin) at once, refusing what is too large, and leaves the decoding (decodeSource)
 * to whoever takes it: what a batch's main thread does as it hands files out. The bytes have an
 * ArrayBuffer of their own, so they can be transferred to another thread; made into text here, each
 * file's text was most of what this thread allocated, and its collections of the young generation
 * came often enough that what survived them made V8 grow it.
 */
export function readFileBytes(file: string, words: Words): Result<Uint8Array<ArrayBuffer>> {
  const say = words.findings.reading;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    // Measured before it is opened: opening a pipe or a device can block, or take input meant for another.
    const info = statSync(file);
    if (info.isDirectory()) return failure(file, 'unreadable', say.folder, START, true);
    // Devices and pipes report no useful size and may never end: only plain files are read.
    if (!info.isFile()) return failure(file, 'unreadable', say.notRegular(true), START, true);
    if (info.size > MAX_FILE_BYTES) return tooLarge(file, info.size, say);
    bytes = readUpTo(file, MAX_FILE_BYTES + 1, info.size);
  } catch (error) {
    return unreadable(file, error, say);
  }
  return bytes.length > MAX_FILE_BYTES ? tooLarge(file, bytes.length, say) : { ok: true, value: bytes, diagnostics: [] };
}

/** A file's bytes (readFileBytes) as UTF-8 text, refusing what is not text. */
export function decodeSource(file: string, bytes: Uint8Array, words: Words): Result<string> {
  return decodeText(file, bytes, words.findings.reading);
}

type Reading = Words['findings']['reading'];

/** Why a file could not be opened or read, as a finding says it. */
export function unreadableReason(error: unknown, say: Reading): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? say.noSuchFile : code === 'EACCES' ? say.permissionDenied : say.cannotRead(code ?? String(error));
}

const unreadable = (file: string, error: unknown, say: Reading) => failure(file, 'unreadable', unreadableReason(error, say), START, true);

function textOf(file: string, bytes: Buffer, say: Reading): Result<string> {
  return bytes.length > MAX_FILE_BYTES ? tooLarge(file, bytes.length, say) : decodeText(file, bytes, say);
}

export const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

function tooLarge(file: string, size: number, say: Reading) {
  return failure(file, 'file-too-large', say.tooLarge(mib(size), mib(MAX_FILE_BYTES)), START, true);
}

/** Reads at most `limit` bytes, in case the file grew after it was measured, into an ArrayBuffer of their own. */
function readUpTo(file: string, limit: number, expected: number): Uint8Array<ArrayBuffer> {
  const fd = openSync(file, 'r');
  try {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let total = 0;
    while (total < limit) {
      // Not from Buffer's shared pool, whose ArrayBuffer holds other buffers too.
      const chunk = new Uint8Array(Math.min(limit - total, Math.max(expected - total, 0) + 1));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      // Short of the one byte asked beyond the measured size: the file has not grown, and that is its end.
      // (A short read before that size, as network file systems give, reads on.)
      if (read < chunk.length && total >= expected) break;
    }
    if (chunks.length === 1) return chunks[0]!;
    const whole = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    return whole;
  } finally {
    closeSync(fd);
  }
}

async function readLimited(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    total += buffer.length;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks);
}

// Decoding a whole buffer at once keeps no state between calls, so one decoder serves every file.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decodeText(file: string, bytes: Uint8Array, say: Reading): Result<string> {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return failure(file, 'not-text', say.zeroByte(nul), START, true);
  try {
    const text = utf8.decode(bytes);
    return { ok: true, value: text, diagnostics: [] };
  } catch {
    return failure(file, 'not-text', say.notUtf8, START, true);
  }
}
