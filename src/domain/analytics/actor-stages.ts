import type { Intensity, LinkageType } from "../vocabulary";
import type { NetworkActor, SentraNetwork } from "./network";
import { actorsById, coreMemberIds, sentraTies } from "./network-views";
import { STAGE_MAPPING, fallbackStageOf, isProvidingEnd, providedStageOf, roleStagesOf, type ValueChainStage } from "./stages";

/** A tie that links an actor, in one stage, to a core member. */
export interface StageTieLink {
  tieId: string;
  type: LinkageType;
  coreMemberId: string;
  intensity: Intensity | null;
}

/** One actor in one stage, with what links it there to core members. */
export interface StagePlacement {
  actor: NetworkActor;
  stage: ValueChainStage;
  tieLinks: StageTieLink[];
  /** Core members it meets in a forum, or serves under an agreement with their FKAK. */
  forumCoreMemberIds: Set<string>;
}

/**
 * Places every actor of the network in its stages, in this order:
 * 1. a core member is CORE_PRODUCTION and nothing else (its ties are its own cooperation);
 * 2. other roles in this sentra (supplier, supporting or related industry, buyer) give their stage;
 * 3. each tie it provides gives the stage of that service (a bank lending is FINANCE, a government
 *    unit training firms is TECHNICAL_ASSISTANCE), an LPT/PKE agreement gives its stage;
 * 4. a forum seat gives GOVERNANCE;
 * 5. an actor that 1 to 3 place nowhere stands in its kind's stage (a bank that lends to no member
 *    is still FINANCE: present, but outside the network).
 */
export function placeActors(network: SentraNetwork): StagePlacement[] {
  const byId = actorsById(network);
  const core = coreMemberIds(network);
  const placements = new Map<string, StagePlacement>();
  const placedByService = new Set<string>();

  const place = (actor: NetworkActor, stage: ValueChainStage, byService = true): StagePlacement => {
    if (byService) placedByService.add(actor.id);
    const key = `${actor.id}\u0000${stage}`;
    let placement = placements.get(key);
    if (!placement) {
      placement = { actor, stage, tieLinks: [], forumCoreMemberIds: new Set() };
      placements.set(key, placement);
    }
    return placement;
  };
  const coreIn = (forumId: string) =>
    (network.forums.find((f) => f.id === forumId)?.members ?? []).map((m) => m.actorId).filter((id): id is string => id !== null && core.has(id));

  for (const actor of network.actors) for (const stage of roleStagesOf(actor.kind, actor.roles)) place(actor, stage);

  for (const tie of sentraTies(network)) {
    for (const [endId, otherId] of [
      [tie.fromId, tie.toId],
      [tie.toId, tie.fromId],
    ] as const) {
      const actor = byId.get(endId);
      if (!actor || otherId === endId) continue;
      const link = { tieId: tie.id, type: tie.type, coreMemberId: otherId, intensity: tie.intensity };
      if (isProvidingEnd(tie, endId) || core.has(endId)) {
        const placement = place(actor, providedStageOf(tie.type, actor.kind, actor.roles));
        if (core.has(otherId)) placement.tieLinks.push(link);
      } else if (core.has(otherId)) {
        // Rare: a core member serving an outsider. Keep the link, in the outsider's own stage.
        place(actor, fallbackStageOf(actor.kind, actor.roles), false).tieLinks.push(link);
      }
    }
  }

  // An agreement is with the FKAK, so its provider serves every core member sitting in that FKAK.
  for (const agreement of network.agreements) {
    const actor = byId.get(agreement.providerId);
    if (!actor || core.has(actor.id)) continue;
    const placement = place(actor, STAGE_MAPPING.byAgreement[agreement.providerRole]);
    for (const id of coreIn(agreement.forumId)) placement.forumCoreMemberIds.add(id);
  }

  for (const forum of network.forums) {
    for (const member of forum.members) {
      const actor = member.actorId === null ? undefined : byId.get(member.actorId);
      if (!actor || core.has(actor.id)) continue;
      const placement = place(actor, STAGE_MAPPING.byForum[forum.kind], false);
      for (const id of coreIn(forum.id)) placement.forumCoreMemberIds.add(id);
    }
  }

  for (const actor of network.actors) {
    if (!placedByService.has(actor.id)) place(actor, STAGE_MAPPING.byKind[actor.kind], false);
  }
  return [...placements.values()];
}
