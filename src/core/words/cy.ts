import type { Words } from './en.js';
export const cy: Words = {
  untranslated: (text: string) => `[Saesneg] ${text}`,
};
