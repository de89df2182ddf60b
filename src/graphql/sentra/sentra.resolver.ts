import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { listSentra } from "../../repositories/sentra.repository";
import type { Context } from "../context";
import { PageArgs, toConnection, toPageRequest } from "../common/connection";
import { relatedConnection } from "../common/related-page";
import { ForumConnection } from "../forum/forum.type";
import { MonitoringRecordConnection } from "../forum/monitoring.type";
import { ProgrammeConnection } from "../programme/programme.type";
import { SentraStatisticConnection } from "../programme/statistic.type";
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

  @FieldResolver(() => Region, { nullable: true, description: "The region (usually a village or district) where the sentra lies." })
  async region(@Root() sentra: Sentra, @Ctx() { loaders }: Context) {
    const regionId = sentra.regionId !== undefined ? sentra.regionId : (await loaders.sentra.load(sentra.id))?.regionId;
    return regionId ? loaders.regions.load(regionId) : null;
  }

  @FieldResolver(() => SentraMemberConnection, { description: "The actors taking part in this sentra, each with its role here." })
  async members(@Root() sentra: Sentra, @Args() args: MemberArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.sentraMembers.load(sentra.id, { roles: args.roles ?? [], kinds: args.kinds ?? [] }, toPageRequest(args));
    return toConnection(page, (member) => ({ role: member.role, since: member.since, node: member.actor }));
  }

  @FieldResolver(() => ForumConnection, { description: "Its forums: FPK (development forum) and FKAK (members' forum)." })
  forums(@Root() sentra: Sentra, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.sentraForums, sentra.id, args);
  }

  @FieldResolver(() => MonitoringRecordConnection, { description: "Monitoring and evaluation visits, oldest first." })
  monitoringRecords(@Root() sentra: Sentra, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.sentraMonitoring, sentra.id, args);
  }

  @FieldResolver(() => ProgrammeConnection, { description: "Development programmes aimed at this sentra." })
  programmes(@Root() sentra: Sentra, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.sentraProgrammes, sentra.id, args);
  }

  @FieldResolver(() => SentraStatisticConnection, { description: "Yearly figures about the sentra (e.g. cattle, meat produced), by measure and year." })
  statistics(@Root() sentra: Sentra, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    return relatedConnection(loaders.related.sentraStatistics, sentra.id, args);
  }
}
