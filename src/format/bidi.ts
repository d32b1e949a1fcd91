// Text from an answer file or a bank sits inside ce-plan's own lines: a right-to-left override (U+202E)
// in an organisation's name would otherwise reverse the rest of the line it lands in, in the HTML, the
// printed PDF and rendered Markdown alike. Each escaper for those destinations isolates the text it is
// given: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, it keeps its own direction and any
// embedding or override inside it ends at the isolate's end (Unicode's bidirectional algorithm, UAX #9).

/** Explicit bidirectional formatting characters and marks, and the right-to-left scripts' letters. */
const BIDI = /[\u0590-\u08ff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** The text isolated when it holds anything that could change the direction of what is around it. */
export function isolateBidi(text: string): string {
  return BIDI.test(text) ? `\u2068${text}\u2069` : text;
}
