import { connectionOf } from "../common/connection";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../common/node.interface";

@ObjectType({ implements: Node, description: "A person, usually sitting in a forum on behalf of an actor." })
export class Person extends Node {
  @Field({ description: "Name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Position, e.g. head of the industry office (Kepala Dinas)." })
  position!: string | null;
}

export const PersonConnection = connectionOf(() => Person, "Person", { what: "person" });
