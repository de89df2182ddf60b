import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { ValueChainStage } from "../../domain/analytics/stages";
import type { ActorKind, LinkageType, SentraRole } from "../../domain/vocabulary";
import type { Text } from "../../i18n/message";
import { ActorKindEnum, LinkageTypeEnum, SentraRoleEnum } from "../common/enums";
import { TextScalar } from "../common/text.scalar";
import { StageStatusEnum, ValueChainStageEnum } from "./analytics.enums";

@ObjectType({ description: "How many core members (or ties) fall at each intensity; unmeasured where none was recorded." })
export class IntensityCounts {
  @Field(() => Float, { description: "Passive (pasif)." })
  passive!: number;

  @Field(() => Float, { description: "Active (aktif)." })
  active!: number;

  @Field(() => Float, { description: "Proactive (proaktif)." })
  proactive!: number;

  @Field(() => Float, { description: "Tied, with no intensity recorded." })
  unmeasured!: number;
}

@ObjectType({ description: "One actor in one value-chain stage, and how it is linked to the sentra's core members." })
export class ValueChainActor {
  @Field(() => ID, { description: "The actor's id (query `actor(id:)` for more)." })
  actorId!: string;

  @Field({ description: "Its name." })
  name!: string;

  @Field(() => ActorKindEnum, { description: "Its kind." })
  kind!: ActorKind;

  @Field(() => [SentraRoleEnum], { description: "Its roles in this sentra; empty when it only appears at the end of a tie." })
  roles!: SentraRole[];

  @Field(() => Int, { description: "Distinct core members it is linked to in this stage, by a tie or through a forum or agreement." })
  linkedCoreMembers!: number;

  @Field(() => IntensityCounts, { description: "Core members it is tied to, each at the strongest intensity of those ties." })
  byIntensity!: IntensityCounts;

  @Field(() => Int, { description: "Core members reached through a forum seat or an FKAK agreement (no intensity)." })
  viaForumOrAgreement!: number;

  @Field(() => [ID], { description: "The evidence: ids of the ties linking it to core members in this stage." })
  tieIds!: string[];

  @Field(() => StageStatusEnum, { description: "LINKED, or UNLINKED when it is linked to no core member." })
  status!: "LINKED" | "UNLINKED";
}

@ObjectType({ description: "One stage of the value chain: who is present and how far they reach the core members." })
export class ValueChainStageResult {
  @Field(() => ValueChainStageEnum, { description: "The stage." })
  stage!: ValueChainStage;

  @Field(() => TextScalar, { description: "The stage's name, in the request's language (rantai nilai: pemasok bahan baku, produksi inti, ...)." })
  label!: Text;

  @Field(() => StageStatusEnum, { description: "LINKED, UNLINKED or MISSING." })
  status!: string;

  @Field(() => TextScalar, { description: "What the status means for this stage, in words." })
  statusNote!: Text;

  @Field(() => [ValueChainActor], { description: "The actors present in this stage (a sentra's network, so a bounded list)." })
  actors!: ValueChainActor[];

  @Field(() => Int, { description: "Distinct core members linked to any actor of this stage." })
  coreMembersReached!: number;

  @Field(() => Float, { nullable: true, description: "coreMembersReached / core members; null without core members." })
  reachShare!: number | null;

  @Field(() => IntensityCounts, { description: "Core members reached by ties, at the strongest intensity any actor of the stage has with them." })
  byIntensity!: IntensityCounts;

  @Field({ description: "True when the stage is linked but reaches too few core members or only passively (see weakReasons)." })
  weak!: boolean;

  @Field(() => [TextScalar], { description: "Why the stage is weak, in words." })
  weakReasons!: Text[];
}

@ObjectType({ description: "For one linkage type: the share of core members with at least one such tie, by intensity." })
export class LinkageTypeCoverage {
  @Field(() => LinkageTypeEnum, { description: "The linkage type." })
  type!: LinkageType;

  @Field(() => Int, { description: "Core members counted." })
  coreMembers!: number;

  @Field(() => Int, { description: "Core members with at least one tie of this type (either direction)." })
  withTie!: number;

  @Field(() => Float, { nullable: true, description: "withTie / coreMembers." })
  share!: number | null;

  @Field(() => IntensityCounts, { description: "Those members by the strongest intensity of their ties of this type." })
  byIntensity!: IntensityCounts;

  @Field(() => IntensityCounts, { description: "The same, as shares of all core members." })
  shares!: IntensityCounts;
}

@ObjectType({ description: "How complete a sentra's value chain is, stage by stage, with the evidence." })
export class ValueChain {
  @Field(() => Int, { description: "Core members (role CORE in this sentra)." })
  coreMembers!: number;

  @Field(() => [ValueChainStageResult], { description: "All thirteen stages, in value-chain order." })
  stages!: ValueChainStageResult[];

  @Field(() => Float, { description: "Completeness from 0 to 1: LINKED stages / all thirteen stages." })
  completeness!: number;

  @Field(() => [ValueChainStageEnum], { description: "Stages nobody in the network plays." })
  missingStages!: ValueChainStage[];

  @Field(() => [ValueChainStageEnum], { description: "Stages present but linked to no core member (institutions outside the sentra)." })
  unlinkedStages!: ValueChainStage[];

  @Field(() => [ValueChainStageEnum], { description: "Linked stages that reach too few core members, or only passively." })
  weakStages!: ValueChainStage[];

  @Field(() => [LinkageTypeCoverage], { description: "Per linkage type, the share of core members with a tie, by intensity (eight types)." })
  linkageCoverage!: LinkageTypeCoverage[];

  @Field(() => Float, { description: "A linked stage reaching fewer than this share of core members is weak." })
  weakReachShare!: number;
}
