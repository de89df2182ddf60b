import { asc, nullable, orderOf } from "./paging";
import { linksOf, nodeListsOf } from "./templates";

/** Lists of nodes hanging off a programme. */
export const findProgrammeLists = nodeListsOf({
  partners: { match: `MATCH (:Programme {id: key})-[:PARTNER]->(n:Actor)`, order: orderOf(nullable("n.name"), asc("n.id")) },
  sentra: { match: `MATCH (:Programme {id: key})-[:TARGETS]->(n:Sentra)`, order: orderOf(nullable("n.name"), asc("n.id")) },
});

export const findProgrammeLinks = linksOf({
  runBy: `MATCH (:Programme {id: key})-[:RUN_BY]->(item:Actor)`,
});
