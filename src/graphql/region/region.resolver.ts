import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { RegionRow } from "../../repositories/region.repository";
import { connectionFrom, PageArgs, toConnection, toPageRequest } from "../common/connection";
import type { Context } from "../context";
import { checkedSearch, SentraListArgs } from "../sentra/sentra.args";
import { sentraData } from "../sentra/sentra.data";
import { SentraConnection } from "../sentra/sentra.type";
import { RegionListArgs } from "./region.args";
import { regionData } from "./region.data";
import { Region, RegionConnection } from "./region.type";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: "A region by id." })
  region(@Arg("id", () => ID) id: string, @Ctx() { data }: Context) {
    return data.of(regionData).byId.load(id);
  }

  @Query(() => RegionConnection, { description: "Regions, by level, parent or name." })
  async regions(@Args() args: RegionListArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    const filter = { level: args.level ?? undefined, parentId: args.parentId ?? undefined, nameContains: args.nameContains ?? undefined };
    return toConnection(await data.of(regionData).list(filter, toPageRequest(args, info)));
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region one level up; null for a province." })
  parent(@Root() region: RegionRow, @Ctx() { data }: Context) {
    return data.of(regionData).links.parent.load(region.id);
  }

  @FieldResolver(() => RegionConnection, { description: "The regions one level down." })
  children(@Root() region: RegionRow, @Args() args: PageArgs, @Ctx() { data }: Context) {
    return connectionFrom(data.of(regionData).children, region.id, {}, args);
  }

  @FieldResolver(() => SentraConnection, { description: "Sentra located in this region or anywhere below it." })
  sentra(@Root() region: RegionRow, @Args() args: SentraListArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    const filter = { nameContains: checkedSearch(args.nameContains), unggulan: args.unggulan ?? undefined };
    return connectionFrom(data.of(sentraData).inRegion, region.id, filter, args, undefined, info);
  }
}
