import type { Database, Transaction } from "../db/neo4j";
import type { ActorSeed, LinkageSeed, ParticipationSeed, SeedDataset, SentraSeed } from "../domain/dataset";
import type { ObservationKind } from "../domain/graph";
import { kbliProblem } from "../domain/kbli";
import { runBatches } from "./batch-scheduler";
import { isDuplicateId, partByExistence } from "./new-nodes";
import { CREATE_ACTORS, kept, upsertActors, upsertLinkages, upsertObservations, UPSERT_PARTICIPATIONS } from "./upserts";

function checkedKbli(sentraId: string, kbli: string | undefined): string | null {
  if (kbli === undefined) return null;
  const problem = kbliProblem(kbli);
  if (problem) throw new Error(`Sentra ${sentraId}: ${problem}`);
  return kbli;
}

/** Reports how far writing has come: a collection name, rows written, rows in all. */
export type Progress = (collection: string, done: number, total: number) => void;

const BATCH_SIZE = 500;

/**
 * Batches of one statement written at once in "per-batch" mode (WriteOptions.concurrency). Neo4j
 * runs one transaction on one thread, and a bulk load's time is that thread's CPU (index upkeep
 * of each created node); the batches of a statement are independent (rows sharing a key aside,
 * which runBatches keeps in order), so two transactions use both cores of a small server.
 */
export const PER_BATCH_CONCURRENCY = 2;

/**
 * Observation nodes share one label; `kind` tells which survey instrument produced them. The kinds
 * are graph.ts's, so a kind the API cannot serve does not compile here.
 */
const OBSERVATION_KIND_OF = {
  indicatorScores: "INDICATOR_SCORE",
  problemSolvingScores: "PROBLEM_SOLVING_SCORE",
  surveyResponses: "SURVEY_RESPONSE",
} as const satisfies Partial<Record<keyof SeedDataset, ObservationKind>>;
type ObservationCollection = keyof typeof OBSERVATION_KIND_OF;

/**
 * One UNWIND statement per collection: `rows` picks a collection's records, `row` (if given) turns
 * one record into the statement's row, batch by batch, so a bulk load never holds a second copy of
 * a large collection. Every statement MERGEs on stable ids and SETs whole property maps, so writing
 * the same dataset again leaves the graph as it was. Every node also carries the :Node label, whose
 * constraint makes ids unique across the graph (node(id) lookups). Actors, participations, linkages
 * and observations use the upserts the survey import shares (upserts.ts). Labels and relationship
 * types are literal for readable Cypher; test/unit/graph-names.test.ts checks that each is one
 * src/domain/graph.ts names.
 */
interface Statement {
  collection: keyof SeedDataset;
  cypher: string;
  rows: (d: SeedDataset) => readonly unknown[];
  /** Each statement maps its own record type (typed at the statement). */
  row?: (record: never) => unknown;
  /**
   * What a row (as `row` made it) writes: its node's id, or what identifies its tie. Rows sharing a
   * key are written in their order (batches holding one never run at once), so the last one wins
   * as in a sequential load; batches with none in common run concurrently.
   */
  key: (row: never) => string;
  /**
   * For a node statement whose rows carry `id`: the CREATE for rows whose id no node holds yet,
   * which leaves what `cypher` would and costs a fraction of a MERGE (new-nodes.ts).
   */
  create?: string;
}

const byId = (row: { id: string }) => row.id;
const byPropsId = (row: { props: { id: string } }) => row.props.id;
// A tie's key: the ids and role that identify it, joined. The same tie always gives the same key;
// two ties that happened to give one would only wait for each other.
const keyOf = (...parts: string[]) => parts.join("\u0000");

