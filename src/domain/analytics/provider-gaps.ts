import type { ActorKind, LinkageType } from "../vocabulary";
import { NEED_PROVISION, needsProvidedBy, type PartnerNeed } from "./partner-needs";

/** One core member of some sentra, as the repository fetches it for a provider's gap search. */
export interface GapMemberInput {
  sentraId: string;
  sentraName: string;
  memberId: string;
  memberName: string;
  /** Types of the ties that serve this member (it receives the loan, the supply, the order). */
  servedByTypes: LinkageType[];
  /** Whether the provider already has a tie with this member. */
  servedByProvider: boolean;
  /** Km from the provider; null when either has no coordinates. */
  distanceKm: number | null;
}

export interface ProviderGapsInput {
  provider: { id: string; name: string; kind: ActorKind };
  /** The needs to look for; default: every need the provider's kind can meet. */
  needs?: PartnerNeed[];
  members: readonly GapMemberInput[];
}

export interface GapMember {
  sentraId: string;
  sentraName: string;
  memberId: string;
  memberName: string;
  distanceKm: number | null;
  missingNeeds: PartnerNeed[];
}

export interface SentraGap {
  sentraId: string;
  sentraName: string;
  membersConsidered: number;
  lacking: GapMember[];
  lackingShare: number;
  nearestKm: number | null;
}

export interface ProviderGaps {
  providerId: string;
  needs: PartnerNeed[];
  /** Members lacking a need the provider can meet, nearest first (unplaced members last). */
  members: GapMember[];
  /** The same grouped by sentra, the sentra with the nearest lacking member first. */
  sentra: SentraGap[];
}

/** Where a provider's kind of service is missing: a plain ranking over the members the caller fetched. */
export function providerGaps(input: ProviderGapsInput): ProviderGaps {
  const needs = input.needs ?? needsProvidedBy(input.provider.kind);
  const members = input.members
    .filter((m) => m.memberId !== input.provider.id && !m.servedByProvider)
    .map((m) => ({
      sentraId: m.sentraId,
      sentraName: m.sentraName,
      memberId: m.memberId,
      memberName: m.memberName,
      distanceKm: m.distanceKm,
      missingNeeds: needs.filter((need) => !NEED_PROVISION[need].linkageTypes.some((t) => m.servedByTypes.includes(t))),
    }))
    .filter((m) => m.missingNeeds.length > 0)
    .sort(nearestFirst);

  const bySentra = new Map<string, SentraGap>();
  for (const m of input.members) {
    const gap = bySentra.get(m.sentraId) ?? {
      sentraId: m.sentraId,
      sentraName: m.sentraName,
      membersConsidered: 0,
      lacking: [],
      lackingShare: 0,
      nearestKm: null,
    };
    gap.membersConsidered++;
    bySentra.set(m.sentraId, gap);
  }
  for (const m of members) bySentra.get(m.sentraId)!.lacking.push(m);
  const sentra = [...bySentra.values()]
    .filter((g) => g.lacking.length > 0)
    .map((g) => ({ ...g, lackingShare: g.lacking.length / g.membersConsidered, nearestKm: g.lacking[0].distanceKm }))
    .sort(
      (a, b) =>
        nearestFirst({ distanceKm: a.nearestKm, memberName: a.sentraName }, { distanceKm: b.nearestKm, memberName: b.sentraName }) ||
        b.lacking.length - a.lacking.length,
    );

  return { providerId: input.provider.id, needs, members, sentra };
}

function nearestFirst(a: { distanceKm: number | null; memberName: string }, b: { distanceKm: number | null; memberName: string }): number {
  if (a.distanceKm === null && b.distanceKm !== null) return 1;
  if (a.distanceKm !== null && b.distanceKm === null) return -1;
  return (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.memberName.localeCompare(b.memberName);
}
