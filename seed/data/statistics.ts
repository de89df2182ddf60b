/**
 * research/003 Table 1: performance of the Tegal beef-cattle cluster, 2002 to 2004.
 *
 * One seeded sentra's size is stated in a seed document: research/003 Table 1 ("Kinerja
 * Pengembangan Klaster Sapi Potong") counts the beef-cattle farming households, "Jumlah peternak
 * sapi potong", in KK (kepala keluarga, households): 2.176, 2.272, 2.291 for 2002 to 2004. A
 * household is a unit of business of a cattle cluster, so the same figures are seeded a second
 * time as the sentra's `firms` statistic (units of business in a sentra, which the concentration
 * criteria read), beside `farmingHouseholds` as printed. The sentra is placed at regency level
 * (Kabupaten Tegal), so the count alone cannot show its farms close together: its cluster
 * concentration stays undetermined until the farms' coordinates are known
 * (src/domain/analytics/concentration-criteria.ts).
 *
 * No research text states how many firms any other seeded sentra has. research/001 counts the
 * firms interviewed ("48 IKM"), a sample; research/003's "sekitar 400 unit UKM" are PNM's borrowers
 * across Jawa Tengah, and its "5 perusahaan" of Trangsan are the firms that made new products, not
 * the klaster's size. Without one, a sample below a concentration line leaves the criterion
 * undetermined.
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
  // research/003 Table 1, "Jumlah peternak sapi potong (KK)": the farming households as the
  // sentra's units of business.
  ["firms", "households (KK)", 2176, 2272, 2291],
];

export const statistics: StatisticSeed[] = ROWS.flatMap(([measure, unit, ...values]) =>
  values.map((value, i) => {
    const year = 2002 + i;
    const slug = measure.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return { id: `stat-tegal-beef-cattle-${slug}-${year}`, sentraId: SAPI, year, measure, value, unit };
  }),
);
