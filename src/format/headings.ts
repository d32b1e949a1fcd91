// Text as a Markdown heading.

/** Headings lose trailing punctuation (markdownlint MD026), so "Northfield Ltd." heads as "Northfield Ltd". */
export function headingText(text: string): string {
  return text.replace(/[.,;:!。，；：！\s]+$/u, '');
}