const STATEMENTS: Statement[] = [
  {
    collection: "regions",
    rows: (d) => d.regions,
    key: byId,
    cypher: `UNWIND $rows AS row
      MERGE (r:Region:Node {id: row.id})
      SET r.name = row.name, r.level = row.level`,
  },
  {
    collection: "regions",
    rows: (d) => d.regions.filter((r) => r.parentId),
    key: byId,
    cypher: `UNWIND $rows AS row
      MATCH (r:Region {id: row.id}), (parent:Region {id: row.parentId})
      MERGE (r)-[:PART_OF]->(parent)`,
  },
  {
    collection: "sentra",
    rows: (d) => d.sentra,
    // A code that is not KBLI 2020 stops the load (no partner matching on a mistyped code).
    row: (s: SentraSeed) => ({ ...s, kbli: checkedKbli(s.id, s.kbli) }),
    key: byId,
    cypher: `UNWIND $rows AS row
      MATCH (region:Region {id: row.regionId})
      MERGE (s:Sentra:Node {id: row.id})
      SET s.name = row.name, s.product = row.product, s.productKey = toLower(row.product), s.sector = row.sector,
          s.description = row.description, s.unggulan = row.unggulan, s.kbli = row.kbli
      MERGE (s)-[:LOCATED_IN]->(region)`,
  },
  {
    collection: "actors",
    rows: (d) => d.actors,
    row: ({ location, regionId, ...props }: ActorSeed) => ({
      id: props.id,
      props: { ...props, nameLower: props.name.toLowerCase() },
      location: location ?? null,
      regionId: regionId ?? null,
    }),
    key: byId,
    cypher: upsertActors("replace"),
    create: CREATE_ACTORS,
  },
  {
    collection: "participations",
    rows: (d) => d.participations,
    row: ({ actorId, sentraId, role, since }: ParticipationSeed) => ({ actorId, sentraId, role, since: since ?? null }),
    key: (row: { actorId: string; sentraId: string; role: string }) => keyOf(row.actorId, row.sentraId, row.role),
    cypher: UPSERT_PARTICIPATIONS,
  },
  {
    collection: "linkages",
    rows: (d) => d.linkages,
    row: ({ fromId, toId, since, ...props }: LinkageSeed) => ({ id: props.id, fromId, toId, since: since ?? null, props }),
    key: byId,
    cypher: upsertLinkages("replace"),
  },
  {
    collection: "people",
    rows: (d) => d.people.map(({ representsActorId, ...props }) => ({ props, representsActorId: representsActorId ?? null })),
    key: byPropsId,
    cypher: `UNWIND $rows AS row
      MERGE (p:Person:Node {id: row.props.id})
      WITH p, row, ${kept("p")}
      SET p = row.props, p += kept
      WITH p, row
      OPTIONAL MATCH (a:Actor {id: row.representsActorId})
      FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (p)-[:REPRESENTS]->(a))`,
  },
  {
    collection: "forums",
    rows: (d) => d.forums.map(({ members: _members, sentraId, founded, ...props }) => ({ props, sentraId, founded: founded ?? null })),
    key: byPropsId,
    cypher: `UNWIND $rows AS row
      MATCH (s:Sentra {id: row.sentraId})
      MERGE (f:Forum:Node {id: row.props.id})
      WITH f, row, s, ${kept("f")}
      SET f = row.props, f += kept,
          f.founded = CASE WHEN row.founded IS NULL THEN null ELSE date(row.founded) END
      MERGE (f)-[:SERVES]->(s)`,
  },
  {
    collection: "forums",
    rows: (d) =>
      d.forums.flatMap((f) => f.members.map((m) => ({ forumId: f.id, memberId: m.personId ?? m.actorId, role: m.role ?? null, since: m.since ?? null }))),
    key: (row: { forumId: string; memberId: string | undefined }) => keyOf(row.forumId, String(row.memberId)),
    cypher: `UNWIND $rows AS row
      MATCH (f:Forum {id: row.forumId}), (m:Node {id: row.memberId})
      WHERE m:Person OR m:Actor
      MERGE (m)-[r:MEMBER_OF]->(f)
      SET r.role = row.role, r.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END`,
  },
  {
    collection: "agreements",
    rows: (d) =>
      d.agreements.map(({ forumId, providerId, startDate, endDate, ...props }) => ({
        props,
        forumId,
        providerId,
        startDate,
        endDate: endDate ?? null,
      })),
    key: byPropsId,
    cypher: `UNWIND $rows AS row
      MATCH (f:Forum {id: row.forumId}), (provider:Actor {id: row.providerId})
      MERGE (g:Agreement:Node {id: row.props.id})
      WITH g, row, f, provider, ${kept("g")}
      SET g = row.props, g += kept, g.startDate = date(row.startDate),
          g.endDate = CASE WHEN row.endDate IS NULL THEN null ELSE date(row.endDate) END
      MERGE (g)-[:CONTRACTED_BY]->(f)
      MERGE (g)-[:PROVIDED_BY]->(provider)`,
  },
  {
    collection: "monitoringRecords",
    rows: (d) => d.monitoringRecords.map(({ sentraId, visitorId, date, ...props }) => ({ props, sentraId, date, visitorId: visitorId ?? null })),
    key: byPropsId,
    cypher: `UNWIND $rows AS row
      MATCH (s:Sentra {id: row.sentraId})
      MERGE (m:MonitoringRecord:Node {id: row.props.id})
      WITH m, row, s, ${kept("m")}
      SET m = row.props, m += kept, m.date = date(row.date)
      MERGE (m)-[:MONITORS]->(s)
      WITH m, row
      OPTIONAL MATCH (visitor:Actor {id: row.visitorId})
      FOREACH (_ IN CASE WHEN visitor IS NULL THEN [] ELSE [1] END | MERGE (m)-[:VISITED_BY]->(visitor))`,
  },
  {
    collection: "surveyRounds",
    rows: (d) => d.surveyRounds.map(({ date, ...props }) => ({ props, date })),
    key: byPropsId,
    cypher: `UNWIND $rows AS row
      MERGE (r:SurveyRound:Node {id: row.props.id})
      WITH r, row, ${kept("r")}
      SET r = row.props, r += kept, r.date = date(row.date)`,
  },
  ...(Object.keys(OBSERVATION_KIND_OF) as ObservationCollection[]).map((collection) => ({
    collection,
    rows: (d: SeedDataset) => d[collection],
    row: ({ roundId, actorId, sentraId, ...props }: { id: string; roundId: string; actorId: string; sentraId: string }) => ({
      id: props.id,
      props: { ...props, kind: OBSERVATION_KIND_OF[collection] },
      roundId,
      actorId,
      sentraId,
    }),
    key: byId,
    cypher: upsertObservations("replace"),
  })),
  {
    collection: "programmes",
    rows: (d) =>
      d.programmes.map(({ runById, partnerIds, sentraIds, startDate, endDate, ...props }) => ({
        props,
        runById,
        partnerIds,
        sentraIds,
        startDate: startDate ?? null,
        endDate: endDate ?? null,
      })),
    key: byPropsId,
    cypher: `UNWIND $rows AS row
      MATCH (runner:Actor {id: row.runById})
      MERGE (p:Programme:Node {id: row.props.id})
      WITH p, row, runner, ${kept("p")}
      SET p = row.props, p += kept,
          p.startDate = CASE WHEN row.startDate IS NULL THEN null ELSE date(row.startDate) END,
          p.endDate = CASE WHEN row.endDate IS NULL THEN null ELSE date(row.endDate) END
      MERGE (p)-[:RUN_BY]->(runner)
      WITH p, row
      CALL {
        WITH p, row
        UNWIND row.partnerIds AS partnerId
        MATCH (partner:Actor {id: partnerId})
        MERGE (p)-[:PARTNER]->(partner)
      }
      CALL {
        WITH p, row
        UNWIND row.sentraIds AS sentraId
        MATCH (s:Sentra {id: sentraId})
        MERGE (p)-[:TARGETS]->(s)
      }`,
  },
  {
    collection: "statistics",
    rows: (d) => d.statistics.map(({ sentraId, ...props }) => ({ props, sentraId })),
    key: byPropsId,
    cypher: `UNWIND $rows AS row
      MATCH (s:Sentra {id: row.sentraId})
      MERGE (st:SentraStatistic:Node {id: row.props.id})
      WITH st, row, s, ${kept("st")}
      SET st = row.props, st += kept
      MERGE (st)-[:OF_SENTRA]->(s)`,
  },
];

