import { listChanges } from "../../repositories/change.repository";
import type { PageRequest } from "../../repositories/paging";
import type { DataModule } from "../common/request-data";

export const auditData = ((db) => ({
  list: (targetId: string | null, page: PageRequest) => listChanges(db, targetId, page),
})) satisfies DataModule<unknown>;
