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
 * cannot store): the file and line of the row it refused (found by a rolled-back probe when Neo4j's
 * message names no value of the row). The dry run checks everything known to refuse a write, so
 * this is the exception it could not foresee.
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

const blamesData = (error: unknown): error is Neo4jError => error instanceof Neo4jError && /^Neo\.ClientError\.(Schema|Statement)\./.test(error.code);

/** A batch Neo4j refused without naming a value of the row (a uniqueness conflict of a MERGE, say): where it is, to find the row. */
class UnnamedRefusal extends Error {
  constructor(
    readonly statement: number,
    readonly start: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** Runs one batch; a refusal Neo4j blames on the data becomes an ImportRowRefused naming the row, or an UnnamedRefusal. */
async function runBatch(tx: Transaction, statement: number, start: number, rows: PlanRow[]): Promise<void> {
  try {
    await tx.run(STATEMENTS[statement].cypher, { rows });
  } catch (error) {
    if (!blamesData(error)) throw error;
    const detail = error.message.split("\n")[0];
    const named = rows.find((row) => Object.values(row).some((value: unknown) => typeof value === "string" && error.message.includes(`'${value}'`)));
    if (named) throw new ImportRowRefused(STATEMENTS[statement].file, named.line, detail);
    if (rows.length === 1) throw new ImportRowRefused(STATEMENTS[statement].file, rows[0].line, detail);
    throw new UnnamedRefusal(statement, start, detail);
  }
}

const PROBED = new Error("probe rolled back");

/**
 * The row of a refused batch whose message names none: the statements before it replayed in a
 * transaction that is rolled back, then the batch row by row; the first row refused is the one.
 * Only an import already refused pays for this.
 */
async function refusedRow(db: Database, plan: ImportPlan, refusal: UnnamedRefusal): Promise<PlanRow | undefined> {
  let found: PlanRow | undefined;
  await db
    .write(async (tx) => {
      for (let statement = 0; statement <= refusal.statement; statement++) {
        const rows = STATEMENTS[statement].rows(plan);
        const end = statement < refusal.statement ? rows.length : refusal.start;
        for (let start = 0; start < end; start += BATCH_SIZE)
          await tx.run(STATEMENTS[statement].cypher, { rows: rows.slice(start, Math.min(start + BATCH_SIZE, end)) });
      }
      for (const row of STATEMENTS[refusal.statement].rows(plan).slice(refusal.start, refusal.start + BATCH_SIZE)) {
        try {
          await tx.run(STATEMENTS[refusal.statement].cypher, { rows: [row] });
        } catch (error) {
          if (!blamesData(error)) throw error;
          found = row;
          break;
        }
      }
      throw PROBED;
    })
    .catch((error: unknown) => {
      if (error !== PROBED) throw error;
    });
  return found;
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
  try {
    return await writeAll(db, plan, progress, by);
  } catch (error) {
    if (!(error instanceof UnnamedRefusal)) throw error;
    const row = (await refusedRow(db, plan, error)) ?? STATEMENTS[error.statement].rows(plan)[error.start];
    throw new ImportRowRefused(STATEMENTS[error.statement].file, row.line, error.detail);
  }
}

async function writeAll(db: Database, plan: ImportPlan, progress: ImportProgress, by: ChangeAuthor): Promise<number> {
  return db.write(async (tx) => {
    let statements = await lockImported(tx, plan);
    const before = [];
    for (const kind of IMPORTED_KINDS) {
      const read = await snapshot(tx, kind, plan);
      before.push(read.props);
      statements += read.statements;
    }
    for (const [index, statement] of STATEMENTS.entries()) {
      const rows = statement.rows(plan);
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        await runBatch(tx, index, start, rows.slice(start, start + BATCH_SIZE));
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
