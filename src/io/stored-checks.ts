// The build checks each built-in bank once and stores the clean result in dist/.bank-checks/, named by
// a SHA-256 of the bank's text, so a run (and every worker thread of a batch) starts without parsing
// and checking it again: a cold parse of the full bank takes over 100 ms. An edited bank has another
// hash and is checked afresh. The store belongs to the build that made it (`npm run build` replaces
// it after compiling), so only the built code reads it; tests run the sources and check every bank.
import { textHash } from './text-hash.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Bank } from '../core/schema.js';
import { STORED_BANK_CHECKS } from './paths.js';

/** What the build stores of a bank that loaded clean: the bank as checked, and its warnings. */
export interface StoredCheck {
  bank: Bank;
  diagnostics: Diagnostic[];
}

const FROM_BUILD = import.meta.url.endsWith('.js');

/** Where the build stores its check of a bank with this text. */
export function storedCheckPath(text: string): string {
  return join(STORED_BANK_CHECKS, `${textHash(text)}.json`);
}

export function readStoredCheck(text: string): StoredCheck | undefined {
  if (!FROM_BUILD) return undefined;
  try {
    return JSON.parse(readFileSync(storedCheckPath(text), 'utf8')) as StoredCheck;
  } catch {
    return undefined; // none for this text, or unreadable: check it now
  }
}
