import type { ActorRow } from "../../repositories/actor-row";
import { findActorsByIds } from "../../repositories/actor.repository";
import { findSentraByIds, type SentraRow } from "../../repositories/sentra.repository";
import { byIdLoader } from "./loaders";
import type { DataModule } from "./request-data";

/**
 * Actors and sentra by id, shared by every module: lists that return them prime these loaders,
 * so a later lookup of the same id in the request costs no query.
 */
export const entityData = ((db) => ({
  actors: byIdLoader<ActorRow>((ids) => findActorsByIds(db, ids)),
  sentra: byIdLoader<SentraRow>((ids) => findSentraByIds(db, ids)),
})) satisfies DataModule<unknown>;
