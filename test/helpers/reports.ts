// Reports made from the same answers by different paths (a YAML file, an imported copy, a form export's
// row) differ only in what they say they were made from: their provenance. Tests that hold them to one
// another compare them without it.
const MADE_FROM = /(?:\n- | )?Made by ce-plan [^\n<"]*?; ce-plan verify checks the JSON report against them\./g;

export function withoutProvenance(text: string, extension: string): string {
  if (extension !== 'json') return text.replace(MADE_FROM, '');
  const { provenance: _from, ...report } = JSON.parse(text) as Record<string, unknown> & { reading?: string[] };
  return JSON.stringify({ ...report, reading: report.reading?.filter((line) => !line.startsWith('Made by ')) }, null, 2);
}
