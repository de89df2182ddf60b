import { ArgsType, Field, ID } from "type-graphql";
import type { Direction } from "../../domain/graph";
import type { LinkageType } from "../../domain/vocabulary";
import { PageArgs } from "../common/connection";
import { DirectionEnum, LinkageTypeEnum } from "../common/enums";
import { ActorFilterInput } from "./actor.input";

@ArgsType()
export class ActorListArgs extends PageArgs {
  @Field(() => ActorFilterInput, { nullable: true, description: "Conditions on the actors." })
  filter?: ActorFilterInput | null;
}

@ArgsType()
export class LinkageArgs extends PageArgs {
  @Field(() => DirectionEnum, { defaultValue: "BOTH", description: "Ties this actor starts (OUTGOING), receives (INCOMING), or both." })
  direction!: Direction;

  @Field(() => [LinkageTypeEnum], { nullable: true, description: "Only these kinds of tie." })
  types?: LinkageType[] | null;

  @Field(() => ID, { nullable: true, description: "Only ties that belong to this sentra." })
  sentraId?: string | null;
}

@ArgsType()
export class ObservationArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only observations made in this sentra (a firm can be surveyed in more than one)." })
  sentraId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only observations of this survey round." })
  roundId?: string | null;
}
