import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SentraRow } from "../../repositories/sentra.repository";
import { GeoPoint } from "../common/geo-point.type";
import type { Context } from "../context";
import { sentraData } from "./sentra.data";
import { Sentra } from "./sentra.type";

@Resolver(() => Sentra)
export class SentraLocationResolver {
  // Computed from the members on each read, not stored: a firm moved or added moves its sentra at once.
  @FieldResolver(() => GeoPoint, {
    nullable: true,
    description:
      "Where the sentra lies: the centroid (mean latitude and mean longitude, WGS 84) of its core firms (role CORE, not archived) that have a location. Null when none of its core firms has a location. A point for maps, not a boundary: the firms themselves are under `members`.",
  })
  location(@Root() sentra: SentraRow, @Ctx() { data }: Context): Promise<GeoPoint | null> {
    return data.of(sentraData).location.load(sentra.id);
  }
}
