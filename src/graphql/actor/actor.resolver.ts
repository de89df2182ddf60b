import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { listActors } from "../../repositories/actor.repository";
import { PageArgs, toConnection, toPageRequest } from "../common/connection";
import { relatedConnection } from "../common/related-page";
import type { Context } from "../context";
import { AgreementConnection } from "../forum/agreement.type";
import { ForumConnection } from "../forum/forum.type";
import { PersonConnection } from "../forum/person.type";
import { LinkageConnection } from "../linkage/linkage.type";
import { IndicatorScoreConnection, ProblemSolvingScoreConnection, SurveyResponseConnection } from "../observation/observation.type";
import { ProgrammeConnection } from "../programme/programme.type";
import { Region } from "../region/region.type";
import { badInput } from "../errors";
import { ActorListArgs, LinkageArgs, type NearInput } from "./actor.args";
import { Actor, ActorConnection } from "./actor.type";
import { ParticipationConnection } from "./participation.type";

function checkedCircle(near: NearInput) {
  const { latitude, longitude, radiusKm } = near;
  if (!(latitude >= -90 && latitude <= 90)) throw badInput("filter.near.latitude", `latitude must be from -90 to 90, got ${latitude}`);
  if (!(longitude >= -180 && longitude <= 180)) throw badInput("filter.near.longitude", `longitude must be from -180 to 180, got ${longitude}`);
  if (!(radiusKm > 0 && radiusKm <= 1000)) throw badInput("filter.near.radiusKm", `radiusKm must be more than 0 and at most 1000, got ${radiusKm}`);
  return { latitude, longitude, radiusKm };
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: "An actor by id." })
  actor(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.actors.load(id);
  }

  @Query(() => ActorConnection, { description: "Actors, by kind, role, sentra, region and name." })
  async actors(@Args() args: ActorListArgs, @Ctx() { db }: Context) {
    const filter = args.filter ?? {};
    const page = await listActors(
      db,
      {
        kinds: filter.kinds ?? [],
        roles: filter.roles ?? [],
        sentraId: filter.sentraId ?? undefined,
        regionId: filter.regionId ?? undefined,
        nameContains: filter.nameContains ?? undefined,
        near: filter.near ? checkedCircle(filter.near) : undefined,
      },
      toPageRequest(args),
    );
    return toConnection(page, (node) => ({ node }));
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region it is located in." })
  async region(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    const regionId = actor.regionId !== undefined ? actor.regionId : (await loaders.actors.load(actor.id))?.regionId;
    return regionId ? loaders.regions.load(regionId) : null;
  }

  @FieldResolver(() => ParticipationConnection, { description: "The sentra it takes part in, and its role in each." })
  async participations(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.participations.load(actor.id, {}, toPageRequest(args));
    const items = await Promise.all(page.items.map(async (p) => ({ role: p.role, since: p.since, sentra: await loaders.sentra.load(p.sentraId) })));
    return toConnection({ ...page, items }, (node) => ({ node }));
  }

  @FieldResolver(() => LinkageConnection, { description: "Its ties to other actors, with direction, intensity and the partner at the other end." })
  async linkages(@Root() actor: Actor, @Args() args: LinkageArgs, @Ctx() { loaders }: Context) {
    const filter = { direction: args.direction, types: args.types ?? [], sentraId: args.sentraId ?? undefined };
    return toConnection(await loaders.linkages.load(actor.id, filter, toPageRequest(args)), (node) => ({ node }));
  }

  @FieldResolver(() => PersonConnection, { description: "People who represent it, e.g. in forums." })
  representatives(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.actorRepresentatives, actor.id, args);
  }

  @FieldResolver(() => ForumConnection, { description: "Forums (FPK, FKAK) it belongs to, directly or through a representative." })
  forums(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.actorForums, actor.id, args);
  }

  @FieldResolver(() => AgreementConnection, { description: "Assistance agreements in which it is the LPT or PKE." })
  agreements(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.actorAgreements, actor.id, args);
  }

  @FieldResolver(() => ProgrammeConnection, { description: "Programmes it runs or partners in." })
  programmes(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.actorProgrammes, actor.id, args);
  }

  @FieldResolver(() => SurveyResponseConnection, { description: "Its answers to the cooperation questions; a question it did not answer has no response." })
  surveyResponses(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.actorSurveyResponses, actor.id, args);
  }

  @FieldResolver(() => IndicatorScoreConnection, { description: "Its JICA cluster-dynamics scores, one per survey round." })
  indicatorScores(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.actorIndicatorScores, actor.id, args);
  }

  @FieldResolver(() => ProblemSolvingScoreConnection, { description: "Its joint problem-solving scores, one per survey round." })
  problemSolvingScores(@Root() actor: Actor, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.actorProblemSolvingScores, actor.id, args);
  }
}
