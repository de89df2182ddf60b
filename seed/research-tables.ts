import type { JicaAspect, ProblemArea, SurveyQuestion } from "../src/domain/vocabulary";

/**
 * The numbers printed in Tables 3 to 8 of the research (research/001), as the seed must
 * reproduce them. Keys are the three measured metal sentra.
 */
export const MEASURED_SENTRA = {
  ceper: "sentra-ceper-metal-casting",
  juwana: "sentra-juwana-brass-craft",
  tegal: "sentra-tegal-metal-engineering",
} as const;
export type MeasuredSentra = keyof typeof MEASURED_SENTRA;

export const SURVEY_ROUND_ID = "round-metal-clusters-study";

/** Table 3: mean, min, max per aspect; the printed sum of means. Klaten's information max is not printed. */
export const TABLE_3: Record<MeasuredSentra, { aspects: Record<JicaAspect, [number, number, number | null]>; sum: number }> = {
  ceper: {
    aspects: { product: [3, 3, 3], technology: [3, 3, 3], market: [3, 3, 3], skills: [2, 1, 3], trust: [3, 3, 3], information: [3, 3, null] },
    sum: 17,
  },
  juwana: {
    aspects: { product: [4, 1, 5], technology: [3, 1, 5], market: [2, 1, 5], skills: [2, 1, 5], trust: [3, 1, 5], information: [2, 1, 5] },
    sum: 16,
  },
  tegal: {
    aspects: { product: [3, 1, 5], technology: [2, 1, 3], market: [3, 1, 3], skills: [2, 1, 3], trust: [3, 3, 3], information: [4, 1, 5] },
    sum: 17,
  },
};

export interface CooperationCounts {
  yes: number;
  no: number;
  passive: number | null;
  active: number | null;
  proactive: number | null;
  answered: number;
}

/** Tables 4 to 7: firms that cooperate, and how, per question. Table 7 prints no intensity. */
export const TABLES_4_TO_7: Record<SurveyQuestion, Record<MeasuredSentra, CooperationCounts>> = {
  SAME_TYPE: {
    ceper: { yes: 4, no: 8, passive: 2, active: 2, proactive: 0, answered: 12 },
    juwana: { yes: 13, no: 4, passive: 5, active: 5, proactive: 3, answered: 17 },
    tegal: { yes: 17, no: 2, passive: 7, active: 10, proactive: 0, answered: 19 },
  },
  UPSTREAM: {
    ceper: { yes: 4, no: 2, passive: 2, active: 2, proactive: 0, answered: 6 },
    juwana: { yes: 13, no: 0, passive: 9, active: 4, proactive: 0, answered: 13 },
    tegal: { yes: 17, no: 5, passive: 6, active: 11, proactive: 0, answered: 22 },
  },
  DOWNSTREAM: {
    ceper: { yes: 4, no: 2, passive: 2, active: 2, proactive: 0, answered: 6 },
    juwana: { yes: 13, no: 2, passive: 7, active: 6, proactive: 0, answered: 15 },
    tegal: { yes: 17, no: 2, passive: 13, active: 3, proactive: 1, answered: 19 },
  },
  SUPPORTING: {
    ceper: { yes: 4, no: 0, passive: null, active: null, proactive: null, answered: 4 },
    juwana: { yes: 11, no: 3, passive: null, active: null, proactive: null, answered: 14 },
    tegal: { yes: 9, no: 8, passive: null, active: null, proactive: null, answered: 17 },
  },
};

/** Table 8: joint problem-solving score per location. */
export const TABLE_8: Record<MeasuredSentra, Record<ProblemArea, number>> = {
  ceper: { rawMaterial: 3, auxiliaryMaterial: 2, production: 3, marketing: 2 },
  juwana: { rawMaterial: 4, auxiliaryMaterial: 3, production: 4, marketing: 3 },
  tegal: { rawMaterial: 3, auxiliaryMaterial: 3, production: 3, marketing: 3 },
};

/** Table 8's printed bottom row, which is not the plain mean of the three rows above it. */
export const TABLE_8_PRINTED_AVERAGES: Record<ProblemArea, number> = {
  rawMaterial: 3.3,
  auxiliaryMaterial: 2.8,
  production: 2.8,
  marketing: 2.9,
};

/** research/003 Table 1: the Tegal beef-cattle cluster, 2002 to 2004. */
export const TEGAL_BEEF_CATTLE: Record<string, { unit: string; values: [number, number, number] }> = {
  cattle: { unit: "head", values: [6406, 6454, 6646] },
  meatProduced: { unit: "kg", values: [7835200, 8076400, 8121320] },
  meatDemand: { unit: "kg", values: [13700852, 14544652, 15442721] },
  farmingHouseholds: { unit: "households", values: [2176, 2272, 2291] },
  incomePerFarmer: { unit: "Rp/year", values: [6660000, 6900000, 7250000] },
};
export const TEGAL_BEEF_CATTLE_YEARS = [2002, 2003, 2004] as const;
