import "reflect-metadata";
import { recomputeAllSentraMetrics } from "../services/sentra-analysis.service";
import { exitOnError, withNeo4j } from "./with-neo4j";

/** `npm run recompute`: recomputes and stores every sentra's headline metrics (default thresholds). */
withNeo4j(async (db, { uri }) => {
  const count = await recomputeAllSentraMetrics(db, 200, (done) => process.stdout.write(`\rRecomputed ${done} sentra`));
  process.stdout.write(`\nRecomputed the headline metrics of ${count} sentra in ${uri}\n`);
}).catch(exitOnError);
