import { msg } from "../../i18n/message";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { ObservationKind } from "../../domain/graph";
import type { ActorRow } from "../../repositories/actor.repository";
import { connectionFrom, PageArgs, toConnection, toPageRequest } from "../common/connection";
import { SLIM_LINKAGE } from "../common/slim-rows";
import type { Context } from "../context";
import { badInput } from "../errors";
import { AgreementConnection } from "../forum/agreement.type";
import { ForumConnection } from "../forum/forum.type";
import { PersonConnection } from "../forum/person.type";
import { LinkageConnection } from "../linkage/linkage.type";
import { IndicatorScoreConnection, ProblemSolvingScoreConnection, SurveyResponseConnection } from "../observation/observation.type";
import { ProgrammeConnection } from "../programme/programme.type";
import { regionData } from "../region/region.data";
import { Region } from "../region/region.type";
import { ActorListArgs, LinkageArgs, ObservationArgs } from "./actor.args";
import { actorData } from "./actor.data";
import type { NearInput } from "./actor.input";
import { Actor, ActorConnection } from "./actor.type";
import { ParticipationConnection } from "./participation.type";

function checkedCircle(near: NearInput) {
  const { latitude, longitude, radiusKm } = near;
  if (!(latitude >= -90 && latitude <= 90)) throw badInput("filter.near.latitude", msg("errors.latitude", { value: latitude }));
  if (!(longitude >= -180 && longitude <= 180)) throw badInput("filter.near.longitude", msg("errors.longitude", { value: longitude }));
  if (!(radiusKm > 0 && radiusKm <= 1000))
    throw badInput("filter.near.radiusKm", msg("errors.aboveZeroAtMost", { field: "radiusKm", max: 1000, value: radiusKm }));
  return { latitude, longitude, radiusKm };
}

function observations(kind: ObservationKind, actor: ActorRow, args: ObservationArgs, { data }: Context) {
  const filter = { kind, sentraId: args.sentraId ?? undefined, roundId: args.roundId ?? undefined };
  return connectionFrom(data.of(actorData).observations, actor.id, filter, args);
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: "An actor by id." })
  actor(@Arg("id", () => ID) id: string, @Ctx() { data }: Context) {
    return data.of(actorData).byId.load(id);
  }

  @Query(() => ActorConnection, { description: "Actors, by kind, role, sentra, region and name." })
  async actors(@Args() args: ActorListArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    const filter = args.filter ?? {};
    const page = await data.of(actorData).list(
      {
        kinds: filter.kinds ?? [],
        roles: filter.roles ?? [],
        sentraId: filter.sentraId ?? undefined,
        regionId: filter.regionId ?? undefined,
        nameContains: filter.nameContains ?? undefined,
        near: filter.near ? checkedCircle(filter.near) : undefined,
      },
      toPageRequest(args, info),
    );
    return toConnection(page);
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region it is located in." })
  region(@Root() actor: ActorRow, @Ctx() { data }: Context) {
    return data.of(regionData).links.locatedIn.load(actor.id);
  }

  @FieldResolver(() => ParticipationConnection, { description: "The sentra it takes part in, and its role in each." })
  participations(@Root() actor: ActorRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(actorData).participations, actor.id, {}, args, (participation) => participation);
  }

  @FieldResolver(() => LinkageConnection, { description: "Its ties to other actors, with direction, intensity and the partner at the other end." })
  linkages(@Root() actor: ActorRow, @Args() args: LinkageArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    const filter = { direction: args.direction, types: args.types ?? [], sentraId: args.sentraId ?? undefined };
    return connectionFrom(data.of(actorData).linkages, actor.id, filter, args, undefined, info, SLIM_LINKAGE);
  }

  @FieldResolver(() => PersonConnection, { description: "People who represent it, e.g. in forums." })
  representatives(@Root() actor: ActorRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(actorData).lists.representatives, actor.id, {}, args);
  }

  @FieldResolver(() => ForumConnection, { description: "Forums (FPK, FKAK) it belongs to, directly or through a representative." })
  forums(@Root() actor: ActorRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(actorData).lists.forums, actor.id, {}, args);
  }

  @FieldResolver(() => AgreementConnection, { description: "Assistance agreements in which it is the LPT or PKE." })
  agreements(@Root() actor: ActorRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(actorData).lists.agreements, actor.id, {}, args);
  }

  @FieldResolver(() => ProgrammeConnection, { description: "Programmes it runs or partners in." })
  programmes(@Root() actor: ActorRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(actorData).lists.programmes, actor.id, {}, args);
  }

  @FieldResolver(() => SurveyResponseConnection, { description: "Its answers to the cooperation questions; a question it did not answer has no response." })
  surveyResponses(@Root() actor: ActorRow, @Args() args: ObservationArgs, @Ctx() context: Context) {
    return observations("SURVEY_RESPONSE", actor, args, context);
  }

  @FieldResolver(() => IndicatorScoreConnection, { description: "Its JICA cluster-dynamics scores, one per survey round." })
  indicatorScores(@Root() actor: ActorRow, @Args() args: ObservationArgs, @Ctx() context: Context) {
    return observations("INDICATOR_SCORE", actor, args, context);
  }

  @FieldResolver(() => ProblemSolvingScoreConnection, { description: "Its joint problem-solving scores, one per survey round." })
  problemSolvingScores(@Root() actor: ActorRow, @Args() args: ObservationArgs, @Ctx() context: Context) {
    return observations("PROBLEM_SOLVING_SCORE", actor, args, context);
  }
}
