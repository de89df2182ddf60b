/** The report texts of the explorer, in English and Indonesian (merged into UI in ../labels.ts). */
export const REPORT_TEXTS: Record<string, [en: string, id: string]> = {};
