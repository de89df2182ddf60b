import type { ActorKind } from "../vocabulary";
import { criterion, type Criterion, type CriterionContext } from "./criteria";
import type { NetworkForum } from "./network";

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
  return [
    criterion(ctx, {
      id: "FKAK_MEMBERS",
      group: "GOVERNANCE",
      requiredFor: "CLUSTER",
      description: "Members of the cluster members' forum (FKAK).",
      measured: members,
      thresholdName: "fkakMinMembers",
      comparison: "AT_LEAST",
      detail: fkak ? `${what} has ${members} members.` : `${what}.`,
      shortfall: ({ passed, threshold }) =>
        passed ? null : `the cluster organisation is too small: ${fkak ? `${what} has ${members} members` : "no FKAK exists"}, ${threshold} needed.`,
    }),
    criterion(ctx, {
      id: "FKAK_MEMBER_KINDS",
      group: "GOVERNANCE",
      requiredFor: "CLUSTER",
      description: "Kinds of organisation represented in the FKAK (persons count as the kind of actor they represent).",
      measured: kinds.length,
      thresholdName: "fkakMinMemberKinds",
      comparison: "AT_LEAST",
      detail: fkak ? `${what} represents: ${kinds.length ? kinds.join(", ") : "no identified organisation"}.` : `${what}.`,
      shortfall: ({ passed, threshold }) =>
        passed
          ? null
          : `the cluster organisation is one-sided: ${fkak ? `${what} represents ${kinds.length} kind(s) of organisation` : "no FKAK exists"}, ${threshold} needed.`,
    }),
  ];
}

function largestFkak(forums: readonly NetworkForum[]): NetworkForum | undefined {
  return forums.filter((f) => f.kind === "FKAK").sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id))[0];
}

function memberKinds(forum: NetworkForum): ActorKind[] {
  return [...new Set(forum.members.map((m) => m.actorKind).filter((k): k is ActorKind => k !== null))].sort();
}
