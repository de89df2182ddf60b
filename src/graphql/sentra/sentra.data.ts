import type { PageRequest } from "../../repositories/paging";
import {
  findSentraInRegions,
  findSentraLists,
  findSentraLinkages,
  findSentraLocations,
  findSentraMembers,
  findSentraObservations,
  findStatisticLinks,
  listSentra,
  type MemberFilter,
  type SentraFilter,
  type SentraLinkageFilter,
  type SentraObservationFilter,
  type SentraRow,
} from "../../repositories/sentra.repository";
import { entityData } from "../common/entity.data";
import { byIdLoader, linkLoaders, listLoaders, pagedLoader } from "../common/loaders";
import type { DataModule } from "../common/request-data";

export const sentraData = ((db, data) => ({
  byId: data.of(entityData).sentra,
  list: (filter: SentraFilter, page: PageRequest) => listSentra(db, filter, page),
  inRegion: pagedLoader((ids, filter: Omit<SentraFilter, "regionId">, page) => findSentraInRegions(db, ids, filter, page)),
  members: pagedLoader(async (ids, filter: MemberFilter, page) => {
    const pages = await findSentraMembers(db, ids, filter, page);
    // Members come with their properties; later `actor(id)` lookups need no query (slim rows lack them).
    const actors = data.of(entityData).actors;
    if (!page.slim) for (const p of pages.values()) for (const m of p.items) actors.prime(m.node.id, m.node);
    return pages;
  }),
  linkages: pagedLoader((ids, filter: SentraLinkageFilter, page) => findSentraLinkages(db, ids, filter, page)),
  observations: pagedLoader((ids, filter: SentraObservationFilter, page) => findSentraObservations(db, ids, filter, page)),
  lists: listLoaders(["forums", "monitoringRecords", "programmes", "statistics"], (list, ids, page) => findSentraLists(db, list, ids, page)),
  // The centroid of each asked sentra's located core firms, all sentra of a request in one statement.
  location: byIdLoader((ids) => findSentraLocations(db, ids)),
  statisticLinks: linkLoaders(["sentra"], (link, ids) => findStatisticLinks<SentraRow>(db, link, ids)),
})) satisfies DataModule<unknown>;
