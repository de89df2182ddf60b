/**
 * research/003 Table 1: performance of the Tegal beef-cattle cluster, 2002 to 2004.
 *
 * No `firms` statistic (units of business in a sentra, which the concentration criteria read) is
 * seeded: no research text states how many firms a seeded sentra has. research/001 counts the firms
 * interviewed ("48 IKM"), a sample; research/003's "sekitar 400 unit UKM" are PNM's borrowers across
 * Jawa Tengah, and its "5 perusahaan" of Trangsan are the firms that made new products, not the
 * klaster's size. Without one, a sample below a concentration line leaves the criterion undetermined.
 */
import type { StatisticSeed } from "../../src/domain/dataset";

const SAPI = "sentra-tegal-beef-cattle";

/** [measure, unit, 2002, 2003, 2004] as printed (Indonesian thousands separators removed). */
const ROWS: Array<[string, string, number, number, number]> = [
  ["cattle", "head", 6406, 6454, 6646],
  ["meatProduced", "kg", 7835200, 8076400, 8121320],
  ["meatDemand", "kg", 13700852, 14544652, 15442721],
  ["farmingHouseholds", "households", 2176, 2272, 2291],
  ["incomePerFarmer", "Rp/year", 6660000, 6900000, 7250000],
];

export const statistics: StatisticSeed[] = ROWS.flatMap(([measure, unit, ...values]) =>
  values.map((value, i) => {
    const year = 2002 + i;
    const slug = measure.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return { id: `stat-tegal-beef-cattle-${slug}-${year}`, sentraId: SAPI, year, measure, value, unit };
  }),
);
