import { Field, ID, Int, ObjectType } from "type-graphql";
import type { ValueChainStage } from "../../domain/analytics/stages";
import type { ActorKind, Intensity, LinkageType, SentraRole } from "../../domain/vocabulary";
import type { Text } from "../../i18n/message";
import { GeoPoint } from "../common/geo-point.type";
import { TextScalar } from "../common/text.scalar";
import { ActorKindEnum, IntensityEnum, LinkageTypeEnum, SentraRoleEnum } from "../common/enums";
import { ValueChainStageEnum } from "./analytics.enums";

@ObjectType({ description: "A node to draw: an actor of the sentra's network, with what a drawing needs to colour and shape it." })
export class DrawNode {
  @Field(() => ID, { description: "The actor's id." })
  id!: string;

  @Field({ description: "Its name." })
  name!: string;

  @Field(() => ActorKindEnum, { description: "Its kind (colour by it)." })
  kind!: ActorKind;

  @Field(() => [SentraRoleEnum], { description: "Its roles in this sentra (shape by them); empty when it only appears at the end of a tie." })
  roles!: SentraRole[];

  @Field(() => ValueChainStageEnum, { description: "The value-chain stage it reaches most core members in." })
  stage!: ValueChainStage;

  @Field(() => [ValueChainStageEnum], { description: "Every stage it stands in." })
  stages!: ValueChainStage[];

  @Field(() => Int, { nullable: true, description: "Steps from the nearest core member along the drawn ties; null for an untied participant." })
  depth!: number | null;

  @Field({ description: "A core member of the sentra." })
  isCore!: boolean;

  @Field({ description: "No tie of the drawn types at all." })
  isIsolate!: boolean;

  @Field({ description: "A supporting institution tied to no core member: outside the network." })
  isOutsideNetwork!: boolean;

  @Field({
    description:
      "It takes part in the sentra, but no chain of drawn ties links it to a core member (often an institution outside the network): drawn all the same, after the walk from the core, whatever the depth.",
  })
  untied!: boolean;

  @Field(() => GeoPoint, { nullable: true, description: "Where it is (WGS 84), for a map; null when unknown." })
  location!: GeoPoint | null;
}

@ObjectType({ description: "An edge to draw: a tie between two drawn nodes." })
export class DrawEdge {
  @Field(() => ID, { description: "The tie's id." })
  id!: string;

  @Field(() => LinkageTypeEnum, { description: "Its type (style by it)." })
  type!: LinkageType;

  @Field(() => IntensityEnum, { nullable: true, description: "Its intensity (width by it); null where not measured." })
  intensity!: Intensity | null;

  @Field(() => ID, { description: "Where it starts." })
  fromId!: string;

  @Field(() => ID, { description: "Where it ends." })
  toId!: string;
}

@ObjectType({
  description:
    "A sentra's network ready to draw: the walk from its core members along the chosen linkage types up to depth, then every other participant of the sentra (untied), capped at maxNodes.",
})
export class DrawableNetwork {
  @Field(() => [DrawNode], { description: "The nodes (at most maxNodes)." })
  nodes!: DrawNode[];

  @Field(() => [DrawEdge], { description: "The ties among the drawn nodes." })
  edges!: DrawEdge[];

  @Field(() => Int, { description: "Nodes within the depth, before the cap." })
  totalNodes!: number;

  @Field({ description: "True when the cap cut the network." })
  truncated!: boolean;

  @Field(() => TextScalar, { nullable: true, description: "What the cap left out, in words; null when nothing was cut." })
  message!: Text | null;
}
