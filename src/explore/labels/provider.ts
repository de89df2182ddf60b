/** The provider texts of the explorer, in English and Indonesian (merged into UI in ../labels.ts). */
export const PROVIDER_TEXTS: Record<string, [en: string, id: string]> = {};
