import { connectionOf } from "../common/connection";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Node } from "../common/node.interface";

@ObjectType({ implements: Node, description: "A development programme run for one or more sentra, e.g. PNM credit or Bank Indonesia's value-chain programme." })
export class Programme extends Node {
  @Field({ description: "Name of the programme." })
  name!: string;

  @Field({ description: "What it does." })
  description!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Start." })
  startDate!: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "End." })
  endDate!: string | null;

  @Field(() => Float, { nullable: true, description: "Money involved, in rupiah." })
  amountRp!: number | null;

  @Field(() => Int, { nullable: true, description: "How many firms it reached." })
  beneficiaries!: number | null;
}

export const ProgrammeConnection = connectionOf(() => Programme, "Programme", { what: "programme" });
