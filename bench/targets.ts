import neo4j from "neo4j-driver";
import type { Database } from "../src/db/neo4j";

/**
 * What the bench asks about, picked from the database deterministically: sentra spread evenly over
 * the id order (plus the one with the most core members, so a rich sentra is always among them),
 * provinces likewise, and name fragments taken from actors spread over the id order.
 */
export interface Targets {
  sentraIds: string[];
  provinceIds: string[];
  nameFragments: string[];
}

/** Evenly spaced positions 0..total-1, `count` of them at most, always including the first. */
export function spread(total: number, count: number): number[] {
  if (total <= 0) return [];
  const n = Math.min(total, count);
  return Array.from({ length: n }, (_, i) => Math.floor((i * total) / n));
}

// A word of an actor's name worth searching for: not a legal form (CV, UD, PT), at least 4 letters.
const LEGAL_FORMS = new Set(["cv", "ud", "pt", "kud", "bpr", "koperasi", "sentra", "toko", "bank"]);
export function searchFragment(name: string): string | undefined {
  const words = name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4 && !LEGAL_FORMS.has(w));
  // The longest word, first on ties: specific enough to be a real search.
  return words.reduce<string | undefined>((best, w) => (best === undefined || w.length > best.length ? w : best), undefined);
}

export async function pickTargets(db: Database, count: number): Promise<Targets> {
  return db.read(async (tx) => {
    const sentra = (await tx.run("MATCH (s:Sentra) WHERE s.archivedAt IS NULL RETURN s.id AS id ORDER BY id")).records.map((r) => r.get("id") as string);
    const richest = await tx.run(
      `MATCH (s:Sentra) WHERE s.archivedAt IS NULL AND s.metric_coreMembers IS NOT NULL
       RETURN s.id AS id ORDER BY s.metric_coreMembers DESC, id LIMIT 1`,
    );
    const sentraIds = spread(sentra.length, count - 1).map((i) => sentra[i]);
    const rich = richest.records[0]?.get("id") as string | undefined;
    if (rich && !sentraIds.includes(rich)) sentraIds.push(rich);
    else if (sentra.length > sentraIds.length) sentraIds.push(sentra[sentra.length - 1]);

    const provinces = (await tx.run("MATCH (r:Region {level: 'PROVINCE'}) WHERE r.archivedAt IS NULL RETURN r.id AS id ORDER BY id")).records.map(
      (r) => r.get("id") as string,
    );
    const provinceIds = spread(provinces.length, count).map((i) => provinces[i]);

    const actorCount = Number((await tx.run("MATCH (a:Actor) RETURN count(a) AS n")).records[0].get("n"));
    const nameFragments: string[] = [];
    for (const skip of spread(actorCount, count * 3)) {
      if (nameFragments.length >= count) break;
      const row = await tx.run("MATCH (a:Actor) WITH a ORDER BY a.id SKIP $skip LIMIT 1 RETURN a.name AS name", { skip: neo4j.int(skip) });
      const fragment = searchFragment(String(row.records[0]?.get("name") ?? ""));
      if (fragment && !nameFragments.includes(fragment)) nameFragments.push(fragment);
    }
    return { sentraIds, provinceIds, nameFragments };
  });
}
