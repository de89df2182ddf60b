import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { PartnerNeed } from "../../domain/analytics/partner-needs";
import { SCORE_PART_NAMES, type PartnerReasonCode, type ScorePartName } from "../../domain/analytics/partners";
import type { Text } from "../../i18n/message";
import type { LinkageType } from "../../domain/vocabulary";
import { Actor } from "../actor/actor.type";
import { connectionOf } from "../common/connection";
import { enumOf, LinkageTypeEnum } from "../common/enums";
import { TextScalar } from "../common/text.scalar";
import { DistanceToEnum, PartnerNeedEnum, PartnerReasonCodeEnum } from "./analytics.enums";

@ObjectType({ description: "One reason a partner is suggested." })
export class PartnerReason {
  @Field(() => PartnerReasonCodeEnum, { description: "Which reason." })
  code!: PartnerReasonCode;

  @Field(() => Float, {
    nullable: true,
    description: "Peers or sentra served (ALREADY_SERVES_PEERS, SERVES_SAME_PRODUCT_ELSEWHERE); kilometres (NEAR, DISTANCE); null for the others.",
  })
  value!: number | null;

  @Field(() => TextScalar, { description: "The reason in words, in the request's language." })
  text!: Text;
}

export const ScorePartNameEnum = enumOf(SCORE_PART_NAMES);
registerEnumType(ScorePartNameEnum, {
  name: "ScorePartName",
  description:
    "A part of a partner score: PEERS_SERVED (weight 0.5, the share of this sentra's core firms it already serves with the need), SAME_PRODUCT (weight 0.3, other sentra of the same KBLI code it serves, 3 or more counting 1), PROXIMITY (weight 0.2, 1 / (1 + km / 10), 0 without coordinates).",
});

@ObjectType({ description: "One term of a partner score: contribution = weight x value, and the score is the sum of the contributions." })
export class ScorePart {
  @Field(() => ScorePartNameEnum, { description: "Which part." })
  name!: ScorePartName;

  @Field(() => Float, { description: "Its weight; the weights sum to 1." })
  weight!: number;

  @Field(() => Float, { description: "Its value, from 0 to 1." })
  value!: number;

  @Field(() => Float, { description: "weight x value: what it adds to the score." })
  contribution!: number;

  @Field(() => TextScalar, { description: "How the value was reached, in the request's language." })
  explanation!: Text;
}

@ObjectType({ description: "A candidate partner for one firm, ranked by a documented score (docs/analytics.md)." })
export class PartnerSuggestion {
  @Field(() => ID, { description: "The candidate's id." })
  candidateId!: string;

  @Field(() => Actor, { description: "The candidate." })
  candidate!: Actor;

  @Field(() => Float, {
    description:
      "Score from 0 (nothing proven, far or unplaced) to 1 (serves every core firm here, three or more sentra of the same KBLI code, next door): 0.5 x peers served here + 0.3 x same product elsewhere + 0.2 x proximity, the sum of scoreParts' contributions. Compare scores within one search; 0.2 is what proximity alone can give.",
  })
  score!: number;

  @Field(() => [ScorePart], { description: "The score's three parts, each with its weight, value, contribution and explanation." })
  scoreParts!: ScorePart[];

  @Field(() => [PartnerReason], {
    description: "Why it is suggested: what it has proven, whether its kind provides the need, and always its distance (or that it is unknown).",
  })
  reasons!: PartnerReason[];

  @Field(() => Float, { nullable: true, description: "Kilometres to the member (or to the sentra's centre); null without coordinates." })
  distanceKm!: number | null;

  @Field(() => DistanceToEnum, { nullable: true, description: "What distanceKm is measured to." })
  distanceTo!: "MEMBER" | "CENTROID" | null;
}

@ObjectType({ description: "A core firm that lacks the need, with candidate partners, best first; none is already tied to it." })
export class MemberPartners {
  @Field(() => ID, { description: "The firm's id." })
  memberId!: string;

  @Field(() => Actor, { description: "The firm." })
  member!: Actor;

  @Field(() => [PartnerSuggestion], { description: "Candidates, best first (at most `suggestionsPerMember`)." })
  suggestions!: PartnerSuggestion[];
}

export const MemberPartnersConnection = connectionOf(() => MemberPartners, "MemberPartners", { what: "firm lacking the need" });

@ObjectType({ description: "For a sentra and a need: the core firms that lack it, and who could fill the gap." })
export class PartnerSearch {
  @Field(() => PartnerNeedEnum, { description: "The need." })
  need!: PartnerNeed;

  @Field(() => [LinkageTypeEnum], { description: "The tie types that meet it." })
  linkageTypes!: LinkageType[];

  @Field(() => Int, { description: "Core firms of the sentra." })
  coreMembers!: number;
}

@ObjectType({ description: "A core firm where a provider's kind of service is missing." })
export class GapMember {
  @Field(() => ID, { description: "The sentra's id." })
  sentraId!: string;

  @Field({ description: "The sentra's name." })
  sentraName!: string;

  @Field(() => ID, { description: "The firm's id." })
  memberId!: string;

  @Field({ description: "The firm's name." })
  memberName!: string;

  @Field(() => Float, { nullable: true, description: "Kilometres from the provider; null without coordinates." })
  distanceKm!: number | null;

  @Field(() => [PartnerNeedEnum], { description: "The needs the provider could meet that no tie meets for this firm." })
  missingNeeds!: PartnerNeed[];
}

@ObjectType({ description: "A sentra where a provider's kind of service is missing, with how many of its firms lack it." })
export class SentraGap {
  @Field(() => ID, { description: "The sentra's id." })
  sentraId!: string;

  @Field({ description: "Its name." })
  sentraName!: string;

  @Field(() => Int, { description: "Core firms considered (within the radius)." })
  membersConsidered!: number;

  @Field(() => Int, { description: "Of those, firms lacking a need the provider can meet." })
  lackingCount!: number;

  @Field(() => Float, { description: "lackingCount / membersConsidered." })
  lackingShare!: number;

  @Field(() => Float, { nullable: true, description: "Kilometres to its nearest lacking firm." })
  nearestKm!: number | null;
}

export const GapMemberConnection = connectionOf(() => GapMember, "GapMember", { what: "firm lacking the service" });
export const SentraGapConnection = connectionOf(() => SentraGap, "SentraGap", { what: "sentra lacking the service" });

@ObjectType({ description: "For a provider: where its kind of service is missing, nearest first." })
export class ProviderGapSearch {
  @Field(() => Actor, { description: "The provider." })
  provider!: Actor;

  @Field(() => [PartnerNeedEnum], { description: "The needs looked for (by default every need its kind can meet)." })
  needs!: PartnerNeed[];
}
