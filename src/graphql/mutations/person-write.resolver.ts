import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Person } from "../forum/person.type";
import { ArchiveResult } from "./payloads";
import { CreatePersonInput, UpdatePersonInput } from "./person-write.input";
import { writeData } from "./write.data";

@Resolver()
export class PersonWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Person, {
    description: "Creates a person (to seat in forums with createForumMember); with a stable id, creating it again with the same values returns it unchanged.",
  })
  createPerson(@Arg("input", () => CreatePersonInput) input: CreatePersonInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createPerson(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Person, { description: "Changes a person at the version you read (CONFLICT if someone changed it since)." })
  updatePerson(@Arg("input", () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updatePerson(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, {
    description:
      "Archives a person: node(id), forums' members, actors' representatives and analyses no longer show the person or the person's seats. To erase the personal data for good (legal erasure), purge(id) the archived person: that deletes its seats too and erases its values from the audit trail.",
  })
  archivePerson(
    @Arg("id", () => ID, { description: "The person." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archivePerson(id, expectedVersion);
  }
}
