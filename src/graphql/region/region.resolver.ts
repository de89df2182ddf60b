import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { listRegions } from "../../repositories/region.repository";
import type { Context } from "../context";
import { PageArgs, toConnection, toPageRequest } from "../common/connection";
import { SentraConnection } from "../sentra/sentra.type";
import { SentraListArgs } from "../sentra/sentra.args";
import { RegionListArgs } from "./region.args";
import { Region, RegionConnection } from "./region.type";

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: "A region by id." })
  region(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.regions.load(id);
  }

  @Query(() => RegionConnection, { description: "Regions, by level, parent or name." })
  async regions(@Args() args: RegionListArgs, @Ctx() { db }: Context) {
    const page = await listRegions(
      db,
      { level: args.level ?? undefined, parentId: args.parentId ?? undefined, nameContains: args.nameContains ?? undefined },
      toPageRequest(args),
    );
    return toConnection(page, (node) => ({ node }));
  }

  @FieldResolver(() => Region, { nullable: true, description: "The region one level up; null for a province." })
  async parent(@Root() region: Region, @Ctx() { loaders }: Context) {
    const parentId = region.parentId !== undefined ? region.parentId : (await loaders.regions.load(region.id))?.parentId;
    return parentId ? loaders.regions.load(parentId) : null;
  }

  @FieldResolver(() => RegionConnection, { description: "The regions one level down." })
  async children(@Root() region: Region, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return toConnection(await loaders.childRegions.load(region.id, {}, toPageRequest(args)), (node) => ({ node }));
  }

  @FieldResolver(() => SentraConnection, { description: "Sentra located in this region or anywhere below it." })
  async sentra(@Root() region: Region, @Args() args: SentraListArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.sentraInRegion.load(
      region.id,
      { nameContains: args.nameContains ?? undefined, unggulan: args.unggulan ?? undefined },
      toPageRequest(args),
    );
    return toConnection(page, (node) => ({ node }));
  }
}
