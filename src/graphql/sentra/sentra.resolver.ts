import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { listSentra } from "../../repositories/sentra.repository";
import { toConnection, toPageRequest } from "../common/connection";
import type { Context } from "../context";
import { Forum } from "../forum/forum.type";
import { MonitoringRecord } from "../forum/monitoring.type";
import { Programme } from "../programme/programme.type";
import { SentraStatistic } from "../programme/statistic.type";
import { Region } from "../region/region.type";
import { MemberArgs, SentraQueryArgs } from "./sentra.args";
import { Sentra, SentraConnection, SentraMemberConnection } from "./sentra.type";

@Resolver(() => Sentra)
export class SentraResolver {
  @Query(() => Sentra, { nullable: true, description: "A sentra by id." })
  sentra(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.sentra.load(id);
  }

  @Query(() => SentraConnection, { description: "Sentra, by region, name or product, and leading-industry status." })
  async sentraList(@Args() args: SentraQueryArgs, @Ctx() { db }: Context) {
    const filter = { regionId: args.regionId ?? undefined, nameContains: args.nameContains ?? undefined, unggulan: args.unggulan ?? undefined };
    return toConnection(await listSentra(db, filter, toPageRequest(args)), (node) => ({ node }));
  }

  @FieldResolver(() => Region, { description: "The region (usually a village or district) where the sentra lies." })
  async region(@Root() sentra: Sentra, @Ctx() { loaders }: Context) {
    const regionId = sentra.regionId !== undefined ? sentra.regionId : (await loaders.sentra.load(sentra.id))?.regionId;
    return regionId ? loaders.regions.load(regionId) : null;
  }

  @FieldResolver(() => SentraMemberConnection, { description: "The actors taking part in this sentra, each with its role here." })
  async members(@Root() sentra: Sentra, @Args() args: MemberArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.sentraMembers.load(sentra.id, { roles: args.roles ?? [], kinds: args.kinds ?? [] }, toPageRequest(args));
    return toConnection(page, (member) => ({ role: member.role, since: member.since, node: member.actor }));
  }

  @FieldResolver(() => [Forum], { description: "Its forums: FPK (development forum) and FKAK (members' forum)." })
  async forums(@Root() sentra: Sentra, @Ctx() { loaders }: Context) {
    return (await loaders.related.sentraForums.load(sentra.id)).map((r) => r.node);
  }

  @FieldResolver(() => [MonitoringRecord], { description: "Monitoring and evaluation visits, oldest first." })
  async monitoringRecords(@Root() sentra: Sentra, @Ctx() { loaders }: Context) {
    return (await loaders.related.sentraMonitoring.load(sentra.id)).map((r) => r.node);
  }

  @FieldResolver(() => [Programme], { description: "Development programmes aimed at this sentra." })
  async programmes(@Root() sentra: Sentra, @Ctx() { loaders }: Context) {
    return (await loaders.related.sentraProgrammes.load(sentra.id)).map((r) => r.node);
  }

  @FieldResolver(() => [SentraStatistic], { description: "Yearly figures about the sentra (e.g. cattle, meat produced), by measure and year." })
  async statistics(@Root() sentra: Sentra, @Ctx() { loaders }: Context) {
    return (await loaders.related.sentraStatistics.load(sentra.id)).map((r) => r.node);
  }
}
