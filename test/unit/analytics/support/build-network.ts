import type { NetworkActor, NetworkForum, NetworkTie, SentraNetwork, SurveyRoundData } from "../../../../src/domain/analytics/network";
import type { ActorKind, Intensity, LinkageType, SentraRole, SurveyQuestion } from "../../../../src/domain/vocabulary";

/** Terse builders for hand-made networks in tests. */
export const SENTRA_ID = "sentra-test";

export function actor(id: string, kind: ActorKind, roles: SentraRole[] = [], location: NetworkActor["location"] = null): NetworkActor {
  return { id, name: `Name of ${id}`, kind, roles, location };
}

export function firm(id: string): NetworkActor {
  return actor(id, "IKM", ["CORE"]);
}

let tieCount = 0;
export function tie(type: LinkageType, fromId: string, toId: string, intensity: Intensity | null = null, sentraId: string | null = SENTRA_ID): NetworkTie {
  tieCount++;
  return { id: `tie-${tieCount}-${fromId}-${toId}`, type, fromId, toId, intensity, sentraId };
}

export function forum(
  id: string,
  kind: NetworkForum["kind"],
  members: Array<[string | null, string | null, ActorKind | null]>,
  decree: string | null = null,
): NetworkForum {
  return {
    id,
    kind,
    name: `Forum ${id}`,
    founded: "2009-01-01",
    decree,
    members: members.map(([personId, actorId, actorKind]) => ({ personId, actorId, actorKind })),
  };
}

export function round(roundId: string, answers: Array<[string, SurveyQuestion, boolean, Intensity | null]>, date = "2009-06-15"): SurveyRoundData {
  return {
    roundId,
    name: `Round ${roundId}`,
    date,
    responses: answers.map(([actorId, question, cooperates, intensity]) => ({ actorId, question, cooperates, intensity })),
    indicatorScores: [],
    problemSolvingScores: [],
  };
}

export function network(parts: Partial<SentraNetwork> & { actors: NetworkActor[] }): SentraNetwork {
  return {
    sentra: { id: SENTRA_ID, name: "Sentra Test", product: "Castings", sector: "Metal", unggulan: true, regionId: null },
    ties: [],
    forums: [],
    agreements: [],
    monitoringDates: [],
    rounds: [],
    ...parts,
  };
}
