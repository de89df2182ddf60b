import type { Database } from "../db/neo4j";
import { ACTOR_WRITES } from "../repositories/write/actor.write";
import { archiveLinkage, createLinkage, updateLinkage, type CreateLinkage, type LinkagePatch } from "../repositories/write/linkage.write";
import type { Written } from "../repositories/write/outcome";
import { archiveParticipation, createParticipation, updateParticipation, type ParticipationKey } from "../repositories/write/participation.write";
import { SURVEY_RESPONSE_WRITES } from "../repositories/write/survey-response.write";
import { SCORE_WRITES } from "../repositories/write/score.write";
import { SENTRA_WRITES } from "../repositories/write/sentra.write";
import { SURVEY_ROUND_WRITES } from "../repositories/write/survey-round.write";
import { AGREEMENT_WRITES } from "../repositories/write/agreement.write";
import { FORUM_WRITES } from "../repositories/write/forum.write";
import { archiveForumMember, createForumMember, updateForumMember, type ForumMemberKey } from "../repositories/write/forum-member.write";
import { MONITORING_WRITES } from "../repositories/write/monitoring.write";
import { PURGE_WRITES } from "../repositories/write/purge.write";
import { PERSON_WRITES } from "../repositories/write/person.write";
import { archiveProgramme, createProgramme, updateProgramme, type CreateProgramme, type ProgrammePatch } from "../repositories/write/programme.write";
import { STATISTIC_WRITES } from "../repositories/write/statistic.write";
import { SYSTEM_AUTHOR, type ChangeAuthor } from "../repositories/write/audit";
import { audited, targetOf } from "../repositories/write/audited";
import { declareWrite, type WriteDeclaration } from "../repositories/write/declared";
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

const LEGACY_WRITES = {
  createParticipation: legacy("createParticipation", (d: Database, input: ParticipationKey & { since?: string | null }) => createParticipation(d, input)),
  updateParticipation: legacy("updateParticipation", (d: Database, input: ParticipationKey & { expectedVersion: number; since?: string | null }) =>
    updateParticipation(d, input),
  ),
  archiveParticipation: legacy("archiveParticipation", (d: Database, input: ParticipationKey & { expectedVersion: number }) => archiveParticipation(d, input)),
  createLinkage: legacy("createLinkage", (d: Database, input: CreateLinkage) => createLinkage(d, input)),
  updateLinkage: legacy("updateLinkage", (d: Database, patch: LinkagePatch) => updateLinkage(d, patch)),
  archiveLinkage: legacy("archiveLinkage", (d: Database, id: string, expectedVersion: number) => archiveLinkage(d, id, expectedVersion)),
  createForumMember: legacy("createForumMember", (d: Database, input: ForumMemberKey & { role?: string | null; since?: string | null }) =>
    createForumMember(d, input),
  ),
  updateForumMember: legacy(
    "updateForumMember",
    (d: Database, input: ForumMemberKey & { expectedVersion: number; role?: string | null; since?: string | null }) => updateForumMember(d, input),
  ),
  archiveForumMember: legacy("archiveForumMember", (d: Database, input: ForumMemberKey & { expectedVersion: number }) => archiveForumMember(d, input)),
  createProgramme: legacy("createProgramme", (d: Database, input: CreateProgramme) => createProgramme(d, input)),
  updateProgramme: legacy("updateProgramme", (d: Database, patch: ProgrammePatch) => updateProgramme(d, patch)),
  archiveProgramme: legacy("archiveProgramme", (d: Database, id: string, expectedVersion: number) => archiveProgramme(d, id, expectedVersion)),
};

/**
 * Every write the API offers, declared in its entity's write file with its audit operation and
 * target (src/repositories/write/declared.ts), by mutation name.
 */
const WRITES = {
  ...ACTOR_WRITES,
  ...SENTRA_WRITES,
  ...SURVEY_ROUND_WRITES,
  ...STATISTIC_WRITES,
  ...FORUM_WRITES,
  ...AGREEMENT_WRITES,
  ...MONITORING_WRITES,
  ...PERSON_WRITES,
  ...PURGE_WRITES,
  ...SURVEY_RESPONSE_WRITES,
  ...SCORE_WRITES,
  ...LEGACY_WRITES,
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

/** Entities not yet written with the kit (src/repositories/write/kit.ts): declared here until their write file declares them. */
function legacy<A extends unknown[], T>(name: string, write: (db: Database, ...args: A) => Promise<Written<T>>) {
  const prefix = name.startsWith("create") ? "CREATE" : name.startsWith("update") ? "UPDATE" : name.startsWith("archive") ? "ARCHIVE" : "PURGE";
  return declareWrite({ operation: prefix, target: (...args: A) => targetOf(args[0]), write });
}
