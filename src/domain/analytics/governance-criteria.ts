import { msg, type Message } from "../../i18n/message";
import type { ActorKind } from "../vocabulary";
import { criterion, type Criterion, type CriterionContext } from "./criteria";
import { FKAK_ABOUT_FIFTEEN, largestFkak } from "./fkak-size";
import type { NetworkForum } from "./network";

/**
 * Governance: the FKAK as the cluster organisation (research/001 B.4, where firms formally become
 * one cluster), of about fifteen members, read as at least ten (the reading step 4 of the
 * seven-step path uses too) and,
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
      description: msg("criteria.fkakMembers.description", { min }),
      measured: members,
      thresholdName: "fkakMinMembers",
      absenceSettledBy: msg("verdict.settledBy.fkak"),
      comparison: "AT_LEAST",
      detail: !fkak
        ? msg("criteria.fkak.none")
        : members > max
          ? msg("criteria.fkakMembers.detailLarge", { name: fkak.name, members, min })
          : msg("criteria.fkakMembers.detail", { name: fkak.name, members }),
      shortfall: ({ passed, threshold }) =>
        passed
          ? null
          : fkak
            ? msg("criteria.fkakMembers.shortfall", { name: fkak.name, members, threshold })
            : msg("criteria.fkakMembers.shortfallNone", { threshold }),
    }),
    criterion(ctx, {
      id: "FKAK_MEMBER_KINDS",
      group: "GOVERNANCE",
      requiredFor: "CLUSTER",
      description: msg("criteria.fkakKinds.description"),
      measured: kinds.length,
      thresholdName: "fkakMinMemberKinds",
      absenceSettledBy: msg("verdict.settledBy.fkak"),
      comparison: "AT_LEAST",
      detail: !fkak
        ? msg("criteria.fkak.none")
        : kinds.length === 0
          ? msg("criteria.fkakKinds.detailNone", { name: fkak.name })
          : msg("criteria.fkakKinds.detail", { name: fkak.name, count: kinds.length, kinds: kinds.map(kindLabel) }),
      shortfall: ({ passed, threshold }) =>
        passed
          ? null
          : fkak
            ? kinds.length === 1
              ? msg("criteria.fkakKinds.shortfallOne", { name: fkak.name, kind: kindLabel(kinds[0]), threshold })
              : msg("criteria.fkakKinds.shortfall", { name: fkak.name, kinds: kinds.length, threshold })
            : msg("criteria.fkakKinds.shortfallNone", { threshold }),
    }),
  ];
}

/** A kind of organisation in the reader's language (the partner catalogue's kind labels). */
function kindLabel(kind: ActorKind): Message {
  return msg(`partners.kind.${kind}`);
}

function memberKinds(forum: NetworkForum): ActorKind[] {
  return [...new Set(forum.members.map((m) => m.actorKind).filter((k): k is ActorKind => k !== null))].sort();
}
