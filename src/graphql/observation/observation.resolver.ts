import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { PageArgs, toConnection, toPageRequest } from "../common/connection";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Node } from "../common/node.interface";
import { Sentra } from "../sentra/sentra.type";
import { IndicatorScore, ProblemSolvingScore, SurveyResponse, SurveyRound, SurveyRoundConnection } from "./observation.type";
import { listSurveyRounds } from "../../repositories/survey.repository";

// The same three links for every kind of observation: to its firm, its sentra and its round.
function observationResolver(of: typeof SurveyResponse | typeof IndicatorScore | typeof ProblemSolvingScore) {
  @Resolver(() => of)
  class ObservationLinks {
    @FieldResolver(() => Actor, { nullable: true, description: "The firm observed." })
    actor(@Root() observation: Node, @Ctx() { loaders }: Context) {
      return loaders.toOne.observationActor.load(observation.id);
    }

    @FieldResolver(() => Sentra, { nullable: true, description: "The sentra the firm was surveyed in." })
    sentra(@Root() observation: Node, @Ctx() { loaders }: Context) {
      return loaders.toOne.observationSentra.load(observation.id);
    }

    @FieldResolver(() => SurveyRound, { nullable: true, description: "The survey round." })
    round(@Root() observation: Node, @Ctx() { loaders }: Context) {
      return loaders.toOne.observationRound.load(observation.id);
    }
  }
  return ObservationLinks;
}

export const SurveyResponseResolver = observationResolver(SurveyResponse);
export const IndicatorScoreResolver = observationResolver(IndicatorScore);
export const ProblemSolvingScoreResolver = observationResolver(ProblemSolvingScore);

@Resolver(() => SurveyRound)
export class SurveyRoundResolver {
  @Query(() => SurveyRoundConnection, { description: "Survey rounds, oldest first." })
  async surveyRounds(@Args() args: PageArgs, @Ctx() { db }: Context) {
    return toConnection(await listSurveyRounds(db, toPageRequest(args)), (node) => ({ node }));
  }
}