export interface WriteOptions {
  /** UNWIND rows per statement (default 500). */
  batchSize?: number;
  /**
   * "one" (default): the whole dataset in one transaction, all or nothing. "per-batch": each batch
   * commits on its own (a bulk load that would not fit one transaction's memory); every statement
   * MERGEs on stable ids, so running the load again after a failure completes it.
   */
  transactions?: "one" | "per-batch";
  /**
   * "per-batch" only: batches of the same statement written at once, each its own transaction
   * (default PER_BATCH_CONCURRENCY); statements still run one after another. "one" is one
   * transaction, so one at a time.
   */
  concurrency?: number;
}

/** Rows each statement of the dataset writes, in order (for progress and throughput). */
export function datasetStatementRows(dataset: SeedDataset): Array<{ collection: keyof SeedDataset; rows: number }> {
  return STATEMENTS.map((statement) => ({ collection: statement.collection, rows: statement.rows(dataset).length }));
}

/** A statement's rows in batches, each turned into the statement's rows only when it is taken. */
function* batchesOf(statement: Statement, records: readonly unknown[], batchSize: number): Generator<unknown[]> {
  const row = statement.row as ((record: unknown) => unknown) | undefined;
  for (let start = 0; start < records.length; start += batchSize) {
    const batch = records.slice(start, start + batchSize);
    yield row ? batch.map((record) => row(record)) : batch;
  }
}

