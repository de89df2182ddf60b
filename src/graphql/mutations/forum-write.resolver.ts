import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context";
import { Agreement } from "../forum/agreement.type";
import { Forum } from "../forum/forum.type";
import { MonitoringRecord } from "../forum/monitoring.type";
import {
  CreateAgreementInput,
  CreateForumInput,
  CreateMonitoringRecordInput,
  UpdateAgreementInput,
  UpdateForumInput,
  UpdateMonitoringRecordInput,
} from "./forum-write.input";
import { ArchiveResult } from "./payloads";
import { writeData } from "./write.data";

const archived = (row: { id: string; version?: number; archivedAt?: string }) => ({ id: row.id, version: row.version, archivedAt: row.archivedAt });

@Resolver()
export class ForumWriteResolver {
  @Authorized("EDITOR")
  @Mutation(() => Forum, {
    description: "Creates an FPK or FKAK serving a sentra; with a stable id, creating it again with the same values returns it unchanged.",
  })
  createForum(@Arg("input", () => CreateForumInput) input: CreateForumInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).createForum(input);
  }

  @Authorized("EDITOR")
  @Mutation(() => Forum, { description: "Changes a forum at the version you read (CONFLICT if someone changed it since)." })
  updateForum(@Arg("input", () => UpdateForumInput) input: UpdateForumInput, @Ctx() { data, caller }: Context) {
    return data.of(writeData)(caller).updateForum(input);
  }

  @Authorized("ADMIN")
  @Mutation(() => ArchiveResult, { description: "Archives a forum: reads no longer show it, and analyses leave it, its seats and its agreements out." })
  async archiveForum(
    @Arg("id", () => ID, { description: "The forum." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return archived(await data.of(writeData)(caller).archiveForum(id, expectedVersion));
  }

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
  async archiveAgreement(
    @Arg("id", () => ID, { description: "The agreement." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return archived(await data.of(writeData)(caller).archiveAgreement(id, expectedVersion));
  }

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
  async archiveMonitoringRecord(
    @Arg("id", () => ID, { description: "The record." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() { data, caller }: Context,
  ) {
    return archived(await data.of(writeData)(caller).archiveMonitoringRecord(id, expectedVersion));
  }
}
