import { Field, ObjectType } from "type-graphql";
import { RegionLevelEnum } from "../common/enums";
import { Node } from "../common/node.interface";
import type { RegionLevel } from "../../domain/vocabulary";
import { connectionOf } from "../common/connection";

@ObjectType({
  implements: Node,
  description: "An administrative region: province (provinsi), regency (kabupaten), city (kota), district (kecamatan) or village (desa).",
})
export class Region extends Node {
  @Field({ description: "Official name, e.g. Klaten." })
  name!: string;

  @Field(() => RegionLevelEnum, { description: "Administrative level." })
  level!: RegionLevel;
}

export const RegionConnection = connectionOf(() => Region, "Region", { what: "region" });
