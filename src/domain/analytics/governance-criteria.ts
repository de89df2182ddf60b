import type { ActorKind } from "../vocabulary";
import { judge, type Criterion, type CriterionContext } from "./criteria";
import type { NetworkForum } from "./network";
import { DEFAULT_THRESHOLDS } from "./thresholds";

/**
 * Governance: the FKAK as the cluster organisation (research/001 B step 4, where firms formally
 * become one cluster), held to ECCP's test for a cluster organisation: at least 15 committed
 * members of at least two kinds. With several FKAKs, the largest is judged.
 */
export function governanceCriteria(ctx: CriterionContext): Criterion[] {
  const fkak = largestFkak(ctx.network.forums);
  const members = fkak?.members.length ?? 0;
  const kinds = fkak ? memberKinds(fkak) : [];
  const what = fkak ? `FKAK "${fkak.name}"` : "No FKAK is recorded";
  const minMembers = ctx.thresholds.fkakMinMembers;
  const minKinds = ctx.thresholds.fkakMinMemberKinds;
  const membersPassed = judge(members, minMembers, "AT_LEAST");
  const kindsPassed = judge(kinds.length, minKinds, "AT_LEAST");
  return [
    {
      id: "FKAK_MEMBERS",
      group: "GOVERNANCE",
      requiredFor: "CLUSTER",
      description: "Members of the cluster members' forum (FKAK).",
      measured: members,
      threshold: minMembers,
      thresholdName: "fkakMinMembers",
      comparison: "AT_LEAST",
      passed: membersPassed,
      source: DEFAULT_THRESHOLDS.fkakMinMembers.source,
      detail: fkak ? `${what} has ${members} members.` : `${what}.`,
      shortfall: membersPassed
        ? null
        : `the cluster organisation is too small: ${fkak ? `${what} has ${members} members` : "no FKAK exists"}, ${minMembers} needed.`,
    },
    {
      id: "FKAK_MEMBER_KINDS",
      group: "GOVERNANCE",
      requiredFor: "CLUSTER",
      description: "Kinds of organisation represented in the FKAK (persons count as the kind of actor they represent).",
      measured: kinds.length,
      threshold: minKinds,
      thresholdName: "fkakMinMemberKinds",
      comparison: "AT_LEAST",
      passed: kindsPassed,
      source: DEFAULT_THRESHOLDS.fkakMinMemberKinds.source,
      detail: fkak ? `${what} represents: ${kinds.length ? kinds.join(", ") : "no identified organisation"}.` : `${what}.`,
      shortfall: kindsPassed
        ? null
        : `the cluster organisation is one-sided: ${fkak ? `${what} represents ${kinds.length} kind(s) of organisation` : "no FKAK exists"}, ${minKinds} needed.`,
    },
  ];
}

function largestFkak(forums: readonly NetworkForum[]): NetworkForum | undefined {
  return forums.filter((f) => f.kind === "FKAK").sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id))[0];
}

function memberKinds(forum: NetworkForum): ActorKind[] {
  return [...new Set(forum.members.map((m) => m.actorKind).filter((k): k is ActorKind => k !== null))].sort();
}
