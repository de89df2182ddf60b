import { ArgsType, Field, ID } from "type-graphql";
import { PageArgs } from "../common/connection";
import { RegionLevelEnum } from "../common/enums";
import type { RegionLevel } from "../../domain/vocabulary";

@ArgsType()
export class RegionListArgs extends PageArgs {
  @Field(() => RegionLevelEnum, { nullable: true, description: "Only regions of this level." })
  level?: RegionLevel | null;

  @Field(() => ID, { nullable: true, description: "Only regions directly below this one." })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: "Only regions whose name contains this text, ignoring case." })
  nameContains?: string | null;
}
