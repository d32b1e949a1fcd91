/** "1 report", "3 reports": an English count for ce-plan's own messages (the reports' words are in the catalogues). */
export const counted = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
