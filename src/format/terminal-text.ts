// Untrusted text on its way to a terminal: answer keys and values, bank keys and versions, organisation
// names, file names. A terminal obeys the control characters in what it prints: ESC starts sequences
// that set the window title, clear the screen or recolour what follows, CR and a newline can overwrite
// or fake a line, and Unicode's bidirectional controls can make text read in another order. Every
// message, finding and `wrote` line passes through here where it is printed, so no path can forget it.

/** C0 and C1 controls, DEL, and Unicode's invisible format characters (bidirectional overrides and isolates, zero-width ones). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A character as an escape that reads as text: `\n`, `\u001b`. */
const shown = (c: string): string => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for one line of a terminal: every control and invisible format character shown as an escape, newlines too. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, shown);
}

/** A document for a terminal (a report or comparison printed, JSON): as terminalText, but keeping its newlines and tabs. */
export function terminalLines(text: string): string {
  return text.replace(UNSAFE_IN_LINES, shown);
}
