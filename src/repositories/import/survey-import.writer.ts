import { Neo4jError } from "neo4j-driver";
import type { Database, Transaction } from "../../db/neo4j";
import type { ImportPlan } from "../../import/plan";
import { upsertActors, upsertLinkages, upsertObservations, UPSERT_PARTICIPATIONS } from "../upserts";
import { changedProperties, recordChanges, type Change, type ChangeAuthor } from "../write/audit";
import { BATCH_SIZE, IMPORTED_KINDS, lockImported, snapshot, stepVersions } from "./import-records";

/** Reports how far an import has come: the statement's name, rows written, rows in all. */
export type ImportProgress = (step: string, done: number, total: number) => void;

export const IMPORT_BATCH_SIZE = BATCH_SIZE;

/**
 * A statement of the import that Neo4j refused for what its rows hold (a constraint, a value it
 * cannot store): the file and line of the row it names, or of the batch's first row. The dry run
 * checks everything known to refuse a write, so this is the exception it could not foresee.
 */
export class ImportRowRefused extends Error {
  constructor(
    readonly file: "firms" | "linkages",
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line} of the ${file} file: ${detail}`);
    this.name = "ImportRowRefused";
  }
}

type PlanRow = { line: number };

/**
 * Statements in order, each run over its rows in UNWIND batches. Nodes and ties MERGE on stable
 * ids and take the file's values with `+=` (a null removes a property), so properties the format
 * does not carry (set by mutations) survive and a second import changes nothing. The upserts are
 * the ones the dataset writer uses too (upserts.ts), in `merge` mode.
 */
const STATEMENTS: Array<{ step: string; file: "firms" | "linkages"; rows: (plan: ImportPlan) => PlanRow[]; cypher: string }> = [
  { step: "firms", file: "firms", rows: (p) => p.actors, cypher: upsertActors("merge") },
  { step: "participations", file: "firms", rows: (p) => p.participations, cypher: UPSERT_PARTICIPATIONS },
  { step: "observations", file: "firms", rows: (p) => p.observations, cypher: upsertObservations("merge") },
  {
    step: "unanswered",
    file: "firms",
    rows: (p) => p.unanswered,
    // An archived answer is left as the admin left it: an import neither brings it back nor erases it.
    cypher: `UNWIND $rows AS row
      MATCH (o:Observation {id: row.id, kind: 'SURVEY_RESPONSE'}) WHERE o.archivedAt IS NULL
      DETACH DELETE o`,
  },
  { step: "linkages", file: "linkages", rows: (p) => p.linkages, cypher: upsertLinkages("merge") },
];

/** Runs one batch; a refusal Neo4j blames on the data becomes an ImportRowRefused naming the row. */
async function runBatch(tx: Transaction, cypher: string, file: "firms" | "linkages", rows: PlanRow[]): Promise<void> {
  try {
    await tx.run(cypher, { rows });
  } catch (error) {
    const blamesData = error instanceof Neo4jError && /^Neo\.ClientError\.(Schema|Statement)\./.test(error.code);
    if (!blamesData) throw error;
    const named = rows.find((row) => Object.values(row).some((value: unknown) => typeof value === "string" && error.message.includes(`'${value}'`)));
    throw new ImportRowRefused(file, (named ?? rows[0]).line, error.message.split("\n")[0]);
  }
}

/**
 * Writes a whole import in one transaction (all-or-nothing), batch by batch: a failure leaves the
 * database as it was. Like a mutation, it locks what it changes, and every actor, participation,
 * observation (an answer left empty deletes an earlier one) and linkage it creates or changes
 * moves to its next version (a new one is at 1) and gets an IMPORT Change with its values
 * before and after, by `by` (via "import:<file name>"), in the same transaction; what the file
 * leaves as it was keeps its version and gets none. Returns the number of statements sent.
 */
export async function writeSurveyImport(
  db: Database,
  plan: ImportPlan,
  progress: ImportProgress = () => {},
  by: ChangeAuthor = { keyId: null, name: "system", via: "import" },
): Promise<number> {
  return db.write(async (tx) => {
    let statements = await lockImported(tx, plan);
    const before = [];
    for (const kind of IMPORTED_KINDS) {
      const read = await snapshot(tx, kind, plan);
      before.push(read.props);
      statements += read.statements;
    }
    for (const statement of STATEMENTS) {
      const rows = statement.rows(plan);
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        await runBatch(tx, statement.cypher, statement.file, rows.slice(start, start + BATCH_SIZE));
        statements += 1;
        progress(statement.step, Math.min(start + BATCH_SIZE, rows.length), rows.length);
      }
    }
    const changes: Change[] = [];
    for (const [index, kind] of IMPORTED_KINDS.entries()) {
      const old = before[index];
      const written = await snapshot(tx, kind, plan);
      const created = new Set([...written.props.keys()].filter((key) => !old.has(key)));
      const changed = new Set([...written.props.keys()].filter((key) => old.has(key) && changedProperties(old.get(key)!, written.props.get(key)!)));
      statements += written.statements + (await stepVersions(tx, kind, plan, changed));
      const after = changed.size > 0 ? await snapshot(tx, kind, plan) : written;
      statements += after === written ? 0 : after.statements;
      const deleted = [...old.keys()].filter((key) => !written.props.has(key));
      for (const key of [...created, ...changed, ...deleted]) {
        changes.push({ targetId: key, targetType: kind.type, operation: "IMPORT", before: old.get(key) ?? null, after: after.props.get(key) ?? null });
      }
    }
    for (let start = 0; start < changes.length; start += BATCH_SIZE) {
      await recordChanges(tx, by, changes.slice(start, start + BATCH_SIZE));
      statements += 1;
    }
    return statements;
  });
}
