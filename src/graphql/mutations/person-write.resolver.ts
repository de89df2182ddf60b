import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Person } from "../forum/person.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

// Not exported: src/graphql/resolvers.ts hands every exported class of a *.resolver.ts file to buildSchema as a resolver.

@InputType({
  description:
    "A new person (personal data: a name and a position). Give a stable `id` to make the creation safe to retry; an id must not carry personal data (no names in ids).",
})
class CreatePersonInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Position, e.g. Kepala Bidang Perindustrian; at most 200 characters." })
  position?: string | null;

  @Field(() => ID, { nullable: true, description: "The actor this person represents (must exist)." })
  representsActorId?: string | null;
}

@InputType({ description: "Changes to a person: only the fields given change; null clears position or representsActorId." })
class UpdatePersonInput {
  @Field(() => ID, { description: "The person to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New position; null clears it." })
  position?: string | null;

  @Field(() => ID, { nullable: true, description: "Another actor represented (must exist); null: the person represents no actor." })
  representsActorId?: string | null;
}

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
