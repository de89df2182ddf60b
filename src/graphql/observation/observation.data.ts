import { findObservationLinks, listSurveyRounds } from "../../repositories/observation.repository";
import type { PageRequest } from "../../repositories/paging";
import { linkLoaders } from "../common/loaders";
import type { DataModule } from "../common/request-data";

export const observationData = ((db) => ({
  rounds: (page: PageRequest) => listSurveyRounds(db, page),
  links: linkLoaders(["actor", "sentra", "round"], (link, ids) => findObservationLinks(db, link, ids)),
})) satisfies DataModule<unknown>;
