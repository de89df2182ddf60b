import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Programme } from "../programme/programme.type";
import { SentraStatistic } from "../sentra/statistic.type";
import { ArchiveResult } from "./payloads";
import { CreateProgrammeInput, CreateSentraStatisticInput, UpdateProgrammeInput, UpdateSentraStatisticInput } from "./programme-write.input";
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
