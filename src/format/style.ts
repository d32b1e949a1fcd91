// Formatters colour text through this interface, so they stay pure and tests can read plain output.
export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const same = (text: string) => text;
export const plainStyle: Style = { red: same, yellow: same, green: same, dim: same, bold: same, underline: same };
