import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { SentraStatistic } from "../sentra/statistic.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

// Not exported: src/graphql/resolvers.ts hands every exported class of a *.resolver.ts file to buildSchema as a resolver.

@InputType({
  description: "A yearly figure about a sentra (one live figure per sentra, measure and year). Give a stable `id` to make the creation safe to retry.",
})
class CreateSentraStatisticInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field(() => ID, { description: "The sentra measured (must exist)." })
  sentraId!: string;

  @Field(() => Int, { description: "Year, from 1900 to this year." })
  year!: number;

  @Field({ description: "What is measured, e.g. cattle, meatProduced; 1 to 100 characters." })
  measure!: string;

  @Field(() => Float, { description: "The value: a count or an amount, from 0." })
  value!: number;

  @Field({ description: "Unit, e.g. head, kg, Rp/year; 1 to 50 characters." })
  unit!: string;
}

@InputType({ description: "Changes to a sentra statistic: only the fields given change. The sentra is fixed." })
class UpdateSentraStatisticInput {
  @Field(() => ID, { description: "The figure to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the change is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => Int, { nullable: true, description: "New year." })
  year?: number | null;

  @Field(() => String, { nullable: true, description: "New measure." })
  measure?: string | null;

  @Field(() => Float, { nullable: true, description: "New value." })
  value?: number | null;

  @Field(() => String, { nullable: true, description: "New unit." })
  unit?: string | null;
}

@Resolver()
export class SentraStatisticWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => SentraStatistic, {
    description: "Records a yearly figure about a sentra (one live figure per sentra, measure and year); the same id and values again return it unchanged.",
  })
  createSentraStatistic(@Arg("input", () => CreateSentraStatisticInput) input: CreateSentraStatisticInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createSentraStatistic(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => SentraStatistic, { description: "Changes a sentra statistic at the version you read (CONFLICT if someone changed it since)." })
  updateSentraStatistic(@Arg("input", () => UpdateSentraStatisticInput) input: UpdateSentraStatisticInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateSentraStatistic(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives a sentra statistic: node(id) and the sentra's statistics no longer show it." })
  archiveSentraStatistic(
    @Arg("id", () => ID, { description: "The figure." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveSentraStatistic(id, expectedVersion);
  }
}
