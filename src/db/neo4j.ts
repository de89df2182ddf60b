import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session, type SessionMode } from "neo4j-driver";
import { DEFAULT_NEO4J_POLICY, type Neo4jPolicy } from "../config";
import { isTransactionTimeout, WriteTimedOut } from "./failures";
import { Semaphore } from "./semaphore";

/** What one request may use of Neo4j (see Neo4jPolicy). */
export type RequestLimits = Pick<Neo4jPolicy, "transactionTimeoutMs" | "maxStatementsPerRequest" | "maxSessionsPerRequest" | "maxConcurrentWrites">;

// A request's view adds a statement budget, a session queue, the process's write queue and a
// transaction timeout; the shared Database (start-up, migrations, seeding, command-line tasks)
// has none of them.
interface Scope {
  /** Throws when no statement may be sent any more. */
  admit(): void;
  onStatement(cypher: string): void;
  sessions?: Semaphore;
  /** Shared by every request of the process: at most maxConcurrentWrites write transactions at once. */
  writes?: Semaphore;
  transactionTimeoutMs?: number;
}

const UNLIMITED: Scope = { admit() {}, onStatement() {} };

/**
 * The one gateway to Neo4j: a driver plus the database name, with reads routed through
 * executeRead (followers, read replicas) and writes through executeWrite (the leader).
 * Transaction functions may be retried by the driver, so callers keep them idempotent.
 *
 * Every session shares the driver's bookmark manager (`executeQueryBookmarkManager`): a session
 * starts after every transaction this process has committed, so on a cluster a read that follows
 * a write (the metrics recomputed after a mutation, the next request of the same client) never
 * reads from a secondary that has not applied it yet. Sessions have no bookmark manager unless
 * given one (only driver.executeQuery uses that one by default), hence it is passed here.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly limits: RequestLimits = DEFAULT_NEO4J_POLICY,
    private readonly scope: Scope = UNLIMITED,
    // One queue for the writes of all the requests made from this Database (see forRequest).
    private readonly writeQueue: Semaphore = new Semaphore(limits.maxConcurrentWrites),
  ) {}

  /**
   * One request's view: it reports each statement to `listener`, refuses statements past the
   * limit with `overLimit`, holds at most maxSessionsPerRequest sessions at once (its other
   * batches queue, so it cannot take the whole pool) and gives every transaction a timeout.
   * Its writes also wait, with every other request's, for one of maxConcurrentWrites places:
   * fifty identical creations at once would otherwise each have Neo4j plan every statement of a
   * cold start in parallel (two cores: past the timeout) and then queue on the same locks.
   */
  forRequest(listener: (cypher: string) => void, overLimit: (limit: number) => Error): Database {
    const max = this.limits.maxStatementsPerRequest;
    let sent = 0;
    const admit = () => {
      if (sent >= max) throw overLimit(max);
    };
    return new Database(
      this.driver,
      this.name,
      this.limits,
      {
        admit,
        onStatement: (cypher) => {
          admit();
          sent += 1;
          this.scope.onStatement(cypher);
          listener(cypher);
        },
        sessions: new Semaphore(this.limits.maxSessionsPerRequest),
        writes: this.writeQueue,
        transactionTimeoutMs: this.limits.transactionTimeoutMs,
      },
      this.writeQueue,
    );
  }

  /** A view of the same driver whose queries are also reported to `listener` (tests count them). */
  observed(listener: (cypher: string) => void): Database {
    const outer = this.scope;
    return new Database(
      this.driver,
      this.name,
      this.limits,
      {
        ...outer,
        onStatement: (cypher) => {
          outer.onStatement(cypher);
          listener(cypher);
        },
      },
      this.writeQueue,
    );
  }

  async read<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.withSession(neo4j.session.READ, (session) => session.executeRead((tx) => work(this.wrap(tx)), this.transactionConfig()));
  }

  /**
   * One write transaction (retried by the driver on transient failures); in a request it first
   * waits for a place in the write queue. Stopped at its timeout, it fails with WriteTimedOut.
   */
  async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const run = () => this.withSession(neo4j.session.WRITE, (session) => session.executeWrite((tx) => work(this.wrap(tx)), this.transactionConfig()));
    try {
      return await (this.scope.writes ? this.scope.writes.use(run) : run());
    } catch (error) {
      throw isTransactionTimeout(error) ? new WriteTimedOut(error) : error;
    }
  }

  /** Schema commands (constraints, indexes) cannot share a transaction with data writes. */
  async schema(cypher: string): Promise<void> {
    await this.withSession(neo4j.session.WRITE, async (session) => {
      this.scope.onStatement(cypher);
      await session.run(cypher, {}, this.transactionConfig());
    });
  }

  private async withSession<T>(mode: SessionMode, use: (session: Session) => Promise<T>): Promise<T> {
    this.scope.admit();
    const open = async () => {
      const session = this.driver.session({ database: this.name, defaultAccessMode: mode, bookmarkManager: this.driver.executeQueryBookmarkManager });
      try {
        return await use(session);
      } finally {
        await session.close();
      }
    };
    return this.scope.sessions ? this.scope.sessions.use(open) : open();
  }

  private transactionConfig() {
    return this.scope.transactionTimeoutMs === undefined ? undefined : { timeout: this.scope.transactionTimeoutMs };
  }

  private wrap(tx: ManagedTransaction): Transaction {
    return {
      run: <R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}) => {
        this.scope.onStatement(cypher);
        return tx.run<R>(cypher, params);
      },
    };
  }
}

export interface Transaction {
  run<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
}

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/** A driver that gives up on an unreachable Neo4j within seconds (see Neo4jPolicy). */
export function createDriver({ uri, user, password }: DriverOptions, policy: Neo4jPolicy = DEFAULT_NEO4J_POLICY): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Numbers come back as JS numbers only where safe; the boundary converts the rest.
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionTimeout: policy.connectTimeoutMs,
    // Acquiring may include opening a connection, so it must allow longer than that.
    connectionAcquisitionTimeout: 2 * policy.connectTimeoutMs,
    maxTransactionRetryTime: policy.retryTimeMs,
    userAgent: "simpul",
  });
}
