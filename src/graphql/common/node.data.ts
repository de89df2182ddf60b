import { findNeighbours, findNodesByIds, type NeighbourFilter, type NeighbourRow } from "../../repositories/node.repository";
import type { NodeRow } from "../../repositories/node-row";
import { byIdLoader, pagedLoader } from "./loaders";
import type { DataModule } from "./request-data";

/** Any node by id, and its neighbours, whatever its type. */
export const nodeData = ((db) => ({
  byId: byIdLoader<NodeRow>((ids) => findNodesByIds(db, ids)),
  neighbours: pagedLoader<NeighbourFilter, NeighbourRow>((ids, filter, page) => findNeighbours(db, ids, filter, page)),
})) satisfies DataModule<unknown>;
