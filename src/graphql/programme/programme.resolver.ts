import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor, ActorConnection } from "../actor/actor.type";
import { PageArgs } from "../common/connection";
import { relatedConnection } from "../common/related-page";
import type { Context } from "../context";
import { Sentra, SentraConnection } from "../sentra/sentra.type";
import { Programme } from "./programme.type";
import { SentraStatistic } from "./statistic.type";

@Resolver(() => Programme)
export class ProgrammeResolver {
  @FieldResolver(() => Actor, { nullable: true, description: "Who runs it." })
  runBy(@Root() programme: Programme, @Ctx() { loaders }: Context) {
    return loaders.toOne.programmeRunner.load(programme.id);
  }

  @FieldResolver(() => ActorConnection, { description: "Partners in running it." })
  partners(@Root() programme: Programme, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.programmePartners, programme.id, args);
  }

  @FieldResolver(() => SentraConnection, { description: "The sentra it targets." })
  sentra(@Root() programme: Programme, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.programmeSentra, programme.id, args);
  }
}

@Resolver(() => SentraStatistic)
export class SentraStatisticResolver {
  @FieldResolver(() => Sentra, { nullable: true, description: "The sentra measured." })
  sentra(@Root() statistic: SentraStatistic, @Ctx() { loaders }: Context) {
    return loaders.toOne.statisticSentra.load(statistic.id);
  }
}
