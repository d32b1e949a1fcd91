// markdownlint-cli2 0.22 ships no types; this is the part of its API the tests use.
declare module 'markdownlint-cli2' {
  export function main(params: {
    directory?: string;
    argv?: string[];
    nonFileContents?: Record<string, string>;
    noImport?: boolean;
    logMessage?: (message: string) => void;
    logError?: (message: string) => void;
  }): Promise<number>;
}
