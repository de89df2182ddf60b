/** The provider view's requests and the shapes it reads back (a subset of schema/schema.graphql). */
import { NEED_PROVISION, PARTNER_NEEDS, type PartnerNeed } from "../../domain/analytics/partner-needs";

export { PARTNER_NEEDS, type PartnerNeed };

/** Every kind of actor that provides a service to firms (docs/analytics.md section 7): what the provider search looks among. */
export const PROVIDER_KINDS: string[] = [...new Set(PARTNER_NEEDS.flatMap((need) => NEED_PROVISION[need].providerKinds))].sort();

/** The kinds offered as a short list to click: lenders, universities and business development services. */
export const FEATURED_KINDS = ["BANK", "RURAL_BANK", "COOPERATIVE", "STATE_FINANCE_BODY", "UNIVERSITY", "BDS_PROVIDER"];
export const FEATURED_COUNT = 30;

/** The needs an actor of this kind can meet, as the API defaults them. */
export function needsOfKind(kind: string): PartnerNeed[] {
  return PARTNER_NEEDS.filter((need) => (NEED_PROVISION[need].providerKinds as string[]).includes(kind));
}

/** The radius the API looks within when none is given, and its limits. */
export const DEFAULT_RADIUS_KM = 50;
export const MAX_RADIUS_KM = 500;
/** Firms and sentra asked in one request (the API's largest page). */
export const GAP_PAGE = 100;

export interface ProviderHit {
  id: string;
  name: string;
  kind: string;
  region: { id: string; name: string } | null;
}

export const PROVIDER_LIST = `query Providers($kinds: [ActorKind!]!, $first: Int!) {
  actors(filter: { kinds: $kinds }, first: $first) { totalCount edges { node { id name kind region { id name } } } }
}`;

export const PROVIDER_SEARCH = `query SearchProviders($kinds: [ActorKind!]!, $text: String!) {
  actors(filter: { kinds: $kinds, nameContains: $text }, first: 20) { totalCount edges { node { id name kind region { id name } } } }
}`;

export interface ProviderDetails extends ProviderHit {
  location: { latitude: number; longitude: number } | null;
}

export const PROVIDER = `query Provider($id: ID!) {
  actor(id: $id) { id name kind location { latitude longitude } region { id name } }
}`;

const GAP_FIELDS = `providerGaps(providerId: $id, needs: $needs, radiusKm: $radiusKm) {
    needs
    members(first: ${GAP_PAGE}) { totalCount edges { node { memberId memberName sentraId sentraName distanceKm missingNeeds } } }
    sentra(first: ${GAP_PAGE}) { totalCount edges { node { sentraId sentraName lackingCount lackingShare membersConsidered nearestKm } } }
  }`;

/**
 * For a provider with a location: its gaps, and where the core firms around it lie (for the map;
 * providerGaps names firms by id, `places` gives the same firms' coordinates, nearest first).
 */
export const PROVIDER_GAPS = `query ProviderGaps($id: ID!, $needs: [PartnerNeed!], $radiusKm: Float!, $near: NearInput!) {
  ${GAP_FIELDS}
  places: actors(filter: { near: $near, roles: [CORE] }, first: ${GAP_PAGE}) { edges { node { id location { latitude longitude } } } }
}`;

/** For a provider without a location: its gaps only (no distances, nothing to map). */
export const PROVIDER_GAPS_UNPLACED = `query ProviderGaps($id: ID!, $needs: [PartnerNeed!], $radiusKm: Float!) {
  ${GAP_FIELDS}
}`;

export interface GapMember {
  memberId: string;
  memberName: string;
  sentraId: string;
  sentraName: string;
  distanceKm: number | null;
  missingNeeds: string[];
}
export interface SentraGap {
  sentraId: string;
  sentraName: string;
  lackingCount: number;
  lackingShare: number;
  membersConsidered: number;
  nearestKm: number | null;
}
export interface ProviderGaps {
  needs: string[];
  members: { totalCount: number; edges: Array<{ node: GapMember }> };
  sentra: { totalCount: number; edges: Array<{ node: SentraGap }> };
}
export interface GapsAnswer {
  providerGaps: ProviderGaps | null;
  places?: { edges: Array<{ node: { id: string; location: { latitude: number; longitude: number } | null } }> };
}
