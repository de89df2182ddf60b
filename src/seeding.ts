import type { Database } from "./db/neo4j";
import type { Logger } from "./logger";
import { writeDataset, type Progress } from "./repositories/dataset.writer";
import { hasAnySentra } from "./repositories/system.repository";
import { dataset } from "../seed/data";
import { recomputeAllSentraMetrics } from "./services/sentra-analysis.service";

/**
 * Loads the research seed, then recomputes every sentra's stored headline metrics; safe to
 * repeat, since every write MERGEs on stable ids and the metrics of an unchanged network are equal.
 */
export async function seed(db: Database, progress?: Progress): Promise<void> {
  await writeDataset(db, dataset, progress);
  await recomputeAllSentraMetrics(db);
}

/** Seeds on start-up when the database holds no sentra yet (a first start). */
export async function seedIfEmpty(db: Database, logger: Logger): Promise<boolean> {
  if (await hasAnySentra(db)) return false;
  logger.info("Empty database: loading the research seed");
  await seed(db, (collection, done, total) => {
    if (done === total) logger.debug("Seeded collection", { collection, rows: total });
  });
  logger.info("Seed loaded", { sentra: dataset.sentra.length, actors: dataset.actors.length, linkages: dataset.linkages.length });
  return true;
}
