import { connectionOf } from "../common/connection";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import type { SentraRole } from "../../domain/vocabulary";
import { SentraRoleEnum } from "../common/enums";
import { Sentra } from "../sentra/sentra.type";

@ObjectType({ description: "An actor's part in one sentra: the same firm can supply one sentra and buy from another." })
export class Participation {
  @Field(() => SentraRoleEnum, { description: "The role it plays in that sentra." })
  role!: SentraRole;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Since when, where known." })
  since!: string | null;

  @Field(() => Sentra, { description: "The sentra." })
  sentra!: Sentra;
}

export const ParticipationConnection = connectionOf(() => Participation, "Participation", "participation");
