import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Sentra } from "../sentra/sentra.type";
import { ArchiveResult } from "./payloads";
import { CreateSentraInput, UpdateSentraInput } from "./sentra-write.input";
import { writeData } from "./write.data";

@Resolver()
export class SentraWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Sentra, {
    description:
      "Creates a sentra in an existing region and computes its stored metrics; with a stable id, creating it again with the same values returns it unchanged.",
  })
  createSentra(@Arg("input", () => CreateSentraInput) input: CreateSentraInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createSentra(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Sentra, { description: "Changes a sentra at the version you read (CONFLICT if someone changed it since); its metrics are recomputed." })
  updateSentra(@Arg("input", () => UpdateSentraInput) input: UpdateSentraInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateSentra(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives a sentra: lookups, lists and members no longer show it." })
  async archiveSentra(
    @Arg("id", () => ID, { description: "The sentra." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    const archived = (await data.of(writeData)(caller).archiveSentra(id, expectedVersion)) as { id: string; version?: number; archivedAt?: string };
    return { id: archived.id, version: archived.version, archivedAt: archived.archivedAt };
  }
}