/**
 * Writes one batch of a statement's rows. With `createNew`, rows whose id is new to the graph are
 * CREATEd and the rest MERGEd; without, every row goes through the MERGE upsert.
 */
async function writeBatch(tx: Transaction, statement: Statement, rows: unknown[], createNew: boolean): Promise<void> {
  if (!statement.create || !createNew) {
    await tx.run(statement.cypher, { rows });
    return;
  }
  const { fresh, stored } = await partByExistence(tx, rows as Array<{ id: string }>);
  if (fresh.length > 0) await tx.run(statement.create, { rows: fresh });
  if (stored.length > 0) await tx.run(statement.cypher, { rows: stored });
}

/** Runs `write` creating new nodes, and once more through MERGE alone if another writer stored one of their ids first. */
async function retryOnDuplicate(write: (createNew: boolean) => Promise<void>): Promise<void> {
  try {
    await write(true);
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    await write(false);
  }
}

/**
 * Writes the whole dataset in batches of UNWIND rows, by default in one transaction: a failure
 * leaves the database as it was, and a second run changes nothing. Nodes new to the graph are
 * CREATEd; if another writer stores one of their ids first, the uniqueness constraint rejects the
 * transaction and it runs again through MERGE alone (the batch, or the whole dataset in "one").
 *
 * "per-batch" writes up to `concurrency` batches of a statement at once (runBatches: rows sharing
 * a key keep their order, progress comes in order). Concurrent batches may deadlock on a node
 * they both tie to (a sentra, a region); Neo4j reports that as a transient error, which the
 * driver's executeWrite retries, so it is passed through like any other. The first failure that
 * is not retried stops the load once the running batches end.
 */
export async function writeDataset(db: Database, dataset: SeedDataset, progress: Progress = () => {}, options: WriteOptions = {}): Promise<void> {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  if (options.transactions === "per-batch") {
    const concurrency = options.concurrency ?? PER_BATCH_CONCURRENCY;
    for (const statement of STATEMENTS) {
      const records = statement.rows(dataset);
      const key = statement.key as (row: unknown) => string;
      await runBatches(batchesOf(statement, records, batchSize), {
        concurrency,
        keys: (rows) => rows.map(key),
        run: (rows) => retryOnDuplicate((createNew) => db.write((tx) => writeBatch(tx, statement, rows, createNew))),
        onDone: (index) => progress(statement.collection, Math.min((index + 1) * batchSize, records.length), records.length),
      });
      if (records.length === 0) progress(statement.collection, 0, 0);
    }
    return;
  }
  await retryOnDuplicate((createNew) =>
    db.write(async (tx) => {
      for (const statement of STATEMENTS) {
        const records = statement.rows(dataset);
        let done = 0;
        for (const rows of batchesOf(statement, records, batchSize)) {
          await writeBatch(tx, statement, rows, createNew);
          done += rows.length;
          progress(statement.collection, done, records.length);
        }
        if (records.length === 0) progress(statement.collection, 0, 0);
      }
    }),
  );
}
