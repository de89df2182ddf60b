import { LanguageArgs } from "../common/language.args";
import { chooseLanguage } from "../common/text.scalar";
import { msg } from "../../i18n/message";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { CommunityDetection as Detection } from "../../domain/analytics/communities";
import { PageArgs, toConnection } from "../common/connection";
import { pageOfList } from "../common/list-page";
import type { Context } from "../context";
import { badInput } from "../errors";
import { analyticsData } from "./analytics.data";
import { CommunityConnection, CommunityDetection } from "./communities.type";

@ArgsType()
class CommunityArgs extends LanguageArgs {
  @Field(() => Float, { defaultValue: 1, description: "Louvain resolution, more than 0 and at most 10; higher finds smaller communities." })
  resolution!: number;

  @Field(() => Int, { defaultValue: 1, description: "Seed of Louvain's random order: the same seed gives the same communities." })
  seed!: number;
}

@Resolver(() => CommunityDetection)
export class CommunityResolver {
  @Query(() => CommunityDetection, {
    nullable: true,
    description:
      "Clusters nobody designated: Louvain communities over the business ties (cooperation, supply, sales) of a region (actors of its sentra and actors located in it), and how each overlaps the designated sentra. Service ties of supporting institutions are left out, and a star around one actor is never undesignated (`rule`). Null for an unknown region.",
  })
  regionCommunities(@Arg("regionId", () => ID) regionId: string, @Args() args: CommunityArgs, @Ctx() { data }: Context) {
    chooseLanguage(args.lang);
    if (!(args.resolution > 0 && args.resolution <= 10))
      throw badInput("resolution", msg("errors.aboveZeroAtMost", { field: "resolution", max: 10, value: args.resolution }));
    return data.of(analyticsData).communities(regionId, { resolution: args.resolution, seed: args.seed });
  }

  @FieldResolver(() => CommunityConnection, { description: "The communities, largest first." })
  communities(@Root() detection: Detection, @Args() args: PageArgs) {
    return toConnection(pageOfList(detection.communities, args));
  }
}
