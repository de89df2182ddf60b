import { Field, ID, InputType, Int } from "type-graphql";
import type { AssistanceRole, ForumKind } from "../../domain/vocabulary";
import { AssistanceRoleEnum, ForumKindEnum } from "../common/enums";

const ID_DESCRIPTION = "Stable id (letters, digits, . _ : -, at most 128); generated when absent.";
const EXPECTED_VERSION = "The version you read; if it has changed since, the change is refused with CONFLICT.";

@InputType({ description: "A new forum serving a sentra. Give a stable `id` to make the creation safe to retry." })
export class CreateForumInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
  id?: string | null;

  @Field(() => ForumKindEnum, { description: "FPK or FKAK." })
  kind!: ForumKind;

  @Field({ description: "Name, 1 to 200 characters." })
  name!: string;

  @Field(() => ID, { description: "The sentra it serves (must exist)." })
  sentraId!: string;

  @Field(() => String, { nullable: true, description: "When it was founded, YYYY-MM-DD, not in the future." })
  founded?: string | null;

  @Field(() => String, { nullable: true, description: "The decree that formalised it, at most 500 characters." })
  decree?: string | null;
}

@InputType({ description: "Changes to a forum: only the fields given change; null clears founded or decree." })
export class UpdateForumInput {
  @Field(() => ID, { description: "The forum to change." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => ForumKindEnum, { nullable: true, description: "New kind." })
  kind?: ForumKind | null;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "Another sentra it serves instead (must exist)." })
  sentraId?: string | null;

  @Field(() => String, { nullable: true, description: "New founding date; null clears it." })
  founded?: string | null;

  @Field(() => String, { nullable: true, description: "New decree; null clears it." })
  decree?: string | null;
}

@InputType({ description: "A new agreement by which an FKAK engages an actor as LPT or PKE. Give a stable `id` to make the creation safe to retry." })
export class CreateAgreementInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
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
export class UpdateAgreementInput {
  @Field(() => ID, { description: "The agreement to change." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
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

@InputType({ description: "A monitoring and evaluation visit to a sentra. Give a stable `id` to make the creation safe to retry." })
export class CreateMonitoringRecordInput {
  @Field(() => ID, { nullable: true, description: ID_DESCRIPTION })
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
export class UpdateMonitoringRecordInput {
  @Field(() => ID, { description: "The record to change." })
  id!: string;

  @Field(() => Int, { description: EXPECTED_VERSION })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New date." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "New findings." })
  findings?: string | null;

  @Field(() => ID, { nullable: true, description: "New visitor; null removes it." })
  visitorId?: string | null;
}
