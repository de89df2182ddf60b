import { linksOf, nodeListsOf } from "./templates";

/** Lists of nodes hanging off a programme. */
export const findProgrammeLists = nodeListsOf({
  partners: `MATCH (:Programme {id: key})-[:PARTNER]->(n:Actor) WITH n ORDER BY n.name`,
  sentra: `MATCH (:Programme {id: key})-[:TARGETS]->(n:Sentra) WITH n ORDER BY n.name`,
});

export const findProgrammeLinks = linksOf({
  runBy: `MATCH (:Programme {id: key})-[:RUN_BY]->(item:Actor)`,
});
