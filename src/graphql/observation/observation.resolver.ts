import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { NodeRow } from "../../repositories/node-row";
import { Actor } from "../actor/actor.type";
import { PageArgs, toConnection, toPageRequest } from "../common/connection";
import type { Context } from "../context";
import { Sentra } from "../sentra/sentra.type";
import { observationData } from "./observation.data";
import { IndicatorScore, ProblemSolvingScore, SurveyResponse, SurveyRound, SurveyRoundConnection } from "./observation.type";

// The same three links for every kind of observation: to its firm, its sentra and its round.
function observationResolver(of: typeof SurveyResponse | typeof IndicatorScore | typeof ProblemSolvingScore) {
  @Resolver(() => of)
  class ObservationLinks {
    @FieldResolver(() => Actor, { nullable: true, description: "The firm observed." })
    actor(@Root() observation: NodeRow, @Ctx() { data }: Context) {
      return data.of(observationData).links.actor.load(observation.id);
    }

    @FieldResolver(() => Sentra, { nullable: true, description: "The sentra the firm was surveyed in." })
    sentra(@Root() observation: NodeRow, @Ctx() { data }: Context) {
      return data.of(observationData).links.sentra.load(observation.id);
    }

    @FieldResolver(() => SurveyRound, { nullable: true, description: "The survey round." })
    round(@Root() observation: NodeRow, @Ctx() { data }: Context) {
      return data.of(observationData).links.round.load(observation.id);
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
  async surveyRounds(@Args() args: PageArgs, @Ctx() { data }: Context) {
    return toConnection(await data.of(observationData).rounds(toPageRequest(args)));
  }
}
