import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { MonitoringRecord } from "../forum/monitoring.type";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

// Not exported: src/graphql/resolvers.ts hands every exported class of a *.resolver.ts file to buildSchema as a resolver.

@InputType({ description: "A monitoring and evaluation visit to a sentra. Give a stable `id` to make the creation safe to retry." })
class CreateMonitoringRecordInput {
  @Field(() => ID, { nullable: true, description: "Stable id (letters, digits, . _ : -, at most 128); generated when absent." })
  id?: string | null;

  @Field(() => ID, { description: "The sentra visited (must exist)." })
  sentraId!: string;

  @Field({ description: "Date of the visit, YYYY-MM-DD, not in the future." })
  date!: string;

  @Field({ description: "What the visit found, 1 to 5000 characters." })
  findings!: string;

  @Field(() => ID, { nullable: true, description: "The actor who visited (must exist)." })
  visitorId?: string | null;
}

@InputType({ description: "Changes to a monitoring record: only the fields given change; null removes the visitor. The sentra is fixed." })
class UpdateMonitoringRecordInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: "The version you read; if it has changed since, the change is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New date." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "New findings." })
  findings?: string | null;

  @Field(() => ID, { nullable: true, description: "New visitor; null removes it." })
  visitorId?: string | null;
}

@Resolver()
export class MonitoringWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => MonitoringRecord, { description: "Records a monitoring visit to a sentra; the same id and values again return it unchanged." })
  createMonitoringRecord(@Arg("input", () => CreateMonitoringRecordInput) input: CreateMonitoringRecordInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createMonitoringRecord(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => MonitoringRecord, { description: "Changes a monitoring record at the version you read (CONFLICT if someone changed it since)." })
  updateMonitoringRecord(@Arg("input", () => UpdateMonitoringRecordInput) input: UpdateMonitoringRecordInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateMonitoringRecord(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives a monitoring record: reads and analyses no longer see it." })
  archiveMonitoringRecord(
    @Arg("id", () => ID, { description: "The record." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return data.of(writeData)(caller).archiveMonitoringRecord(id, expectedVersion);
  }
}
