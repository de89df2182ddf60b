import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { listActors } from "../../repositories/actor.repository";
import { toConnection, toPageRequest } from "../common/connection";
import type { Context } from "../context";
import { Agreement } from "../forum/agreement.type";
import { Forum } from "../forum/forum.type";
import { Person } from "../forum/person.type";
import { LinkageConnection } from "../linkage/linkage.type";
import { IndicatorScore, ProblemSolvingScore, SurveyResponse } from "../observation/observation.type";
import { Programme } from "../programme/programme.type";
import { Region } from "../region/region.type";
import { ActorListArgs, LinkageArgs } from "./actor.args";
import { Actor, ActorConnection } from "./actor.type";
import { Participation } from "./participation.type";

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

  @FieldResolver(() => [Participation], { description: "The sentra it takes part in, and its role in each." })
  async participations(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    const rows = await loaders.participations.load(actor.id);
    return Promise.all(rows.map(async (p) => ({ role: p.role, since: p.since, sentra: await loaders.sentra.load(p.sentraId) })));
  }

  @FieldResolver(() => LinkageConnection, { description: "Its ties to other actors, with direction, intensity and the partner at the other end." })
  async linkages(@Root() actor: Actor, @Args() args: LinkageArgs, @Ctx() { loaders }: Context) {
    const filter = { direction: args.direction, types: args.types ?? [], sentraId: args.sentraId ?? undefined };
    return toConnection(await loaders.linkages.load(actor.id, filter, toPageRequest(args)), (node) => ({ node }));
  }

  @FieldResolver(() => [Person], { description: "People who represent it, e.g. in forums." })
  async representatives(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return (await loaders.related.actorRepresentatives.load(actor.id)).map((r) => r.node);
  }

  @FieldResolver(() => [Forum], { description: "Forums (FPK, FKAK) it belongs to, directly or through a representative." })
  async forums(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return (await loaders.related.actorForums.load(actor.id)).map((r) => r.node);
  }

  @FieldResolver(() => [Agreement], { description: "Assistance agreements in which it is the LPT or PKE." })
  async agreements(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return (await loaders.related.actorAgreements.load(actor.id)).map((r) => r.node);
  }

  @FieldResolver(() => [Programme], { description: "Programmes it runs or partners in." })
  async programmes(@Root() actor: Actor, @Ctx() { loaders }: Context) {
    return (await loaders.related.actorProgrammes.load(actor.id)).map((r) => r.node);
  }

  @FieldResolver(() => [SurveyResponse], { description: "Its answers to the cooperation questions; a question with no answer is absent." })
  surveyResponses(@Root() actor: Actor, @Ctx() ctx: Context) {
    return observationsOf(actor, ctx, "SurveyResponse");
  }

  @FieldResolver(() => [IndicatorScore], { description: "Its JICA cluster-dynamics scores, one per survey round." })
  indicatorScores(@Root() actor: Actor, @Ctx() ctx: Context) {
    return observationsOf(actor, ctx, "IndicatorScore");
  }

  @FieldResolver(() => [ProblemSolvingScore], { description: "Its joint problem-solving scores, one per survey round." })
  problemSolvingScores(@Root() actor: Actor, @Ctx() ctx: Context) {
    return observationsOf(actor, ctx, "ProblemSolvingScore");
  }
}

// One loader fetches all of an actor's observations; each field keeps its own kind.
async function observationsOf(actor: Actor, { loaders }: Context, typename: string) {
  return (await loaders.related.actorObservations.load(actor.id)).map((r) => r.node).filter((n) => n.__typename === typename);
}
