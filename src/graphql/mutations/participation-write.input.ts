import { Field, ID, InputType, Int } from "type-graphql";
import type { SentraRole } from "../../domain/vocabulary";
import { SentraRoleEnum } from "../common/enums";

@InputType({ description: "An actor taking part in a sentra in a role; (actorId, sentraId, role) is its key." })
export class CreateParticipationInput {
  @Field(() => ID, { description: "The actor." })
  actorId!: string;

  @Field(() => ID, { description: "The sentra." })
  sentraId!: string;

  @Field(() => SentraRoleEnum, { description: "The role it plays there." })
  role!: SentraRole;

  @Field(() => String, { nullable: true, description: "Since when, YYYY-MM-DD, not in the future." })
  since?: string | null;
}

@InputType({ description: "A change to when a participation started; to change the role, archive it and add another." })
export class UpdateParticipationInput {
  @Field(() => ID, { description: "The actor." })
  actorId!: string;

  @Field(() => ID, { description: "The sentra." })
  sentraId!: string;

  @Field(() => SentraRoleEnum, { description: "The role (part of the key)." })
  role!: SentraRole;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New start date, YYYY-MM-DD; null clears it." })
  since?: string | null;
}

@InputType({ description: "The participation to archive." })
export class ArchiveParticipationInput {
  @Field(() => ID, { description: "The actor." })
  actorId!: string;

  @Field(() => ID, { description: "The sentra." })
  sentraId!: string;

  @Field(() => SentraRoleEnum, { description: "The role (part of the key)." })
  role!: SentraRole;

  @Field(() => Int, { description: "The version you read; if it has changed since, the archive is refused with CONFLICT." })
  expectedVersion!: number;
}
