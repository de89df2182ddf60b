import { msg } from "../../i18n/message";
import type { ActorKind } from "../vocabulary";
import { criterion, type Criterion, type CriterionContext } from "./criteria";
import { FKAK_ABOUT_FIFTEEN } from "./fkak-size";
import type { NetworkForum } from "./network";

/**
 * Governance: the FKAK as the cluster organisation (research/001 B.4, where firms formally become
 * one cluster), of about fifteen members (the reading step 4 of the seven-step path uses too) and,
 * by ECCP's test for a cluster organisation, of at least two kinds. With several FKAKs, the largest
 * is judged.
 */
export function governanceCriteria(ctx: CriterionContext): Criterion[] {
  const fkak = largestFkak(ctx.network.forums);
  const members = fkak?.members.length ?? 0;
  const kinds = fkak ? memberKinds(fkak) : [];
  const { min, max } = FKAK_ABOUT_FIFTEEN;
  return [
    criterion(ctx, {
      id: "FKAK_MEMBERS",
      group: "GOVERNANCE",
      requiredFor: "CLUSTER",
      description: msg("criteria.fkakMembers.description", { min, max }),
      measured: members,
      thresholdName: "fkakMinMembers",
      comparison: "AT_LEAST",
      detail: !fkak
        ? msg("criteria.fkak.none")
        : members > max
          ? msg("criteria.fkakMembers.detailLarge", { name: fkak.name, members, min, max })
          : msg("criteria.fkakMembers.detail", { name: fkak.name, members }),
      shortfall: ({ passed, threshold }) =>
        passed
          ? null
          : fkak
            ? msg("criteria.fkakMembers.shortfall", { name: fkak.name, members, threshold, min, max })
            : msg("criteria.fkakMembers.shortfallNone", { threshold }),
    }),
    criterion(ctx, {
      id: "FKAK_MEMBER_KINDS",
      group: "GOVERNANCE",
      requiredFor: "CLUSTER",
      description: msg("criteria.fkakKinds.description"),
      measured: kinds.length,
      thresholdName: "fkakMinMemberKinds",
      comparison: "AT_LEAST",
      detail: !fkak
        ? msg("criteria.fkak.none")
        : kinds.length === 0
          ? msg("criteria.fkakKinds.detailNone", { name: fkak.name })
          : msg("criteria.fkakKinds.detail", { name: fkak.name, kinds }),
      shortfall: ({ passed, threshold }) =>
        passed
          ? null
          : fkak
            ? msg("criteria.fkakKinds.shortfall", { name: fkak.name, kinds: kinds.length, threshold })
            : msg("criteria.fkakKinds.shortfallNone", { threshold }),
    }),
  ];
}

function largestFkak(forums: readonly NetworkForum[]): NetworkForum | undefined {
  return forums.filter((f) => f.kind === "FKAK").sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id))[0];
}

function memberKinds(forum: NetworkForum): ActorKind[] {
  return [...new Set(forum.members.map((m) => m.actorKind).filter((k): k is ActorKind => k !== null))].sort();
}
