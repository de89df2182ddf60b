import { findProgrammeLinks, findProgrammeLists } from "../../repositories/programme.repository";
import { linkLoaders, listLoaders } from "../common/loaders";
import type { DataModule } from "../common/request-data";

export const programmeData = ((db) => ({
  lists: listLoaders(["partners", "sentra"], (list, ids, page) => findProgrammeLists(db, list, ids, page)),
  links: linkLoaders(["runBy"], (link, ids) => findProgrammeLinks(db, link, ids)),
})) satisfies DataModule<unknown>;
