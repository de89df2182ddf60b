import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Linkage } from "../linkage/linkage.type";
import { CreateLinkageInput, UpdateLinkageInput } from "./linkage-write.input";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

@Resolver()
export class LinkageWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Linkage, {
    description: "Creates a tie (seen from where it starts) and recomputes the stored metrics of the sentra whose network it changes.",
  })
  createLinkage(@Arg("input", () => CreateLinkageInput) input: CreateLinkageInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createLinkage(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Linkage, { description: "Changes a tie at the version you read (CONFLICT if someone changed it since)." })
  updateLinkage(@Arg("input", () => UpdateLinkageInput) input: UpdateLinkageInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateLinkage(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives a tie: reads and analyses no longer see it; its history stays." })
  async archiveLinkage(
    @Arg("id", () => ID, { description: "The tie." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    const archived = await data.of(writeData)(caller).archiveLinkage(id, expectedVersion);
    return { id: archived.id, version: archived.version, archivedAt: (archived as { archivedAt?: string }).archivedAt };
  }
}
