/** The country texts of the explorer, in English and Indonesian (merged into UI in ../labels.ts). */
export const COUNTRY_TEXTS: Record<string, [en: string, id: string]> = {};
