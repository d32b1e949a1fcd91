// What went wrong in a report template, in words that name the template and the place: a template is
// code (Eta runs the JavaScript in its tags), so it can fail to parse, fail on a report, or throw
// anything at all, and none of it is a bug in ce-plan.

/** Eta's own parse errors: "unclosed tag at line 2 col 1:", and a picture of the line. */
const UNCLOSED = /^unclosed (tag|string|comment) at line (\d+) col (\d+)/;

const WHAT_IS_UNCLOSED: Record<string, (at: string) => string> = {
  tag: (at) => `the "<%" tag opened at ${at} is never closed with "%>"`,
  string: (at) => `the string opened at ${at}, inside a tag, is never closed by its quote`,
  comment: (at) => `the /* comment opened at ${at}, inside a tag, is never closed with */`,
};

/** `name` is the template's file (or "the built-in report template"); `compiling` is false for a failure on a report. */
export function templateErrorMessage(error: unknown, name: string, compiling: boolean): string {
  const message = messageOf(error);
  const unclosed = UNCLOSED.exec(message);
  if (unclosed) return `${name} does not parse: ${WHAT_IS_UNCLOSED[unclosed[1]!]!(`line ${unclosed[2]}, column ${unclosed[3]}`)}`;
  const lines = message.split('\n');
  // The JavaScript Eta makes of the tags does not parse: the reason is on the third line.
  if (compiling && lines[0] === 'Bad template syntax' && lines[2] !== undefined) {
    return `${name} does not parse: its JavaScript has an error (${lines[2]}); check that each { or ( opened in a <% %> tag is closed in a later one`;
  }
  return compiling ? `${name} has an error: ${lines[0]}` : `${name} failed on this report: ${lines[0]}`;
}

/** The message of anything thrown, safely: a template can throw a value with no prototype, or one whose every property throws. */
function messageOf(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name === 'Error' || error.name === 'EtaParser Error' ? '' : `${error.name}: `}${String(error.message)}`;
    if (error === null || (typeof error !== 'object' && typeof error !== 'function')) return `it threw ${String(error)}`;
  } catch {
    // A getter or a proxy that throws: described below, as any other value.
  }
  return 'it threw a value that is not an Error';
}
