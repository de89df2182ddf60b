import type { Database } from "../db/neo4j";
import { ACTOR_WRITES } from "../repositories/write/actor.write";
import { LINKAGE_WRITES } from "../repositories/write/linkage.write";
import type { Written } from "../repositories/write/outcome";
import { PARTICIPATION_WRITES } from "../repositories/write/participation.write";
import { SURVEY_RESPONSE_WRITES } from "../repositories/write/survey-response.write";
import { SCORE_WRITES } from "../repositories/write/score.write";
import { SENTRA_WRITES } from "../repositories/write/sentra.write";
import { SURVEY_ROUND_WRITES } from "../repositories/write/survey-round.write";
import { AGREEMENT_WRITES } from "../repositories/write/agreement.write";
import { FORUM_WRITES } from "../repositories/write/forum.write";
import { FORUM_MEMBER_WRITES } from "../repositories/write/forum-member.write";
import { MONITORING_WRITES } from "../repositories/write/monitoring.write";
import { PURGE_WRITES } from "../repositories/write/purge.write";
import { PERSON_WRITES } from "../repositories/write/person.write";
import { PROGRAMME_WRITES } from "../repositories/write/programme.write";
import { STATISTIC_WRITES } from "../repositories/write/statistic.write";
import { SYSTEM_AUTHOR, type ChangeAuthor } from "../repositories/write/audit";
import { audited } from "../repositories/write/audited";
import type { WriteDeclaration } from "../repositories/write/declared";
import { recomputeSentraMetrics } from "./sentra-analysis.service";

/**
 * Runs one write (one transaction), then recomputes the stored metrics of every sentra whose
 * network it changed, so rankings never serve figures of a network that no longer exists. The
 * recompute runs right after the commit: if it fails, the write stands and the error reaches
 * the caller; `npm run recompute` repairs the metrics.
 */
export async function writeAndRecompute<T>(db: Database, write: () => Promise<Written<T>>): Promise<T> {
  const { value, sentraIds } = await write();
  if (sentraIds.length > 0) await recomputeSentraMetrics(db, [...new Set(sentraIds)]);
  return value;
}

/** Who writes: an API key (id and name); null for the system. */
export type WriteCaller = { keyId: string | null; name: string } | null;

/**
 * Every write the API offers, declared in its entity's write file with its audit operation and
 * target (src/repositories/write/declared.ts), by mutation name.
 */
export const WRITES = {
  ...ACTOR_WRITES,
  ...SENTRA_WRITES,
  ...SURVEY_ROUND_WRITES,
  ...STATISTIC_WRITES,
  ...PARTICIPATION_WRITES,
  ...LINKAGE_WRITES,
  ...FORUM_MEMBER_WRITES,
  ...PROGRAMME_WRITES,
  ...FORUM_WRITES,
  ...AGREEMENT_WRITES,
  ...MONITORING_WRITES,
  ...PERSON_WRITES,
  ...PURGE_WRITES,
  ...SURVEY_RESPONSE_WRITES,
  ...SCORE_WRITES,
};

type Writes = typeof WRITES;
type RunnableWrites = { [N in keyof Writes]: Writes[N] extends WriteDeclaration<infer A, infer T> ? (...args: A) => Promise<T> : never };

/**
 * Every write the API offers, each one transaction followed by the recompute it needs. Each write
 * is audited (src/repositories/write/audited.ts): its transaction also records a Change by
 * `caller` via "mutation:<name>", the name being the mutation's.
 */
export function networkWrites(db: Database, caller: WriteCaller = null): RunnableWrites {
  const by = (name: string): ChangeAuthor => ({ keyId: caller?.keyId ?? null, name: caller?.name ?? SYSTEM_AUTHOR.name, via: `mutation:${name}` });
  const run =
    <A extends unknown[], T>(name: string, declared: WriteDeclaration<A, T>) =>
    (...args: A) =>
      writeAndRecompute(db, () => declared.write(audited(db, by(name), declared.operation, declared.target(...args)), ...args));
  return Object.fromEntries(
    Object.entries(WRITES).map(([name, declared]) => [name, run(name, declared as WriteDeclaration<unknown[], unknown>)]),
  ) as RunnableWrites;
}
