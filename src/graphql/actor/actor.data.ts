import {
  findActorLists,
  findActorObservations,
  findLinkages,
  findParticipations,
  listActors,
  type ActorFilter,
  type LinkageFilter,
  type ObservationFilter,
} from "../../repositories/actor.repository";
import type { PageRequest } from "../../repositories/paging";
import { entityData } from "../common/entity.data";
import { listLoaders, pagedLoader } from "../common/loaders";
import type { DataModule } from "../common/request-data";

export const actorData = ((db, data) => {
  const byId = data.of(entityData).actors;
  return {
    byId,
    list: (filter: ActorFilter, page: PageRequest) => listActors(db, filter, page),
    participations: pagedLoader(async (ids, _filter: object, page) => {
      const pages = await findParticipations(db, ids, page);
      const sentra = data.of(entityData).sentra;
      for (const p of pages.values()) for (const item of p.items) sentra.prime(item.node.id, item.node);
      return pages;
    }),
    linkages: pagedLoader(async (ids, filter: LinkageFilter, page) => {
      const pages = await findLinkages(db, ids, filter, page);
      if (!page.slim) for (const p of pages.values()) for (const l of p.items) byId.prime(l.partner.id, l.partner);
      return pages;
    }),
    lists: listLoaders(["representatives", "forums", "agreements", "programmes"], (list, ids, page) => findActorLists(db, list, ids, page)),
    observations: pagedLoader((ids, filter: ObservationFilter, page) => findActorObservations(db, ids, filter, page)),
  };
}) satisfies DataModule<unknown>;
