import { findChildRegions, findRegionLinks, findRegionsByIds, listRegions, type RegionFilter, type RegionRow } from "../../repositories/region.repository";
import type { PageRequest } from "../../repositories/paging";
import { byIdLoader, linkLoaders, pagedLoader } from "../common/loaders";
import type { DataModule } from "../common/request-data";

export const regionData = ((db) => ({
  byId: byIdLoader<RegionRow>((ids) => findRegionsByIds(db, ids)),
  list: (filter: RegionFilter, page: PageRequest) => listRegions(db, filter, page),
  children: pagedLoader<object, RegionRow>((ids, _filter, page) => findChildRegions(db, ids, page)),
  /** `parent` of a region; `locatedIn` of a sentra or an actor. */
  links: linkLoaders(["parent", "locatedIn"], (link, ids) => findRegionLinks<RegionRow>(db, link, ids)),
})) satisfies DataModule<unknown>;
