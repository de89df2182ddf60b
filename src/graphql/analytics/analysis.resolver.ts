import { LanguageArgs } from "../common/language.args";
import { chooseLanguage } from "../common/text.scalar";
import { msg } from "../../i18n/message";
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";
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
import { SentraAnalysis, SentraComparison } from "./analysis.type";
import { SentraHeadline } from "./headline.type";
import { ThresholdsInput, toThresholdOverride } from "./thresholds.input";

/** How many sentra one comparison may ask for. */
export const MAX_COMPARED = 20;

@ArgsType()
class AnalysisArgs extends LanguageArgs {
  @Field(() => ThresholdsInput, { nullable: true, description: 'Override thresholds of the verdict ("what if"); omitted ones keep their cited defaults.' })
  thresholds?: ThresholdsInput | null;
}

function checkedOverride(args: AnalysisArgs) {
  const override = toThresholdOverride(args.thresholds);
  try {
    resolveThresholds(override);
  } catch (error) {
    if (error instanceof InvalidThresholdError) throw badInput(`thresholds.${error.threshold}`, error.text);
    throw error;
  }
  return override;
}

/**
 * The comparison's `analyses` fields as if they were the query's own (through fragments too), so
 * that the stored parts read are those the analyses select.
 */
function analysesInfo(info: GraphQLResolveInfo): GraphQLResolveInfo {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") {
        if (selection.name.value === "analyses") found.push(selection);
      } else if (selection.kind === "InlineFragment") visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return { ...info, fieldNodes: found };
}

/** What the analyses loader needs: the thresholds, and which stored parts the request selects. */
function loadOptions(args: AnalysisArgs, info: GraphQLResolveInfo) {
  chooseLanguage(args.lang);
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

  // Nullable so that a refused comparison (too many ids, a bad threshold) leaves the request's other fields standing.
  @Query(() => SentraComparison, {
    nullable: true,
    description: `Chosen sentra side by side (at most ${MAX_COMPARED}), in the order asked; ids that name no sentra come back in missingIds. Null, with an error, when the request is refused.`,
  })
  async compareSentra(
    @Arg("ids", () => [ID]) ids: string[],
    @Args() args: AnalysisArgs,
    @Ctx() { data }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SentraComparison> {
    if (ids.length > MAX_COMPARED) throw badInput("ids", msg("errors.tooManySentra", { max: MAX_COMPARED, count: ids.length }));
    const options = loadOptions(args, analysesInfo(info));
    const answers = await Promise.all(ids.map((id) => data.of(analyticsData).analyses.load(id, options)));
    return {
      analyses: answers.filter((a): a is AnalysisAnswer => a !== null),
      missingIds: ids.filter((_id, i) => answers[i] === null),
    };
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
