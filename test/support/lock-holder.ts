import type { Driver, Session, Transaction } from "neo4j-driver";

/** A transaction as Neo4j's SHOW TRANSACTIONS reports it. */
export interface ShownTransaction {
  transactionId: string;
  currentQuery: string;
  /** "Running", or "Blocked by: [<ids of the transactions holding the lock it waits for>]", ... */
  status: string;
}

/** The transactions Neo4j runs now, but for the one asking. */
export async function showTransactions(driver: Driver, database: string): Promise<ShownTransaction[]> {
  const session = driver.session({ database });
  try {
    const result = await session.run(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery, status
       WHERE NOT coalesce(currentQuery, '') STARTS WITH 'SHOW TRANSACTIONS'
       RETURN transactionId, coalesce(currentQuery, '') AS currentQuery, status`,
    );
    return result.records.map((r) => ({ transactionId: r.get("transactionId"), currentQuery: r.get("currentQuery"), status: r.get("status") }));
  } finally {
    await session.close();
  }
}

/** The transactions a SHOW TRANSACTIONS status says this one waits for: "Blocked by: [neo4j-transaction-7]" gives ["neo4j-transaction-7"]. */
export function blockersOf(status: string): string[] {
  const listed = /^Blocked by: \[(.*)\]$/.exec(status.trim());
  return listed ? listed[1].split(",").map((id) => id.trim()) : [];
}

/**
 * A write transaction the test holds open: whatever it locks stays locked until `commit` or
 * `release`, so another writer needing the same lock must wait, visibly (see `untilBlocked`).
 */
export class LockHolder {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly session: Session,
    readonly transaction: Transaction,
    /** Neo4j's id of the holding transaction ("neo4j-transaction-42"). */
    readonly transactionId: string,
  ) {}

  /** Opens the transaction and runs `lockingCypher` in it (e.g. `MATCH (s:Sentra {id: $id}) SET s.__lock = true REMOVE s.__lock`). */
  static async take(driver: Driver, database: string, lockingCypher: string, params: Record<string, unknown> = {}): Promise<LockHolder> {
    const session = driver.session({ database });
    // A marker in the metadata lets SHOW TRANSACTIONS name this transaction.
    const marker = `lock-holder-${process.pid}-${Date.now()}-${Math.random()}`;
    const transaction = session.beginTransaction({ metadata: { marker } });
    try {
      await transaction.run(lockingCypher, params);
      const probe = driver.session({ database });
      let transactionId: string;
      try {
        const shown = await probe.run(`SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.marker = $marker RETURN transactionId`, { marker });
        if (shown.records.length !== 1) throw new Error(`SHOW TRANSACTIONS found ${shown.records.length} lock holders, not 1`);
        transactionId = shown.records[0].get("transactionId") as string;
      } finally {
        await probe.close();
      }
      return new LockHolder(driver, database, session, transaction, transactionId);
    } catch (error) {
      await transaction.rollback().catch(() => {});
      await session.close();
      throw error;
    }
  }

  /**
   * Waits until another transaction waits for a lock this one holds ("Blocked by" this
   * transaction in SHOW TRANSACTIONS), and returns it, with the statement it is blocked in. Polls;
   * throws if none is seen within `withinMs` (no writer waited for these locks).
   */
  async untilBlocked(withinMs = 30_000): Promise<ShownTransaction> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const seen = (await showTransactions(this.driver, this.database)).filter((t) => t.transactionId !== this.transactionId);
      const blocked = seen.find((t) => blockersOf(t.status).includes(this.transactionId));
      if (blocked) return blocked;
      if (Date.now() > deadline) {
        throw new Error(`No transaction waited for ${this.transactionId} within ${withinMs} ms; running: ${JSON.stringify(seen)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Commits what the transaction wrote, releasing its locks. */
  async commit(): Promise<void> {
    await this.transaction.commit();
  }

  /** Rolls back unless committed, and closes the session: for a `finally`. */
  async release(): Promise<void> {
    try {
      if (this.transaction.isOpen()) await this.transaction.rollback();
    } finally {
      await this.session.close();
    }
  }
}
