import { findForumLinks, findForumLists, findForumMembers } from "../../repositories/forum.repository";
import { linkLoaders, listLoaders, pagedLoader } from "../common/loaders";
import type { DataModule } from "../common/request-data";

/** Forums, their members and agreements, monitoring records and people. */
export const forumData = ((db) => ({
  members: pagedLoader((ids, _filter: object, page) => findForumMembers(db, ids, page)),
  lists: listLoaders(["agreements", "forumsOfPerson"], (list, ids, page) => findForumLists(db, list, ids, page)),
  links: linkLoaders(["forumSentra", "agreementForum", "agreementProvider", "monitoringSentra", "monitoringVisitor", "personActor"], (link, ids) =>
    findForumLinks(db, link, ids),
  ),
})) satisfies DataModule<unknown>;
