/**
 * The seed dataset: a RECONSTRUCTION. Aggregates (Tables 3 to 8 of research/001, the Tegal
 * beef-cattle series and the programmes of research/003) are the research's; firm names and
 * firm-level facts are invented to reproduce them. See seed/README.md.
 */
import type { SeedDataset } from "../../src/domain/dataset";
import { regions } from "./regions";
import { sentra } from "./sentra";
import { institutions } from "./institutions";
import { ceper } from "./measured-ceper";
import { juwana } from "./measured-juwana";
import { tegal } from "./measured-tegal";
import { otherSentra } from "./other-sentra";
import { agreements, forums, monitoringRecords, people } from "./forums";
import { programmes } from "./programmes";
import { statistics } from "./statistics";
import { surveyRounds } from "./survey";

const measured = [ceper, juwana, tegal];

export const dataset: SeedDataset = {
  regions,
  sentra,
  actors: [...institutions, ...measured.flatMap((m) => m.actors), ...otherSentra.actors],
  participations: [...measured.flatMap((m) => m.participations), ...otherSentra.participations],
  linkages: [...measured.flatMap((m) => m.linkages), ...otherSentra.linkages],
  people,
  forums,
  agreements,
  monitoringRecords,
  surveyRounds,
  indicatorScores: measured.flatMap((m) => m.indicatorScores),
  problemSolvingScores: measured.flatMap((m) => m.problemSolvingScores),
  surveyResponses: measured.flatMap((m) => m.surveyResponses),
  programmes,
  statistics,
};
