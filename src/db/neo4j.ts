import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from "neo4j-driver";

/**
 * The one gateway to Neo4j: a driver plus the database name, with reads routed through
 * executeRead (followers, read replicas) and writes through executeWrite (the leader).
 * Transaction functions may be retried by the driver, so callers keep them idempotent.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly onQuery: (cypher: string) => void = () => {},
  ) {}

  /** A view of the same driver whose queries are reported to `listener` (for counting per request). */
  observed(listener: (cypher: string) => void): Database {
    const outer = this.onQuery;
    return new Database(this.driver, this.name, (cypher) => {
      outer(cypher);
      listener(cypher);
    });
  }

  async read<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => work(this.wrap(tx)));
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(this.wrap(tx)));
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) cannot share a transaction with data writes. */
  async schema(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      this.onQuery(cypher);
      await session.run(cypher);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction): Transaction {
    return {
      run: <R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}) => {
        this.onQuery(cypher);
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

export function createDriver({ uri, user, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    // Numbers come back as JS numbers only where safe; the boundary converts the rest.
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    userAgent: "simpul",
  });
}
