import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { NodeRow } from "../../repositories/node-row";
import type { Context } from "../context";
import { sentraData } from "./sentra.data";
import { Sentra } from "./sentra.type";
import { SentraStatistic } from "./statistic.type";

@Resolver(() => SentraStatistic)
export class SentraStatisticResolver {
  @FieldResolver(() => Sentra, { nullable: true, description: "The sentra measured." })
  sentra(@Root() statistic: NodeRow, @Ctx() { data }: Context) {
    return data.of(sentraData).statisticLinks.sentra.load(statistic.id);
  }
}
