import { connectionOf } from "../common/connection";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Node } from "../common/node.interface";

@ObjectType({ implements: Node, description: "One yearly figure about a sentra, e.g. the Tegal beef-cattle cluster's herd size in 2003." })
export class SentraStatistic extends Node {
  @Field(() => Int, { description: "Year." })
  year!: number;

  @Field({ description: "What is measured, e.g. cattle, meatProduced, meatDemand, farmingHouseholds, incomePerFarmer." })
  measure!: string;

  @Field(() => Float, { description: "The value." })
  value!: number;

  @Field({ description: "Unit, e.g. head, kg, households, Rp/year." })
  unit!: string;
}

export const SentraStatisticConnection = connectionOf(() => SentraStatistic, "SentraStatistic", { what: "sentra statistic" });
