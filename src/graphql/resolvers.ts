import type { NonEmptyArray } from "type-graphql";
import { ActorResolver } from "./actor/actor.resolver";
import { NodeResolver } from "./common/node.resolver";
import { AgreementResolver, ForumResolver, MonitoringRecordResolver, PersonResolver } from "./forum/forum.resolver";
import { LinkageResolver } from "./linkage/linkage.resolver";
import { IndicatorScoreResolver, ProblemSolvingScoreResolver, SurveyResponseResolver, SurveyRoundResolver } from "./observation/observation.resolver";
import { ProgrammeResolver, SentraStatisticResolver } from "./programme/programme.resolver";
import { RegionResolver } from "./region/region.resolver";
import { SentraResolver } from "./sentra/sentra.resolver";
import { ServerInfoResolver } from "./system/server-info.resolver";

// Every resolver class the schema is built from.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ServerInfoResolver,
  NodeResolver,
  RegionResolver,
  SentraResolver,
  ActorResolver,
  LinkageResolver,
  ForumResolver,
  PersonResolver,
  AgreementResolver,
  MonitoringRecordResolver,
  SurveyRoundResolver,
  SurveyResponseResolver,
  IndicatorScoreResolver,
  ProblemSolvingScoreResolver,
  ProgrammeResolver,
  SentraStatisticResolver,
];
