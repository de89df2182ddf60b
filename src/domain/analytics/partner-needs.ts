import type { ActorKind, LinkageType } from "../vocabulary";

/** What a member may need from a business development partner (BDS matchmaking). */
export const PARTNER_NEEDS = ["FINANCE", "TECHNICAL_ASSISTANCE", "ECONOMIC_ASSISTANCE", "BUYERS", "SUPPLIERS", "PROMOTION", "CERTIFICATION"] as const;
export type PartnerNeed = (typeof PARTNER_NEEDS)[number];

export interface NeedProvision {
  /** The tie types that meet the need, the member being the served end. */
  linkageTypes: LinkageType[];
  /** Kinds of actor that can provide it (research/001 B steps 3, 5, 6; research/003). */
  providerKinds: ActorKind[];
}

export const NEED_PROVISION: Record<PartnerNeed, NeedProvision> = {
  FINANCE: { linkageTypes: ["FINANCE"], providerKinds: ["BANK", "RURAL_BANK", "COOPERATIVE", "STATE_FINANCE_BODY", "DONOR"] },
  TECHNICAL_ASSISTANCE: {
    linkageTypes: ["TECHNICAL_ASSISTANCE"],
    // research/001 B step 5: an LPT may be an NGO, a university, a BDS provider or a business.
    providerKinds: ["UNIVERSITY", "NGO", "BDS_PROVIDER", "LARGE_FIRM", "GOVERNMENT_AGENCY"],
  },
  ECONOMIC_ASSISTANCE: {
    linkageTypes: ["ECONOMIC_ASSISTANCE"],
    // research/001 B step 6: the FPK, a supporting institution or another body, under a B2B agreement.
    providerKinds: ["BDS_PROVIDER", "NGO", "UNIVERSITY", "COOPERATIVE", "GOVERNMENT_AGENCY"],
  },
  BUYERS: { linkageTypes: ["DOWNSTREAM_SALES"], providerKinds: ["TRADER", "DISTRIBUTOR", "EXPORTER", "RETAILER", "LARGE_BUYER", "LARGE_FIRM"] },
  SUPPLIERS: { linkageTypes: ["UPSTREAM_SUPPLY"], providerKinds: ["RAW_MATERIAL_SUPPLIER", "AUXILIARY_MATERIAL_SUPPLIER", "EQUIPMENT_SUPPLIER", "TRADER"] },
  PROMOTION: { linkageTypes: ["PROMOTION"], providerKinds: ["PROMOTION_BODY", "ASSOCIATION", "GOVERNMENT_AGENCY"] },
  CERTIFICATION: { linkageTypes: ["CERTIFICATION"], providerKinds: ["CERTIFICATION_BODY", "GOVERNMENT_AGENCY", "UNIVERSITY"] },
};

/** The needs an actor of this kind can meet. */
export function needsProvidedBy(kind: ActorKind): PartnerNeed[] {
  return PARTNER_NEEDS.filter((need) => NEED_PROVISION[need].providerKinds.includes(kind));
}

/** The end of a tie of this type the served member sits at: it receives the supply, the loan, the training; for sales, it sells. */
export function memberEnd(type: LinkageType): "from" | "to" {
  return type === "DOWNSTREAM_SALES" ? "from" : "to";
}

/** Whether the tie serves `memberId` (it receives the supply, the loan, the order) with one of `types`. */
export function servesMember(tie: { type: LinkageType; fromId: string; toId: string }, memberId: string, types: readonly LinkageType[]): boolean {
  if (!types.includes(tie.type)) return false;
  return memberEnd(tie.type) === "from" ? tie.fromId === memberId : tie.toId === memberId;
}
