import type { RecordShape } from "neo4j-driver";
import { Database, type Transaction } from "../../src/db/neo4j";

/** A write whose outcome the test holds back from its caller: it has run in Neo4j, committed or failed. */
export interface HeldWrite {
  /** The node ids its statements named (an `ids` list, or the `id` of each of `rows`). */
  ids: string[];
  /** Its failure, if it failed (the very object its caller will receive). */
  error?: unknown;
  /** Hands the outcome to the caller. */
  release(): void;
}

/** The node ids a statement's parameters name: `$ids`, or the `id` of each of `$rows`. */
function idsNamedBy(params: Record<string, unknown>): string[] {
  const ids = Array.isArray(params.ids) ? params.ids : [];
  const rows = Array.isArray(params.rows) ? params.rows.map((row: { id?: unknown }) => row?.id) : [];
  return [...ids, ...rows].filter((id): id is string => typeof id === "string");
}

/**
 * A Database whose writes run at once, but whose outcome, for a write naming an id `holds`
 * accepts, reaches the caller only when the test releases it. The test thereby decides in which
 * order concurrent writes finish, as seen by their caller, whatever order Neo4j finished them in.
 */
export class HeldWrites extends Database {
  /** The ids named by each write begun, in the order they began. */
  readonly begun: string[][] = [];
  readonly held: HeldWrite[] = [];
  private readonly waiters: Array<() => void> = [];

  constructor(
    db: Database,
    private readonly holds: (ids: readonly string[]) => boolean,
  ) {
    super(db.driver, db.name, db.limits);
  }

  override async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const ids: string[] = [];
    this.begun.push(ids);
    const naming = (tx: Transaction): Transaction => ({
      run: <R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}) => {
        ids.push(...idsNamedBy(params));
        return tx.run<R>(cypher, params);
      },
    });
    const outcome = await super
      .write((tx) => work(naming(tx)))
      .then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
    if (this.holds(ids)) {
      await new Promise<void>((release) => {
        this.held.push({ ids, ...("error" in outcome ? { error: outcome.error } : {}), release });
        for (const wake of this.waiters.splice(0)) wake();
      });
    }
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  }

  /** Resolves once `count` writes are held (each has run in Neo4j and waits for `release`). */
  async untilHeld(count: number): Promise<HeldWrite[]> {
    while (this.held.length < count) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.held;
  }

  /** The held write naming `id`. */
  heldNaming(id: string): HeldWrite {
    const found = this.held.find((write) => write.ids.includes(id));
    if (!found) throw new Error(`No held write names ${id}; held: ${JSON.stringify(this.held.map((write) => write.ids))}`);
    return found;
  }
}

/**
 * Resolves after every promise reaction already due has run and Node has reported any rejection
 * left unhandled (it does so after the microtasks of each turn, before the next turn's callbacks).
 */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
