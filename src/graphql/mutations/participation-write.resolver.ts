import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { SentraRole } from "../../domain/vocabulary";
import { SentraRoleEnum } from "../common/enums";
import type { Context } from "../context";
import { ParticipationRecord } from "./payloads";
import { writeData } from "./write.data";

/** What names a participation: (actorId, sentraId, role). The inputs below add to it; no field takes it itself, so the schema leaves it out. */
@InputType()
abstract class ParticipationKeyInput {
  @Field(() => ID, { description: "The actor." })
  actorId!: string;

  @Field(() => ID, { description: "The sentra." })
  sentraId!: string;

  @Field(() => SentraRoleEnum, { description: "The role it plays there (part of the key)." })
  role!: SentraRole;
}

/** A participation's key and the version its change was read at. */
@InputType()
abstract class ParticipationAtVersionInput extends ParticipationKeyInput {
  @Field(() => Int, { description: "The version you read; if it has changed since, the change is refused with CONFLICT." })
  expectedVersion!: number;
}

@InputType({ description: "An actor taking part in a sentra in a role; (actorId, sentraId, role) is its key." })
class CreateParticipationInput extends ParticipationKeyInput {
  @Field(() => String, { nullable: true, description: "Since when, YYYY-MM-DD, not in the future." })
  since?: string | null;
}

@InputType({ description: "A change to when a participation started; to change the role, archive it and add another." })
class UpdateParticipationInput extends ParticipationAtVersionInput {
  @Field(() => String, { nullable: true, description: "New start date, YYYY-MM-DD; null clears it." })
  since?: string | null;
}

@InputType({ description: "The participation to archive." })
class ArchiveParticipationInput extends ParticipationAtVersionInput {}

@Resolver()
export class ParticipationWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => ParticipationRecord, { description: "Adds an actor to a sentra in a role; adding the same participation again returns it unchanged." })
  createParticipation(@Arg("input", () => CreateParticipationInput) input: CreateParticipationInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createParticipation(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => ParticipationRecord, { description: "Changes when a participation started, at the version you read." })
  updateParticipation(@Arg("input", () => UpdateParticipationInput) input: UpdateParticipationInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateParticipation(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ParticipationRecord, { description: "Archives a participation: the actor no longer counts as a member of the sentra in that role." })
  archiveParticipation(@Arg("input", () => ArchiveParticipationInput) input: ArchiveParticipationInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).archiveParticipation(input);
  }
}
