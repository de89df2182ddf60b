import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Sentra } from "../sentra/sentra.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

// Not exported: src/graphql/resolvers.ts hands every exported class of a *.resolver.ts file to buildSchema as a resolver.

@InputType({ description: "A new sentra. Give a stable `id` to make the creation safe to retry: the same id and values return the stored sentra." })
class CreateSentraInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field({ description: "Main product, 1 to 200 characters." })
  product!: string;

  @Field({ description: "Sector, 1 to 100 characters." })
  sector!: string;

  @Field({ description: "What the sentra makes and how it is organised, 1 to 2000 characters." })
  description!: string;

  @Field({ description: "Designated by its region as a leading industry (industri unggulan)." })
  unggulan!: boolean;

  @Field(() => ID, { description: "The region it lies in (must exist)." })
  regionId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "KBLI 2020 kelompok code of its main activity: five digits whose first two are a KBLI 2020 division (e.g. 24310, pengecoran besi dan baja). Partner suggestions count the sentra sharing it as the same product.",
  })
  kbli?: string | null;
}

@InputType({ description: "Changes to a sentra: only the fields given change." })
class UpdateSentraInput {
  @Field(() => ID, { description: "The sentra to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the update is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New product." })
  product?: string | null;

  @Field(() => String, { nullable: true, description: "New sector." })
  sector?: string | null;

  @Field(() => String, { nullable: true, description: "New description." })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it is a leading industry." })
  unggulan?: boolean | null;

  @Field(() => ID, { nullable: true, description: "New region (must exist)." })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: "New KBLI 2020 kelompok code (five digits in a KBLI 2020 division); null clears it." })
  kbli?: string | null;
}

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
  archiveSentra(
    @Arg("id", () => ID, { description: "The sentra." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveSentra(id, expectedVersion);
  }
}
