// markdown-it 15 ships no types; this is the part of its API the tests use.
declare module 'markdown-it' {
  interface LinkifyIt {
    set(options: { fuzzyLink?: boolean; fuzzyEmail?: boolean; fuzzyIP?: boolean }): LinkifyIt;
  }
  export default class MarkdownIt {
    constructor(options?: { html?: boolean; linkify?: boolean; typographer?: boolean });
    readonly linkify: LinkifyIt;
    render(source: string): string;
  }
}
