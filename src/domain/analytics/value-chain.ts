import { msg, type Text } from "../../i18n/message";
import type { ActorKind, ForumKind, Intensity, LinkageType, SentraRole } from "../vocabulary";
import { LINKAGE_TYPES } from "../vocabulary";
import { placeActors, type StagePlacement, type StageTieLink } from "./actor-stages";
import { countIntensities, intensityShares, strongerOf, type IntensityCounts } from "./intensity";
import type { SentraNetwork } from "./network";
import { coreMemberIds, sentraTies, share } from "./network-views";
import { VALUE_CHAIN_STAGES, type ValueChainStage } from "./stages";

export type StageStatus = "LINKED" | "UNLINKED" | "MISSING";

export interface ValueChainActor {
  actorId: string;
  name: string;
  kind: ActorKind;
  roles: SentraRole[];
  /** Distinct core members it is linked to in this stage, by a tie or through a forum/agreement. */
  linkedCoreMembers: number;
  /** Core members linked by a tie, each counted once at the strongest intensity of those ties. */
  byIntensity: IntensityCounts;
  /** Core members reached through a forum seat or an FKAK agreement (no intensity). */
  viaForumOrAgreement: number;
  /** The evidence: ids of the ties that link it to core members in this stage. */
  tieIds: string[];
  status: "LINKED" | "UNLINKED";
}

/** A forum counted in the GOVERNANCE stage: the FKAK itself links its member firms. */
export interface ValueChainForum {
  forumId: string;
  kind: ForumKind;
  name: string;
  /** Core members sitting in it (in person or through their representative). */
  coreMembers: number;
}

export interface ValueChainStageResult {
  stage: ValueChainStage;
  /** The stage's name, in the reader's language. */
  label: Text;
  status: StageStatus;
  /** What the status means for this stage, in words. */
  statusNote: Text;
  actors: ValueChainActor[];
  /** Forums (GOVERNANCE only; empty for every other stage). */
  forums: ValueChainForum[];
  /** Distinct core members linked to any actor of this stage. */
  coreMembersReached: number;
  reachShare: number | null;
  /** Core members reached by ties, at the strongest intensity any actor of the stage has with them. */
  byIntensity: IntensityCounts;
  weak: boolean;
  weakReasons: Text[];
}

export interface LinkageTypeCoverage {
  type: LinkageType;
  coreMembers: number;
  /** Core members with at least one tie of this type (either direction). */
  withTie: number;
  share: number | null;
  /** Those members by the strongest intensity of their ties of this type. */
  byIntensity: IntensityCounts;
  /** The same as shares of all core members. */
  shares: IntensityCounts;
}

export interface ValueChain {
  sentraId: string;
  coreMembers: number;
  stages: ValueChainStageResult[];
  /** LINKED stages / all 13 stages. */
  completeness: number;
  missingStages: ValueChainStage[];
  unlinkedStages: ValueChainStage[];
  weakStages: ValueChainStage[];
  linkageCoverage: LinkageTypeCoverage[];
  /** A linked stage reaching fewer than this share of core members is weak. */
  weakReachShare: number;
}

export interface ValueChainOptions {
  weakReachShare?: number;
}

/** Simpul's default: a stage that serves fewer than half the core members is the exception, not the rule. */
export const DEFAULT_WEAK_REACH_SHARE = 0.5;

/** The sentra's value chain: who is present in each stage, and how far each reaches the core members. */
export function valueChain(network: SentraNetwork, options: ValueChainOptions = {}): ValueChain {
  const weakReachShare = options.weakReachShare ?? DEFAULT_WEAK_REACH_SHARE;
  const coreCount = coreMemberIds(network).size;
  const placements = placeActors(network);
  const forums = governanceForums(network);
  const stages = VALUE_CHAIN_STAGES.map((stage) =>
    stageResult(
      stage,
      placements.filter((p) => p.stage === stage),
      stage === "GOVERNANCE" ? forums : [],
      coreCount,
      weakReachShare,
    ),
  );
  const linked = stages.filter((s) => s.status === "LINKED").length;
  return {
    sentraId: network.sentra.id,
    coreMembers: coreCount,
    stages,
    completeness: linked / VALUE_CHAIN_STAGES.length,
    missingStages: stages.filter((s) => s.status === "MISSING").map((s) => s.stage),
    unlinkedStages: stages.filter((s) => s.status === "UNLINKED").map((s) => s.stage),
    weakStages: stages.filter((s) => s.weak).map((s) => s.stage),
    linkageCoverage: LINKAGE_TYPES.map((type) => linkageCoverage(network, type, coreCount)),
    weakReachShare,
  };
}

