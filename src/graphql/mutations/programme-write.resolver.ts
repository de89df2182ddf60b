import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Programme } from "../programme/programme.type";
import { ArchiveResult } from "./payloads";
import { CreateProgrammeInput, UpdateProgrammeInput } from "./programme-write.input";
import { writeData } from "./write.data";

@Resolver()
export class ProgrammeWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Programme, {
    description: "Records a development programme run by an actor, with partners and target sentra; the same id and values again return it unchanged.",
  })
  createProgramme(@Arg("input", () => CreateProgrammeInput) input: CreateProgrammeInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createProgramme(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Programme, { description: "Changes a programme at the version you read (CONFLICT if someone changed it since)." })
  updateProgramme(@Arg("input", () => UpdateProgrammeInput) input: UpdateProgrammeInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateProgramme(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives a programme: node(id) and the programmes of sentra and actors no longer show it." })
  archiveProgramme(
    @Arg("id", () => ID, { description: "The programme." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveProgramme(id, expectedVersion);
  }
}
