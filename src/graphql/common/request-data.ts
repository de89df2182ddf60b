import type { Database } from "../../db/neo4j";

/** Builds one module's loaders and readers for one request, over that request's database view. */
export type DataModule<T> = (db: Database, data: RequestData) => T;

/**
 * The one way resolvers reach data: each module (actor, sentra, ...) defines its own loaders as a
 * DataModule, and a request builds each module at most once, on first use. The database handle
 * stays in here, so Cypher cannot creep into resolvers, and no file lists every module.
 */
export class RequestData {
  private readonly built = new Map<DataModule<unknown>, unknown>();

  constructor(private readonly db: Database) {}

  of<T>(module: DataModule<T>): T {
    if (!this.built.has(module)) this.built.set(module, module(this.db, this));
    return this.built.get(module) as T;
  }
}
