import { LanguageArgs } from "../common/language.args";
import { chooseLanguage } from "../common/text.scalar";
import { msg } from "../../i18n/message";
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { drawableNetwork, InvalidDrawOptionError } from "../../domain/analytics/drawable";
import type { LinkageType } from "../../domain/vocabulary";
import type { SentraRow } from "../../repositories/sentra.repository";
import { LinkageTypeEnum } from "../common/enums";
import type { Context } from "../context";
import { badInput } from "../errors";
import { Sentra } from "../sentra/sentra.type";
import { analyticsData } from "./analytics.data";
import { DrawableNetwork } from "./drawable.type";

/** The most nodes one drawing may ask for. */
export const MAX_DRAWN_NODES = 1000;

@ArgsType()
class DrawArgs extends LanguageArgs {
  @Field(() => [LinkageTypeEnum], { nullable: true, description: "Only ties of these types; all when omitted." })
  linkageTypes?: LinkageType[] | null;

  @Field(() => Int, {
    defaultValue: 1,
    description:
      "How far the walk from the core members goes: 0, core members only; 1, plus their direct partners; up to 3. Participants no drawn tie links to a core member are added whatever the depth (untied).",
  })
  depth!: number;

  @Field(() => Int, { defaultValue: 150, description: `The most nodes to return, 1 to ${MAX_DRAWN_NODES}; the answer says when the cap cut the network.` })
  maxNodes!: number;
}

@Resolver(() => Sentra)
export class SentraDrawingResolver {
  @FieldResolver(() => DrawableNetwork, {
    nullable: true,
    description:
      "Its network, ready for a frontend to draw: nodes with kind, roles and stage, ties with type and intensity; every participant of the sentra is in it, those no drawn tie links to a core member flagged untied.",
  })
  async network(@Root() sentra: SentraRow, @Args() args: DrawArgs, @Ctx() { data }: Context) {
    chooseLanguage(args.lang);
    if (!(Number.isInteger(args.depth) && args.depth >= 0 && args.depth <= 3))
      throw badInput("depth", msg("errors.fromTo", { field: "depth", min: 0, max: 3, value: args.depth }));
    if (!(Number.isInteger(args.maxNodes) && args.maxNodes >= 1 && args.maxNodes <= MAX_DRAWN_NODES)) {
      throw badInput("maxNodes", msg("errors.fromTo", { field: "maxNodes", min: 1, max: MAX_DRAWN_NODES, value: args.maxNodes }));
    }
    const network = await data.of(analyticsData).networks.load(sentra.id);
    if (!network) return null;
    try {
      return drawableNetwork(network, { linkageTypes: args.linkageTypes ?? undefined, depth: args.depth, maxNodes: args.maxNodes });
    } catch (error) {
      if (error instanceof InvalidDrawOptionError) throw badInput(error.option, error.text);
      throw error;
    }
  }
}
