import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { AssistanceRole } from "../../domain/vocabulary";
import { AssistanceRoleEnum } from "../common/enums";
import type { Context } from "../context";
import { Agreement } from "../forum/agreement.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

// Not exported: src/graphql/resolvers.ts hands every exported class of a *.resolver.ts file to buildSchema as a resolver.

@InputType({ description: "A new agreement by which an FKAK engages an actor as LPT or PKE. Give a stable `id` to make the creation safe to retry." })
class CreateAgreementInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field(() => ID, { description: "The FKAK contracting the assistance (must exist and be an FKAK)." })
  forumId!: string;

  @Field(() => ID, { description: "The actor providing it (must exist)." })
  providerId!: string;

  @Field(() => AssistanceRoleEnum, { description: "LPT or PKE." })
  providerRole!: AssistanceRole;

  @Field({ description: "What the assistance covers, 1 to 1000 characters." })
  scope!: string;

  @Field({ description: "How the provider is paid, 1 to 500 characters." })
  feeBasis!: string;

  @Field({ description: "Start, YYYY-MM-DD (may lie ahead)." })
  startDate!: string;

  @Field(() => String, { nullable: true, description: "End, YYYY-MM-DD, not before the start; absent while open-ended." })
  endDate?: string | null;
}

@InputType({ description: "Changes to an agreement: only the fields given change; null clears endDate. The forum is fixed." })
class UpdateAgreementInput {
  @Field(() => ID, { description: "The agreement to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the change is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: "Another provider (must exist)." })
  providerId?: string | null;

  @Field(() => AssistanceRoleEnum, { nullable: true, description: "New role." })
  providerRole?: AssistanceRole | null;

  @Field(() => String, { nullable: true, description: "New scope." })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: "New fee basis." })
  feeBasis?: string | null;

  @Field(() => String, { nullable: true, description: "New start date." })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "New end date; null makes it open-ended." })
  endDate?: string | null;
}

@Resolver()
export class AgreementWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Agreement, { description: "Records an agreement by which an FKAK engages an LPT or PKE; the same id and values again return it unchanged." })
  createAgreement(@Arg("input", () => CreateAgreementInput) input: CreateAgreementInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createAgreement(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Agreement, { description: "Changes an agreement at the version you read (CONFLICT if someone changed it since)." })
  updateAgreement(@Arg("input", () => UpdateAgreementInput) input: UpdateAgreementInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateAgreement(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives an agreement: reads and analyses no longer see it." })
  archiveAgreement(
    @Arg("id", () => ID, { description: "The agreement." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveAgreement(id, expectedVersion);
  }
}
