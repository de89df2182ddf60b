import { Field, Float, ID, InputType } from "type-graphql";
import type { ActorKind, SentraRole } from "../../domain/vocabulary";
import { ActorKindEnum, SentraRoleEnum } from "../common/enums";

@InputType({ description: "A circle on the map: actors located within it." })
export class NearInput {
  @Field(() => Float, { description: "Latitude of the centre, -90 to 90 (negative: south)." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude of the centre, -180 to 180." })
  longitude!: number;

  @Field(() => Float, { description: "Radius in kilometres, more than 0 and at most 1000." })
  radiusKm!: number;
}

@InputType({ description: "Which actors to list; every given condition must hold." })
export class ActorFilterInput {
  @Field(() => [ActorKindEnum], { nullable: true, description: "Of one of these kinds." })
  kinds?: ActorKind[] | null;

  @Field(() => [SentraRoleEnum], { nullable: true, description: "Playing one of these roles (in `sentraId` if given, else in any sentra)." })
  roles?: SentraRole[] | null;

  @Field(() => ID, { nullable: true, description: "Taking part in this sentra." })
  sentraId?: string | null;

  @Field(() => ID, { nullable: true, description: "Located in this region or below it." })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: "Whose name contains this text, ignoring case." })
  nameContains?: string | null;

  @Field(() => NearInput, { nullable: true, description: "Located within this circle (actors without coordinates never match); nearest first." })
  near?: NearInput | null;
}