function strongestPerMember(links: readonly StageTieLink[]): Map<string, Intensity | null> {
  const strongest = new Map<string, Intensity | null>();
  for (const link of links) {
    const seen = strongest.has(link.coreMemberId);
    strongest.set(link.coreMemberId, seen ? strongerOf(strongest.get(link.coreMemberId)!, link.intensity) : link.intensity);
  }
  return strongest;
}

function actorResult(p: StagePlacement): ValueChainActor {
  const byTie = strongestPerMember(p.tieLinks);
  const linked = new Set([...byTie.keys(), ...p.forumCoreMemberIds]);
  return {
    actorId: p.actor.id,
    name: p.actor.name,
    kind: p.actor.kind,
    roles: p.actor.roles,
    linkedCoreMembers: linked.size,
    byIntensity: countIntensities(byTie.values()),
    viaForumOrAgreement: p.forumCoreMemberIds.size,
    tieIds: [...new Set(p.tieLinks.map((l) => l.tieId))].sort(),
    status: linked.size > 0 ? "LINKED" : "UNLINKED",
  };
}

function governanceForums(network: SentraNetwork): Array<ValueChainForum & { coreIds: string[] }> {
  const core = coreMemberIds(network);
  return network.forums.map((f) => {
    const coreIds = [...new Set(f.members.map((m) => m.actorId).filter((id): id is string => id !== null && core.has(id)))];
    return { forumId: f.id, kind: f.kind, name: f.name, coreMembers: coreIds.length, coreIds };
  });
}

function stageResult(
  stage: ValueChainStage,
  placements: StagePlacement[],
  forums: Array<ValueChainForum & { coreIds: string[] }>,
  coreCount: number,
  weakReachShare: number,
): ValueChainStageResult {
  const actors = placements
    .map(actorResult)
    .sort((a, b) => b.linkedCoreMembers - a.linkedCoreMembers || a.name.localeCompare(b.name) || a.actorId.localeCompare(b.actorId));
  const byTie = strongestPerMember(placements.flatMap((p) => p.tieLinks));
  const reached = new Set([...byTie.keys(), ...placements.flatMap((p) => [...p.forumCoreMemberIds]), ...forums.flatMap((f) => f.coreIds)]);
  const status: StageStatus = actors.length + forums.length === 0 ? "MISSING" : reached.size > 0 ? "LINKED" : "UNLINKED";
  const byIntensity = countIntensities(byTie.values());
  const reachShare = share(reached.size, coreCount);
  const weakReasons: Text[] = [];
  if (status === "LINKED") {
    if (reachShare !== null && reachShare < weakReachShare) {
      weakReasons.push(msg("valueChain.weakReach", { reached: reached.size, coreMembers: coreCount, threshold: weakReachShare }));
    }
    if (byIntensity.passive > 0 && byIntensity.active === 0 && byIntensity.proactive === 0) {
      weakReasons.push(msg("valueChain.weakPassive"));
    }
  }
  const forumResults = forums.map(({ forumId, kind, name, coreMembers }) => ({ forumId, kind, name, coreMembers }));
  return {
    stage,
    label: stageLabel(stage),
    status,
    statusNote: msg(`valueChain.status.${status}`),
    actors,
    forums: forumResults,
    coreMembersReached: reached.size,
    reachShare,
    byIntensity,
    weak: weakReasons.length > 0,
    weakReasons,
  };
}

function linkageCoverage(network: SentraNetwork, type: LinkageType, coreCount: number): LinkageTypeCoverage {
  const core = coreMemberIds(network);
  const strongest = new Map<string, Intensity | null>();
  for (const tie of sentraTies(network)) {
    if (tie.type !== type) continue;
    for (const end of new Set([tie.fromId, tie.toId])) {
      if (!core.has(end)) continue;
      strongest.set(end, strongest.has(end) ? strongerOf(strongest.get(end)!, tie.intensity) : tie.intensity);
    }
  }
  const byIntensity = countIntensities(strongest.values());
  return {
    type,
    coreMembers: coreCount,
    withTie: strongest.size,
    share: share(strongest.size, coreCount),
    byIntensity,
    shares: intensityShares(byIntensity, coreCount),
  };
}

/** A stage's name, in the reader's language (the value chain's and the exports' one wording). */
export function stageLabel(stage: ValueChainStage): Text {
  return msg(`valueChain.stage.${stage}`);
}
