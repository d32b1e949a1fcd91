export const en = {
  untranslated: (text: string) => text,
};
export type Words = typeof en;
