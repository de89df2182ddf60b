import type { Database } from "../db/neo4j";
import type { ChangeOperation } from "./write/audit";
import { desc, orderOf, type PageRequest } from "./paging";
import { listPage } from "./templates";

/** One Change record of the audit trail (src/repositories/write/audit.ts). */
export interface ChangeRow {
  id: string;
  at: string;
  actorKeyId: string | null;
  actor: string;
  via: string;
  targetId: string;
  targetType: string;
  operation: ChangeOperation;
  before: string | null;
  after: string | null;
  /** When a purge erased its values (legal erasure); absent otherwise. */
  erasedAt?: string | null;
}

// Newest first; changes of one transaction share their time, and then go by id.
const CHANGE_ORDER = orderOf(desc("c.at.epochMillis", "number"), desc("c.id"));

/** A page of the audit trail, newest first: every change, or the changes of one record. */
export function listChanges(db: Database, targetId: string | null, page: PageRequest) {
  return listPage<ChangeRow>(
    db,
    {
      match: `MATCH (c:Change) WHERE $targetId IS NULL OR c.targetId = $targetId`,
      item: `c {.id, .at, .actorKeyId, .actor, .via, .targetId, .targetType, .operation, .before, .after, .erasedAt}`,
      order: CHANGE_ORDER,
    },
    { targetId },
    page,
    (raw) => raw as ChangeRow,
  );
}
