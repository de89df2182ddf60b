import type { Database } from "../../db/neo4j";
import type { ChangeOperation } from "./audit";
import type { ChangeTarget } from "./audited";
import type { Written } from "./outcome";

/*
 * Each write the API offers is declared once, in its entity's write file, with what its audit
 * records: the operation, and the record it changes (taken from its arguments, or null when the
 * write makes the id itself). src/services/network-write.service.ts gathers the declarations and
 * runs each one audited and followed by the recompute its change needs.
 */
export interface WriteDeclaration<A extends unknown[], T> {
  operation: ChangeOperation;
  target: (...args: A) => ChangeTarget | null;
  write: (db: Database, ...args: A) => Promise<Written<T>>;
}

export const declareWrite = <A extends unknown[], T>(declaration: WriteDeclaration<A, T>) => declaration;

const byId = (id: string): ChangeTarget => ({ kind: "id", id });

/** A creation of a record with a stable id: its target is the id given, or the one the write makes. */
export const creates = <I extends { id?: string | null }, T>(write: (db: Database, input: I) => Promise<Written<T>>) =>
  declareWrite({ operation: "CREATE", target: (input: I) => (input.id ? byId(input.id) : null), write });

/** An update of the record the patch names by id. */
export const updates = <P extends { id: string }, T>(write: (db: Database, patch: P) => Promise<Written<T>>) =>
  declareWrite({ operation: "UPDATE", target: (patch: P) => byId(patch.id), write });

/** An archive of the record with this id, at the version read. */
export const archives = <T>(write: (db: Database, id: string, expectedVersion: number) => Promise<Written<T>>) =>
  declareWrite({ operation: "ARCHIVE", target: (id: string, _expectedVersion: number) => byId(id), write });
