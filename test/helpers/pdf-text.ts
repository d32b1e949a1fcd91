// The text of a printed PDF, page by page and line by line, read with pdf.js (Mozilla's PDF reader), so
// tests can see where a printed page ends: which line is last on it, and how large its type is.
interface TextItem {
  str: string;
  transform: number[];
  height: number;
}

/** One printed line: its text, its height on the page (in points) and the size of its largest type. */
export interface PdfLine {
  y: number;
  text: string;
  size: number;
}

/** Each page's lines, top first. */
export async function pdfLines(pdf: Uint8Array): Promise<PdfLine[][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js copies the data it is given; standard fonts are not needed to read text.
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfLine[][] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const content = await (await document.getPage(p)).getTextContent();
    const byY = new Map<number, PdfLine>();
    for (const item of content.items as TextItem[]) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5]!);
      const line = byY.get(y) ?? { y, text: '', size: 0 };
      line.text += item.str;
      line.size = Math.max(line.size, Math.round(Math.abs(item.transform[3]!) * 10) / 10);
      byY.set(y, line);
    }
    pages.push([...byY.values()].sort((a, b) => b.y - a.y));
    await document.cleanup();
  }
  await document.destroy();
  return pages;
}
