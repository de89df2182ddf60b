import { ArgsType, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { CHANGE_OPERATIONS, type ChangeOperation } from "../../repositories/write/audit";
import { connectionOf, PageArgs } from "../common/connection";
import { enumOf } from "../common/enums";

export const ChangeOperationEnum = enumOf(CHANGE_OPERATIONS);
registerEnumType(ChangeOperationEnum, { name: "ChangeOperation", description: "What a change did to its record." });

@ObjectType({ description: "One change in the audit trail: who changed which record, when, through what, and its values before and after." })
export class Change {
  @Field(() => ID, { description: "Id of this change record." })
  id!: string;

  @Field({ description: "When the change was committed (ISO 8601 date-time, UTC)." })
  at!: string;

  @Field({ description: 'Who made it: the API key\'s name, or "cli" or "system".' })
  actor!: string;

  @Field(() => ID, { nullable: true, description: "Id of the API key that made it; null for the command line or the system." })
  actorKeyId!: string | null;

  @Field({ description: 'Through what: "mutation:<name>" or "import:<file name>".' })
  via!: string;

  @Field(() => ID, {
    description: 'The record changed: a node\'s or linkage\'s id; "actorId/sentraId/role" for a participation, "memberId/forumId" for a forum seat.',
  })
  targetId!: string;

  @Field({ description: "What the record is: a node label (Actor) or a relationship type (LINKED, PARTICIPATES_IN, MEMBER_OF)." })
  targetType!: string;

  @Field(() => ChangeOperationEnum, { description: "What the change did." })
  operation!: ChangeOperation;

  @Field(() => String, { nullable: true, description: "JSON object of the changed properties' stored values before; null when the record was created." })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "JSON object of the changed properties' stored values after; null when the record was purged." })
  after!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "When a purge (legal erasure) erased this change's values (ISO 8601 date-time, UTC): before and after are then null. A purge's own change has no values either.",
  })
  erasedAt!: string | null;
}

export const ChangeConnection = connectionOf(() => Change, "Change", { what: "change" });

@ArgsType()
export class ChangeListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only the changes of this record (see Change.targetId)." })
  targetId?: string | null;
}
