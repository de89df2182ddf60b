import { connectionOf } from "../common/connection";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../common/node.interface";

@ObjectType({ implements: Node, description: "A dated monitoring and evaluation (monev) visit to a sentra, with its findings." })
export class MonitoringRecord extends Node {
  @Field(() => GraphQLLocalDate, { description: "Date of the visit." })
  date!: string;

  @Field({ description: "What the visit found." })
  findings!: string;
}

export const MonitoringRecordConnection = connectionOf(() => MonitoringRecord, "MonitoringRecord", { what: "monitoring record" });
