import type { ActorKind, AssistanceRole, ForumKind, LinkageType, SentraRole } from "../vocabulary";

/**
 * The value chain around a sentra (research/003, Gambar 4: input providers, production,
 * processing, distribution, sales intermediaries, buyers) and the services around it (finance,
 * LPT, PKE, promotion, certification, the forums). Served as a GraphQL enum.
 */
export const VALUE_CHAIN_STAGES = [
  "RAW_MATERIAL_SUPPLY",
  "AUXILIARY_MATERIAL_SUPPLY",
  "EQUIPMENT_SUPPLY",
  "CORE_PRODUCTION",
  "SUPPORTING_AND_RELATED_INDUSTRY",
  "TRADE_AND_DISTRIBUTION",
  "BUYERS",
  "FINANCE",
  "TECHNICAL_ASSISTANCE",
  "ECONOMIC_ASSISTANCE",
  "PROMOTION",
  "CERTIFICATION",
  "GOVERNANCE",
] as const;
export type ValueChainStage = (typeof VALUE_CHAIN_STAGES)[number];

/** "KIND" in a table below: the actor's kind decides (`STAGE_MAPPING.byKind`). */
export type StageOrKind = ValueChainStage | "KIND";

/**
 * THE mapping table, in one place: the docs print it and every analysis reads it.
 *
 * - `byKind`: what an organisation is, when nothing more specific is known.
 * - `byRole`: the role it plays in THIS sentra. A firm (IKM, large firm) takes its stage from its
 *   role; a specialist (supplier, trader, bank, ...) keeps its kind's stage under a generic role.
 * - `byProvidedLinkage`: the stage of the actor that PROVIDES a tie of this type (the `fromId`
 *   of a supporting tie, the supplier of an upstream tie, the buyer of a downstream tie).
 * - `byForum` and `byAgreement`: sitting in a forum is governance; an LPT or PKE agreement is
 *   technical or economic assistance.
 */
export const STAGE_MAPPING = {
  byKind: {
    IKM: "SUPPORTING_AND_RELATED_INDUSTRY",
    LARGE_FIRM: "SUPPORTING_AND_RELATED_INDUSTRY",
    RAW_MATERIAL_SUPPLIER: "RAW_MATERIAL_SUPPLY",
    AUXILIARY_MATERIAL_SUPPLIER: "AUXILIARY_MATERIAL_SUPPLY",
    EQUIPMENT_SUPPLIER: "EQUIPMENT_SUPPLY",
    TRADER: "TRADE_AND_DISTRIBUTION",
    DISTRIBUTOR: "TRADE_AND_DISTRIBUTION",
    EXPORTER: "TRADE_AND_DISTRIBUTION",
    RETAILER: "TRADE_AND_DISTRIBUTION",
    LARGE_BUYER: "BUYERS",
    BANK: "FINANCE",
    RURAL_BANK: "FINANCE",
    COOPERATIVE: "FINANCE",
    STATE_FINANCE_BODY: "FINANCE",
    DONOR: "FINANCE",
    GOVERNMENT_AGENCY: "GOVERNANCE",
    UNIVERSITY: "TECHNICAL_ASSISTANCE",
    NGO: "TECHNICAL_ASSISTANCE",
    BDS_PROVIDER: "TECHNICAL_ASSISTANCE",
    PROMOTION_BODY: "PROMOTION",
    CERTIFICATION_BODY: "CERTIFICATION",
    ASSOCIATION: "GOVERNANCE",
  } satisfies Record<ActorKind, ValueChainStage>,
  byRole: {
    CORE: "CORE_PRODUCTION",
    SUPPLIER_INDUSTRY: "RAW_MATERIAL_SUPPLY",
    SUPPORTING_INDUSTRY: "SUPPORTING_AND_RELATED_INDUSTRY",
    RELATED_INDUSTRY: "SUPPORTING_AND_RELATED_INDUSTRY",
    BUYER: "BUYERS",
    SUPPORTING_INSTITUTION: "KIND",
  } satisfies Record<SentraRole, StageOrKind>,
  byProvidedLinkage: {
    HORIZONTAL_COOPERATION: "KIND",
    UPSTREAM_SUPPLY: "RAW_MATERIAL_SUPPLY",
    DOWNSTREAM_SALES: "BUYERS",
    FINANCE: "FINANCE",
    TECHNICAL_ASSISTANCE: "TECHNICAL_ASSISTANCE",
    ECONOMIC_ASSISTANCE: "ECONOMIC_ASSISTANCE",
    PROMOTION: "PROMOTION",
    CERTIFICATION: "CERTIFICATION",
  } satisfies Record<LinkageType, StageOrKind>,
  byForum: { FPK: "GOVERNANCE", FKAK: "GOVERNANCE" } satisfies Record<ForumKind, ValueChainStage>,
  byAgreement: { LPT: "TECHNICAL_ASSISTANCE", PKE: "ECONOMIC_ASSISTANCE" } satisfies Record<AssistanceRole, ValueChainStage>,
} as const;

