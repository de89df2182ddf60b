import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { SentraRow } from "../../repositories/sentra.repository";
import { connectionFrom, PageArgs, toConnection, toPageRequest } from "../common/connection";
import { SLIM_ACTOR } from "../common/slim-rows";
import type { Context } from "../context";
import { ForumConnection } from "../forum/forum.type";
import { LinkageConnection } from "../linkage/linkage.type";
import { IndicatorScoreConnection, ProblemSolvingScoreConnection, SurveyResponseConnection } from "../observation/observation.type";
import type { ObservationKind } from "../../domain/graph";
import { MonitoringRecordConnection } from "../forum/monitoring.type";
import { ProgrammeConnection } from "../programme/programme.type";
import { regionData } from "../region/region.data";
import { Region } from "../region/region.type";
import { checkedSearch, MemberArgs, SentraLinkageArgs, SentraObservationArgs, SentraQueryArgs, SentraResponseArgs } from "./sentra.args";
import { sentraData } from "./sentra.data";
import { Sentra, SentraConnection, SentraMemberConnection } from "./sentra.type";
import { SentraStatisticConnection } from "./statistic.type";

@Resolver(() => Sentra)
export class SentraResolver {
  @Query(() => Sentra, { nullable: true, description: "A sentra by id." })
  sentra(@Arg("id", () => ID) id: string, @Ctx() { data }: Context) {
    return data.of(sentraData).byId.load(id);
  }

  @Query(() => SentraConnection, {
    description: "Sentra, by region, by a search of their name, product, sector and region names, and by leading-industry status.",
  })
  async sentraList(@Args() args: SentraQueryArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    const filter = { regionId: args.regionId ?? undefined, nameContains: checkedSearch(args.nameContains), unggulan: args.unggulan ?? undefined };
    return toConnection(await data.of(sentraData).list(filter, toPageRequest(args, info)));
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region (usually a village or district) where the sentra lies." })
  region(@Root() sentra: SentraRow, @Ctx() { data }: Context) {
    return data.of(regionData).links.locatedIn.load(sentra.id);
  }

  @FieldResolver(() => SentraMemberConnection, { description: "The actors taking part in this sentra, each with its role here." })
  members(@Root() sentra: SentraRow, @Args() args: MemberArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    const filter = { roles: args.roles ?? [], kinds: args.kinds ?? [] };
    return connectionFrom(data.of(sentraData).members, sentra.id, filter, args, (member) => member, info, SLIM_ACTOR);
  }

  @FieldResolver(() => ForumConnection, { description: "Its forums: FPK (development forum) and FKAK (members' forum)." })
  forums(@Root() sentra: SentraRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(sentraData).lists.forums, sentra.id, {}, args);
  }

  @FieldResolver(() => MonitoringRecordConnection, { description: "Monitoring and evaluation visits, oldest first." })
  monitoringRecords(@Root() sentra: SentraRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(sentraData).lists.monitoringRecords, sentra.id, {}, args);
  }

  @FieldResolver(() => ProgrammeConnection, { description: "Development programmes aimed at this sentra." })
  programmes(@Root() sentra: SentraRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(sentraData).lists.programmes, sentra.id, {}, args);
  }

  @FieldResolver(() => SentraStatisticConnection, { description: "Yearly figures about the sentra (e.g. cattle, meat produced), by measure and year." })
  statistics(@Root() sentra: SentraRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(sentraData).lists.statistics, sentra.id, {}, args);
  }

  @FieldResolver(() => LinkageConnection, {
    description: "The ties that belong to this sentra, by type and intensity; each is seen from where it starts (`partner` is the actor it points to).",
  })
  linkages(@Root() sentra: SentraRow, @Args() args: SentraLinkageArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    return connectionFrom(data.of(sentraData).linkages, sentra.id, { types: args.types ?? [], intensities: args.intensities ?? [] }, args, undefined, info);
  }

  @FieldResolver(() => SurveyResponseConnection, {
    description: "Its firms' answers to the cooperation questions, by question and round (Tables 4 to 7 in one request).",
  })
  surveyResponses(@Root() sentra: SentraRow, @Args() args: SentraResponseArgs, @Ctx() { data }: Context) {
    return observations(data, sentra, "SURVEY_RESPONSE", args, args.questions ?? []);
  }

  @FieldResolver(() => IndicatorScoreConnection, { description: "Its firms' JICA scores, by round (Table 3)." })
  indicatorScores(@Root() sentra: SentraRow, @Args() args: SentraObservationArgs, @Ctx() { data }: Context) {
    return observations(data, sentra, "INDICATOR_SCORE", args);
  }

  @FieldResolver(() => ProblemSolvingScoreConnection, { description: "Its firms' joint problem-solving scores, by round (Table 8)." })
  problemSolvingScores(@Root() sentra: SentraRow, @Args() args: SentraObservationArgs, @Ctx() { data }: Context) {
    return observations(data, sentra, "PROBLEM_SOLVING_SCORE", args);
  }
}

function observations(
  data: Context["data"],
  sentra: SentraRow,
  kind: ObservationKind,
  args: SentraObservationArgs,
  questions: SentraResponseArgs["questions"] = [],
) {
  const filter = { kind, questions: questions ?? [], roundId: args.roundId ?? undefined };
  return connectionFrom(data.of(sentraData).observations, sentra.id, filter, args);
}
