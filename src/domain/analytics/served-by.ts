import type { LinkageType } from "../vocabulary";
import type { SentraNetwork } from "./network";
import { coreMemberIds, sentraTies } from "./network-views";

/**
 * Who serves a sentra, per linkage type: every actor at the other end of a tie of the sentra's
 * network (its own ties and those naming no sentra, live, between live actors) with one of its
 * live core firms, either way round. Stored with the sentra's analysis so that a partner search
 * counts the sentra of the same product a provider serves from these lists instead of expanding
 * every tie of their firms (src/repositories/partner.repository.ts, which also holds the same
 * definition in Cypher for a sentra stored without one).
 *
 * Entries are `TYPE|actorId`, distinct and sorted, so the list is the same on every recompute.
 */
export function servedByOf(network: SentraNetwork): string[] {
  const core = coreMemberIds(network);
  const entries = new Set<string>();
  for (const tie of sentraTies(network)) {
    if (tie.fromId === tie.toId) continue;
    if (core.has(tie.fromId)) entries.add(servedByEntry(tie.type, tie.toId));
    if (core.has(tie.toId)) entries.add(servedByEntry(tie.type, tie.fromId));
  }
  return [...entries].sort();
}

export function servedByEntry(type: LinkageType, actorId: string): string {
  return `${type}|${actorId}`;
}

/** The prefix of the entries of one type: a search keeps the entries starting with its types' prefixes. */
export function servedByPrefix(type: LinkageType): string {
  return `${type}|`;
}
