import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { Sentra } from "../sentra/sentra.type";
import { Programme } from "./programme.type";
import { SentraStatistic } from "./statistic.type";

@Resolver(() => Programme)
export class ProgrammeResolver {
  @FieldResolver(() => Actor, { description: "Who runs it." })
  runBy(@Root() programme: Programme, @Ctx() { loaders }: Context) {
    return loaders.toOne.programmeRunner.load(programme.id);
  }

  @FieldResolver(() => [Actor], { description: "Partners in running it." })
  async partners(@Root() programme: Programme, @Ctx() { loaders }: Context) {
    return (await loaders.related.programmePartners.load(programme.id)).map((r) => r.node);
  }

  @FieldResolver(() => [Sentra], { description: "The sentra it targets." })
  async sentra(@Root() programme: Programme, @Ctx() { loaders }: Context) {
    return (await loaders.related.programmeSentra.load(programme.id)).map((r) => r.node);
  }
}

@Resolver(() => SentraStatistic)
export class SentraStatisticResolver {
  @FieldResolver(() => Sentra, { description: "The sentra measured." })
  sentra(@Root() statistic: SentraStatistic, @Ctx() { loaders }: Context) {
    return loaders.toOne.statisticSentra.load(statistic.id);
  }
}
