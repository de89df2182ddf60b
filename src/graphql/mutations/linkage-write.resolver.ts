import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Flow, Intensity, LinkageType } from "../../domain/vocabulary";
import { FlowEnum, IntensityEnum, LinkageTypeEnum } from "../common/enums";
import type { Context } from "../context";
import { Linkage } from "../linkage/linkage.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

@InputType({
  description:
    "A new tie between two different actors, pointing the way the main flow goes. Give a stable `id` to make it safe to retry. A live tie of the same type between the same pair in the same sentra is refused (CONFLICT).",
})
class CreateLinkageInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field(() => LinkageTypeEnum, { description: "What kind of tie." })
  type!: LinkageType;

  @Field(() => ID, { description: "The actor where it starts (supplier, bank, mentor, selling firm)." })
  fromId!: string;

  @Field(() => ID, { description: "The actor where it ends; not fromId." })
  toId!: string;

  @Field(() => IntensityEnum, { nullable: true, description: "Passive, active or proactive, where measured." })
  intensity?: Intensity | null;

  @Field(() => [FlowEnum], { description: "What moves along it, no repeats; [] when not known." })
  flows!: Flow[];

  @Field(() => ID, { nullable: true, description: "The sentra it belongs to (must exist)." })
  sentraId?: string | null;

  @Field(() => String, { nullable: true, description: "When it started, YYYY-MM-DD, not in the future." })
  since?: string | null;

  @Field(() => String, { nullable: true, description: "What it is about, at most 2000 characters." })
  description?: string | null;
}

@InputType({ description: "Changes to a tie: only the fields given change; null clears an optional field. Its two actors are fixed." })
class UpdateLinkageInput {
  @Field(() => ID, { description: "The tie to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => LinkageTypeEnum, { nullable: true, description: "New type." })
  type?: LinkageType | null;

  @Field(() => IntensityEnum, { nullable: true, description: "New intensity; null clears it." })
  intensity?: Intensity | null;

  @Field(() => [FlowEnum], { nullable: true, description: "New flows." })
  flows?: Flow[] | null;

  @Field(() => ID, { nullable: true, description: "New sentra; null detaches it from any sentra." })
  sentraId?: string | null;

  @Field(() => String, { nullable: true, description: "New start date, YYYY-MM-DD; null clears it." })
  since?: string | null;

  @Field(() => String, { nullable: true, description: "New description; null clears it." })
  description?: string | null;
}

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
  archiveLinkage(
    @Arg("id", () => ID, { description: "The tie." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveLinkage(id, expectedVersion);
  }
}
