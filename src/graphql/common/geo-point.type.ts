import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({ description: "A position in WGS 84 (stored as a Neo4j point)." })
export class GeoPoint {
  @Field(() => Float, { description: "Degrees north (negative: south of the equator)." })
  latitude!: number;

  @Field(() => Float, { description: "Degrees east." })
  longitude!: number;
}
