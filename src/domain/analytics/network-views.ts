import type { SurveyQuestion } from "../vocabulary";
import type { NetworkActor, NetworkTie, SentraNetwork, SurveyRoundData } from "./network";

/**
 * Read-only views of a `SentraNetwork` that every analysis shares, so that "which ties count" and
 * "who is a core member" are decided in one place. Roles are per sentra: only a CORE role in THIS
 * sentra makes a core member, and only ties that belong to this sentra (or name no sentra) count.
 */

/** Ties of this sentra, plus ties that name no sentra (supporting ties into its members). */
export function sentraTies(network: SentraNetwork): NetworkTie[] {
  return network.ties.filter((t) => t.sentraId === network.sentra.id || t.sentraId === null);
}

function isCore(actor: NetworkActor): boolean {
  return actor.roles.includes("CORE");
}

/** Core members in the network's order. */
export function coreMembers(network: SentraNetwork): NetworkActor[] {
  return network.actors.filter(isCore);
}

export function coreMemberIds(network: SentraNetwork): Set<string> {
  return new Set(coreMembers(network).map((a) => a.id));
}

export function actorsById(network: SentraNetwork): Map<string, NetworkActor> {
  return new Map(network.actors.map((a) => [a.id, a]));
}

/** The latest survey round (rounds come oldest first), or null when the sentra was never surveyed. */
export function latestRound(network: SentraNetwork): SurveyRoundData | null {
  return network.rounds.length === 0 ? null : network.rounds[network.rounds.length - 1];
}

/** Unordered pair key, so that A-B and B-A are the same pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Core members that answered at least one of `questions` in a round. */
export function answeredBy(round: SurveyRoundData | null, questions: readonly SurveyQuestion[]): Set<string> {
  if (!round) return new Set();
  return new Set(round.responses.filter((r) => questions.includes(r.question)).map((r) => r.actorId));
}

export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