/** Kinds whose own stage wins over a generic role: a bank named "supporting industry" still lends. */
const FIRM_KINDS: readonly ActorKind[] = ["IKM", "LARGE_FIRM"];
const SUPPLY_STAGES: readonly ValueChainStage[] = ["RAW_MATERIAL_SUPPLY", "AUXILIARY_MATERIAL_SUPPLY", "EQUIPMENT_SUPPLY"];
const BUYER_SIDE_STAGES: readonly ValueChainStage[] = ["TRADE_AND_DISTRIBUTION", "BUYERS", "SUPPORTING_AND_RELATED_INDUSTRY"];

/**
 * The stages an actor's roles in THIS sentra give it. CORE wins outright. SUPPORTING_INSTITUTION
 * gives none by itself: an institution is placed by the services it is seen providing, and only
 * falls back on its kind's stage when none is seen (`fallbackStageOf`).
 */
export function roleStagesOf(kind: ActorKind, roles: readonly SentraRole[]): ValueChainStage[] {
  if (roles.includes("CORE")) return ["CORE_PRODUCTION"];
  return [...new Set(roles.filter((r) => STAGE_MAPPING.byRole[r] !== "KIND").map((role) => stageOfRole(kind, role)))];
}

/** The one stage an actor stands in when nothing more specific is known. */
export function fallbackStageOf(kind: ActorKind, roles: readonly SentraRole[]): ValueChainStage {
  return roleStagesOf(kind, roles)[0] ?? STAGE_MAPPING.byKind[kind];
}

function stageOfRole(kind: ActorKind, role: SentraRole): ValueChainStage {
  const byKind = STAGE_MAPPING.byKind[kind];
  if (role === "SUPPLIER_INDUSTRY") return SUPPLY_STAGES.includes(byKind) ? byKind : "RAW_MATERIAL_SUPPLY";
  if (role === "BUYER") return byKind === "TRADE_AND_DISTRIBUTION" ? byKind : "BUYERS";
  const byRole = STAGE_MAPPING.byRole[role];
  return byRole === "KIND" || !FIRM_KINDS.includes(kind) ? byKind : byRole;
}

/**
 * The stage at the providing end of a tie: what this tie shows the actor doing for the sentra.
 * A supplier keeps a specific supply stage (auxiliary, equipment) when its role or kind says so;
 * a buyer is a trader, a processor (supporting or related industry) or a buyer.
 */
export function providedStageOf(type: LinkageType, kind: ActorKind, roles: readonly SentraRole[]): ValueChainStage {
  const known = [...roleStagesOf(kind, roles), STAGE_MAPPING.byKind[kind]];
  if (known.includes("CORE_PRODUCTION")) return "CORE_PRODUCTION";
  const mapped = STAGE_MAPPING.byProvidedLinkage[type];
  if (mapped === "KIND") return fallbackStageOf(kind, roles);
  if (type === "UPSTREAM_SUPPLY") return known.find((b) => SUPPLY_STAGES.includes(b)) ?? mapped;
  if (type === "DOWNSTREAM_SALES") return known.find((b) => BUYER_SIDE_STAGES.includes(b)) ?? mapped;
  return mapped;
}

/** Whether `actorId` provides what flows along the tie (supplier, buyer, lender, mentor). */
export function isProvidingEnd(tie: { type: LinkageType; fromId: string; toId: string }, actorId: string): boolean {
  return tie.type === "DOWNSTREAM_SALES" ? tie.toId === actorId : tie.fromId === actorId;
}
