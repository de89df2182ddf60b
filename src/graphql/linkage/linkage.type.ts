import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Flow, Intensity, LinkageType } from "../../domain/vocabulary";
import { connectionOf } from "../common/connection";
import { DirectionEnum, FlowEnum, IntensityEnum, LinkageTypeEnum } from "../common/enums";
import { VERSION_DESCRIPTION } from "../common/node.interface";

@ObjectType({
  description:
    "A tie between two actors: cooperation, supply, sales, finance, assistance, promotion or certification. It points the way the main flow goes: supplier to firm, firm to buyer, bank or mentor to firm.",
})
export class Linkage {
  @Field(() => ID, { description: "Stable id of the tie." })
  id!: string;

  @Field(() => LinkageTypeEnum, { description: "What kind of tie." })
  type!: LinkageType;

  @Field(() => IntensityEnum, { nullable: true, description: "Passive (pasif), active (aktif) or proactive (proaktif), where measured." })
  intensity!: Intensity | null;

  @Field(() => [FlowEnum], { description: "What moves along it: goods, services, money, information, knowledge." })
  flows!: Flow[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: "When it started, where known." })
  since!: string | null;

  @Field(() => String, { nullable: true, description: "What the tie is about." })
  description!: string | null;

  @Field(() => DirectionEnum, { description: "OUTGOING when the actor asked about is where the tie starts, INCOMING when it ends there." })
  direction!: "OUTGOING" | "INCOMING";

  // A relationship, so not a Node, but versioned like one (every row comes through asLinkage).
  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version!: number;
}

export const LinkageConnection = connectionOf(() => Linkage, "Linkage", { what: "linkage" });
