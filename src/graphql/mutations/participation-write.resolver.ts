import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { ArchiveParticipationInput, CreateParticipationInput, UpdateParticipationInput } from "./participation-write.input";
import { ParticipationRecord } from "./payloads";
import { writeData } from "./write.data";

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
