import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import { Actor } from "../actor/actor.type";
import type { Context } from "../context";
import { CreateActorInput, UpdateActorInput } from "./actor-write.input";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

@Resolver()
export class ActorWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Actor, { description: "Creates an actor; with a stable id, creating it again with the same values returns it unchanged." })
  createActor(@Arg("input", () => CreateActorInput) input: CreateActorInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createActor(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Actor, { description: "Changes an actor's fields at the version you read (CONFLICT if someone changed it since)." })
  updateActor(@Arg("input", () => UpdateActorInput) input: UpdateActorInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateActor(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, {
    description: "Archives an actor: its data stays, but reads, its ties and its participations no longer show it, and analyses leave it out.",
  })
  archiveActor(
    @Arg("id", () => ID, { description: "The actor." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveActor(id, expectedVersion);
  }
}
