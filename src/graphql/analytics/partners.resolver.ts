import { LanguageArgs } from "../common/language.args";
import { chooseLanguage } from "../common/text.scalar";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Query, Resolver, Root } from "type-graphql";
import { NEED_PROVISION, type PartnerNeed } from "../../domain/analytics/partner-needs";
import type { MemberPartners as MemberPartnersResult, PartnerSearch as PartnerSearchResult } from "../../domain/analytics/partners";
import type { ProviderGaps } from "../../domain/analytics/provider-gaps";
import type { ActorKind } from "../../domain/vocabulary";
import { msg, type Message } from "../../i18n/message";
import type { SentraRow } from "../../repositories/sentra.repository";
import { Actor } from "../actor/actor.type";
import { PageArgs, toConnection } from "../common/connection";
import { entityData } from "../common/entity.data";
import { pageOfList } from "../common/list-page";
import type { Context } from "../context";
import { badInput } from "../errors";
import { Sentra } from "../sentra/sentra.type";
import { analyticsData } from "./analytics.data";
import { PartnerNeedEnum } from "./analytics.enums";
import {
  GapMemberConnection,
  MemberPartners,
  MemberPartnersConnection,
  PartnerSearch,
  PartnerSuggestion,
  ProviderGapSearch,
  SentraGapConnection,
} from "./partners.type";

@ArgsType()
class PartnerArgs extends LanguageArgs {
  @Field(() => PartnerNeedEnum, { description: "The need to fill." })
  need!: PartnerNeed;

  @Field(() => Int, { defaultValue: 5, description: "Candidates per firm, 1 to 20." })
  suggestionsPerMember!: number;

  @Field(() => Float, { defaultValue: 25, description: "Also consider providers within this many kilometres of a core firm (more than 0, at most 500)." })
  radiusKm!: number;
}

@ArgsType()
class ProviderGapArgs extends LanguageArgs {
  @Field(() => [PartnerNeedEnum], { nullable: true, description: "Needs to look for; by default every need the provider's kind can meet." })
  needs?: PartnerNeed[] | null;

  @Field(() => Float, { defaultValue: 50, description: "For a provider with coordinates, look this many kilometres around it (more than 0, at most 500)." })
  radiusKm!: number;
}

/** Why some of `needs` are not what a provider of `kind` serves (naming the kinds that can), or null when all are. */
function unservableNeeds(kind: ActorKind, needs: readonly PartnerNeed[]): Message | null {
  const refused = needs.filter((need) => !NEED_PROVISION[need].providerKinds.includes(kind));
  if (refused.length === 0) return null;
  const kinds = [...new Set(refused.flatMap((need) => NEED_PROVISION[need].providerKinds))];
  return msg("partners.gaps.needNotServed", {
    kind: msg(`partners.kind.${kind}`),
    needs: refused.map((need) => msg(`partners.need.${need}`)),
    kinds: kinds.map((k) => msg(`partners.kind.${k}`)),
  });
}

function checkedRadius(radiusKm: number) {
  if (!(radiusKm > 0 && radiusKm <= 500)) throw badInput("radiusKm", msg("errors.aboveZeroAtMost", { field: "radiusKm", max: 500, value: radiusKm }));
  return radiusKm;
}

@Resolver(() => Sentra)
export class SentraPartnersResolver {
  @FieldResolver(() => PartnerSearch, {
    description: "For BDS providers: the core firms lacking a need, each with candidate partners ranked with their reasons, never one it is already tied to.",
  })
  partners(@Root() sentra: SentraRow, @Args() args: PartnerArgs, @Ctx() { data }: Context) {
    chooseLanguage(args.lang);
    if (!(Number.isInteger(args.suggestionsPerMember) && args.suggestionsPerMember >= 1 && args.suggestionsPerMember <= 20)) {
      throw badInput("suggestionsPerMember", msg("errors.fromTo", { field: "suggestionsPerMember", min: 1, max: 20, value: args.suggestionsPerMember }));
    }
    return data.of(analyticsData).partners(sentra.id, args.need, { limit: args.suggestionsPerMember, radiusKm: checkedRadius(args.radiusKm) });
  }
}

@Resolver(() => PartnerSearch)
export class PartnerSearchResolver {
  @FieldResolver(() => MemberPartnersConnection, { description: "The core firms lacking the need, with their candidates." })
  lacking(@Root() search: PartnerSearchResult, @Args() args: PageArgs) {
    return toConnection(pageOfList(search.lacking, args));
  }
}

@Resolver(() => MemberPartners)
export class MemberPartnersResolver {
  @FieldResolver(() => Actor, { description: "The firm." })
  member(@Root() member: MemberPartnersResult, @Ctx() { data }: Context) {
    return data.of(entityData).actors.load(member.memberId);
  }
}

@Resolver(() => PartnerSuggestion)
export class PartnerSuggestionResolver {
  @FieldResolver(() => Actor, { description: "The candidate." })
  candidate(@Root() suggestion: { candidateId: string }, @Ctx() { data }: Context) {
    return data.of(entityData).actors.load(suggestion.candidateId);
  }
}

@Resolver(() => ProviderGapSearch)
export class ProviderGapResolver {
  @Query(() => ProviderGapSearch, {
    nullable: true,
    description:
      "For a provider (bank, university, BDS ...): the sentra and core firms where its kind of service is missing, nearest first; null for an unknown actor. Asking for a need its kind cannot serve (a BDS provider and FINANCE) is refused with BAD_USER_INPUT naming the kinds that can.",
  })
  async providerGaps(@Arg("providerId", () => ID) providerId: string, @Args() args: ProviderGapArgs, @Ctx() { data }: Context) {
    chooseLanguage(args.lang);
    for (const need of args.needs ?? []) if (!NEED_PROVISION[need]) throw badInput("needs", msg("errors.unknownNeed", { need }));
    const radiusKm = checkedRadius(args.radiusKm);
    // The same load providerGaps makes (one per request): a need the provider's kind cannot serve is refused, not answered empty.
    const provider = args.needs?.length ? await data.of(entityData).actors.load(providerId) : null;
    if (provider) {
      const refused = unservableNeeds(provider.kind, args.needs!);
      if (refused) throw badInput("needs", refused);
    }
    return data.of(analyticsData).providerGaps(providerId, args.needs ?? undefined, radiusKm);
  }

  @FieldResolver(() => Actor, { description: "The provider." })
  provider(@Root() gaps: ProviderGaps, @Ctx() { data }: Context) {
    return data.of(entityData).actors.load(gaps.providerId);
  }

  @FieldResolver(() => GapMemberConnection, { description: "Core firms lacking a need the provider can meet, nearest first (firms without coordinates last)." })
  members(@Root() gaps: ProviderGaps, @Args() args: PageArgs) {
    return toConnection(pageOfList(gaps.members, args));
  }

  @FieldResolver(() => SentraGapConnection, { description: "The same grouped by sentra, the sentra with the nearest lacking firm first." })
  sentra(@Root() gaps: ProviderGaps, @Args() args: PageArgs) {
    return toConnection(
      pageOfList(
        gaps.sentra.map((g) => ({ ...g, lackingCount: g.lacking.length })),
        args,
      ),
    );
  }
}
