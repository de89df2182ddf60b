import { networkWrites } from "../../services/network-write.service";
import type { DataModule } from "../common/request-data";
import type { Caller } from "../context";

/** The writes of one request, over its database view (statement budget, transaction timeout), audited as the caller's. */
export const writeData = ((db) => (caller: Caller | null) => networkWrites(db, caller)) satisfies DataModule<unknown>;
