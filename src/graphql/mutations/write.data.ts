import { networkWrites } from "../../services/network-write.service";
import type { DataModule } from "../common/request-data";

/** The writes of one request, over its database view (statement budget, transaction timeout). */
export const writeData = ((db) => networkWrites(db)) satisfies DataModule<unknown>;
