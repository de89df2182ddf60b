import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Programme } from "../programme/programme.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

const ID_DESCRIPTION = "Stable id (letters, digits, . _ : -, at most 128); generated when absent.";
const EXPECTED_VERSION = "The version you read; if it has changed since, the change is refused with CONFLICT.";

@InputType({ description: "A new development programme run by an actor. Give a stable `id` to make the creation safe to retry." })
class CreateProgrammeInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
  id?: string | null;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field({ description: "What it does, 1 to 5000 characters." })
  description!: string;

  @Field(() => ID, { description: "The actor that runs it (must exist)." })
  runById!: string;

  @Field(() => [ID], { nullable: true, description: "Partner actors (must exist; no repeats, not the runner; at most 200). Absent: none." })
  partnerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "The sentra it targets (must exist; no repeats; at most 200). Absent: none." })
  sentraIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Start, YYYY-MM-DD (may lie ahead)." })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "End, YYYY-MM-DD, not before the start." })
  endDate?: string | null;

  @Field(() => Float, { nullable: true, description: "Money involved, in rupiah, from 0." })
  amountRp?: number | null;

  @Field(() => Int, { nullable: true, description: "How many firms it reached, from 0." })
  beneficiaries?: number | null;
}

@InputType({
  description: "Changes to a programme: only the fields given change; null clears the dates, amountRp and beneficiaries; a list given replaces the stored one.",
})
class UpdateProgrammeInput {
  @Field(() => ID, { description: "The programme to change." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New description." })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Another actor that runs it (must exist)." })
  runById?: string | null;

  @Field(() => [ID], { nullable: true, description: "All its partners from now on ([] for none)." })
  partnerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "All the sentra it targets from now on ([] for none)." })
  sentraIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "New start; null clears it." })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "New end; null clears it." })
  endDate?: string | null;

  @Field(() => Float, { nullable: true, description: "New amount; null clears it." })
  amountRp?: number | null;

  @Field(() => Int, { nullable: true, description: "New number of firms reached; null clears it." })
  beneficiaries?: number | null;
}

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
