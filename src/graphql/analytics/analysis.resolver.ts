import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { AnalysisAnswer } from "../../domain/analytics/stored-analysis";
import { InvalidThresholdError, resolveThresholds } from "../../domain/analytics/thresholds";
import type { SentraRow } from "../../repositories/sentra.repository";
import type { Context } from "../context";
import { badInput } from "../errors";
import { sentraData } from "../sentra/sentra.data";
import { Sentra } from "../sentra/sentra.type";
import { selectedParts } from "./analysis-parts";
import { analyticsData } from "./analytics.data";
import { SentraAnalysis } from "./analysis.type";
import { SentraHeadline } from "./headline.type";
import { ThresholdsInput, toThresholdOverride } from "./thresholds.input";

/** How many sentra one comparison may ask for. */
export const MAX_COMPARED = 20;

@ArgsType()
class AnalysisArgs {
  @Field(() => ThresholdsInput, { nullable: true, description: 'Override thresholds of the verdict ("what if"); omitted ones keep their cited defaults.' })
  thresholds?: ThresholdsInput | null;
}

function checkedOverride(args: AnalysisArgs) {
  const override = toThresholdOverride(args.thresholds);
  try {
    resolveThresholds(override);
  } catch (error) {
    if (error instanceof InvalidThresholdError) throw badInput(`thresholds.${error.threshold}`, error.message);
    throw error;
  }
  return override;
}

/** What the analyses loader needs: the thresholds, and which stored parts the request selects. */
function loadOptions(args: AnalysisArgs, info: GraphQLResolveInfo) {
  return { override: checkedOverride(args), parts: selectedParts(info) };
}

@Resolver(() => SentraAnalysis)
export class SentraAnalysisResolver {
  @Query(() => SentraAnalysis, {
    nullable: true,
    description:
      "The full diagnosis of one sentra, or null when there is no such sentra. Under the default thresholds it is the analysis stored on the last write to the sentra's network; with thresholds given, computed now.",
  })
  sentraAnalysis(@Arg("id", () => ID) id: string, @Args() args: AnalysisArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    return data.of(analyticsData).analyses.load(id, loadOptions(args, info));
  }

  @Query(() => [SentraAnalysis], {
    description: `Chosen sentra side by side (at most ${MAX_COMPARED}), in the order asked; unknown ids are left out.`,
  })
  async compareSentra(@Arg("ids", () => [ID]) ids: string[], @Args() args: AnalysisArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_COMPARED) throw badInput("ids", `ids may name at most ${MAX_COMPARED} sentra, got ${ids.length}`);
    const options = loadOptions(args, info);
    const analyses = await Promise.all(ids.map((id) => data.of(analyticsData).analyses.load(id, options)));
    return analyses.filter((a) => a !== null);
  }

  @FieldResolver(() => Sentra, { description: "The sentra analysed." })
  sentra(@Root() analysis: AnalysisAnswer, @Ctx() { data }: Context) {
    return data.of(sentraData).byId.load(analysis.sentraId);
  }
}

@Resolver(() => Sentra)
export class SentraAnalysisFieldResolver {
  @FieldResolver(() => SentraAnalysis, {
    description:
      "Its full diagnosis: as stored on the last write to its network under the default thresholds, computed now with thresholds given (for the headline figures ranking uses, see `headline`).",
  })
  analysis(@Root() sentra: SentraRow, @Args() args: AnalysisArgs, @Ctx() { data }: Context, @Info() info: GraphQLResolveInfo) {
    return data.of(analyticsData).analyses.load(sentra.id, loadOptions(args, info));
  }

  @FieldResolver(() => SentraHeadline, { description: "Its headline figures as stored for ranking (all null until first computed)." })
  async headline(@Root() sentra: SentraRow, @Ctx() { data }: Context) {
    return (await data.of(analyticsData).storedMetrics.load(sentra.id)) ?? {};
  }
}
