import type { Database } from "../db/neo4j";
import { archiveActor, createActor, updateActor, type ActorPatch, type CreateActor } from "../repositories/write/actor.write";
import { archiveLinkage, createLinkage, updateLinkage, type CreateLinkage, type LinkagePatch } from "../repositories/write/linkage.write";
import type { Written } from "../repositories/write/outcome";
import { archiveParticipation, createParticipation, updateParticipation, type ParticipationKey } from "../repositories/write/participation.write";
import {
  archiveSurveyResponse,
  createSurveyResponse,
  updateSurveyResponse,
  type CreateSurveyResponse,
  type SurveyResponsePatch,
} from "../repositories/write/survey-response.write";
import {
  archiveScore,
  createScore,
  INDICATOR_SCORE,
  PROBLEM_SOLVING_SCORE,
  updateScore,
  type CreateScore,
  type ScorePatch,
} from "../repositories/write/score.write";
import type { JicaAspect, ProblemArea } from "../domain/vocabulary";
import { archiveSentra, createSentra, updateSentra, type CreateSentra, type SentraPatch } from "../repositories/write/sentra.write";
import {
  archiveSurveyRound,
  createSurveyRound,
  updateSurveyRound,
  type CreateSurveyRound,
  type SurveyRoundPatch,
} from "../repositories/write/survey-round.write";
import { archiveAgreement, createAgreement, updateAgreement, type AgreementPatch, type CreateAgreement } from "../repositories/write/agreement.write";
import {
  archiveForum,
  archiveForumMember,
  createForum,
  createForumMember,
  updateForum,
  updateForumMember,
  type CreateForum,
  type ForumMemberKey,
  type ForumPatch,
} from "../repositories/write/forum.write";
import {
  archiveMonitoringRecord,
  createMonitoringRecord,
  updateMonitoringRecord,
  type CreateMonitoringRecord,
  type MonitoringPatch,
} from "../repositories/write/monitoring.write";
import { purge } from "../repositories/write/purge.write";
import { archivePerson, createPerson, updatePerson, type CreatePerson, type PersonPatch } from "../repositories/write/person.write";
import { archiveProgramme, createProgramme, updateProgramme, type CreateProgramme, type ProgrammePatch } from "../repositories/write/programme.write";
import { archiveStatistic, createStatistic, updateStatistic, type CreateStatistic, type StatisticPatch } from "../repositories/write/statistic.write";
import { SYSTEM_AUTHOR, type ChangeAuthor, type ChangeOperation } from "../repositories/write/audit";
import { audited, targetOf } from "../repositories/write/audited";
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

const OPERATIONS: ReadonlyArray<[string, ChangeOperation]> = [
  ["create", "CREATE"],
  ["update", "UPDATE"],
  ["archive", "ARCHIVE"],
  ["purge", "PURGE"],
];

/**
 * Every write the API offers, each one transaction followed by the recompute it needs. Each write
 * is audited (src/repositories/write/audited.ts): its transaction also records a Change by
 * `caller` via "mutation:<name>", the name being the mutation's.
 */
export function networkWrites(db: Database, caller: WriteCaller = null) {
  const run =
    <A extends unknown[], T>(name: string, write: (db: Database, ...args: A) => Promise<Written<T>>) =>
    (...args: A) => {
      const operation = OPERATIONS.find(([prefix]) => name.startsWith(prefix))![1];
      const by: ChangeAuthor = { keyId: caller?.keyId ?? null, name: caller?.name ?? SYSTEM_AUTHOR.name, via: `mutation:${name}` };
      return writeAndRecompute(db, () => write(audited(db, by, operation, targetOf(args[0])), ...args));
    };
  return {
    createActor: run("createActor", (d, input: CreateActor) => createActor(d, input)),
    updateActor: run("updateActor", (d, patch: ActorPatch) => updateActor(d, patch)),
    archiveActor: run("archiveActor", (d, id: string, expectedVersion: number) => archiveActor(d, id, expectedVersion)),
    createParticipation: run("createParticipation", (d, input: ParticipationKey & { since?: string | null }) => createParticipation(d, input)),
    updateParticipation: run("updateParticipation", (d, input: ParticipationKey & { expectedVersion: number; since?: string | null }) =>
      updateParticipation(d, input),
    ),
    archiveParticipation: run("archiveParticipation", (d, input: ParticipationKey & { expectedVersion: number }) => archiveParticipation(d, input)),
    createLinkage: run("createLinkage", (d, input: CreateLinkage) => createLinkage(d, input)),
    updateLinkage: run("updateLinkage", (d, patch: LinkagePatch) => updateLinkage(d, patch)),
    archiveLinkage: run("archiveLinkage", (d, id: string, expectedVersion: number) => archiveLinkage(d, id, expectedVersion)),
    createSurveyResponse: run("createSurveyResponse", (d, input: CreateSurveyResponse) => createSurveyResponse(d, input)),
    updateSurveyResponse: run("updateSurveyResponse", (d, patch: SurveyResponsePatch) => updateSurveyResponse(d, patch)),
    archiveSurveyResponse: run("archiveSurveyResponse", (d, id: string, expectedVersion: number) => archiveSurveyResponse(d, id, expectedVersion)),
    createIndicatorScore: run("createIndicatorScore", (d, input: CreateScore<JicaAspect>) => createScore(d, INDICATOR_SCORE, input)),
    updateIndicatorScore: run("updateIndicatorScore", (d, patch: ScorePatch<JicaAspect>) => updateScore(d, INDICATOR_SCORE, patch)),
    archiveIndicatorScore: run("archiveIndicatorScore", (d, id: string, expectedVersion: number) => archiveScore(d, INDICATOR_SCORE, id, expectedVersion)),
    createProblemSolvingScore: run("createProblemSolvingScore", (d, input: CreateScore<ProblemArea>) => createScore(d, PROBLEM_SOLVING_SCORE, input)),
    updateProblemSolvingScore: run("updateProblemSolvingScore", (d, patch: ScorePatch<ProblemArea>) => updateScore(d, PROBLEM_SOLVING_SCORE, patch)),
    archiveProblemSolvingScore: run("archiveProblemSolvingScore", (d, id: string, expectedVersion: number) =>
      archiveScore(d, PROBLEM_SOLVING_SCORE, id, expectedVersion),
    ),
    createSurveyRound: run("createSurveyRound", (d, input: CreateSurveyRound) => createSurveyRound(d, input)),
    updateSurveyRound: run("updateSurveyRound", (d, patch: SurveyRoundPatch) => updateSurveyRound(d, patch)),
    archiveSurveyRound: run("archiveSurveyRound", (d, id: string, expectedVersion: number) => archiveSurveyRound(d, id, expectedVersion)),
    createSentra: run("createSentra", (d, input: CreateSentra) => createSentra(d, input)),
    updateSentra: run("updateSentra", (d, patch: SentraPatch) => updateSentra(d, patch)),
    archiveSentra: run("archiveSentra", (d, id: string, expectedVersion: number) => archiveSentra(d, id, expectedVersion)),
    createForum: run("createForum", (d, input: CreateForum) => createForum(d, input)),
    updateForum: run("updateForum", (d, patch: ForumPatch) => updateForum(d, patch)),
    archiveForum: run("archiveForum", (d, id: string, expectedVersion: number) => archiveForum(d, id, expectedVersion)),
    createForumMember: run("createForumMember", (d, input: ForumMemberKey & { role?: string | null; since?: string | null }) => createForumMember(d, input)),
    updateForumMember: run("updateForumMember", (d, input: ForumMemberKey & { expectedVersion: number; role?: string | null; since?: string | null }) =>
      updateForumMember(d, input),
    ),
    archiveForumMember: run("archiveForumMember", (d, input: ForumMemberKey & { expectedVersion: number }) => archiveForumMember(d, input)),
    createAgreement: run("createAgreement", (d, input: CreateAgreement) => createAgreement(d, input)),
    updateAgreement: run("updateAgreement", (d, patch: AgreementPatch) => updateAgreement(d, patch)),
    archiveAgreement: run("archiveAgreement", (d, id: string, expectedVersion: number) => archiveAgreement(d, id, expectedVersion)),
    createMonitoringRecord: run("createMonitoringRecord", (d, input: CreateMonitoringRecord) => createMonitoringRecord(d, input)),
    updateMonitoringRecord: run("updateMonitoringRecord", (d, patch: MonitoringPatch) => updateMonitoringRecord(d, patch)),
    archiveMonitoringRecord: run("archiveMonitoringRecord", (d, id: string, expectedVersion: number) => archiveMonitoringRecord(d, id, expectedVersion)),
    createPerson: run("createPerson", (d, input: CreatePerson) => createPerson(d, input)),
    updatePerson: run("updatePerson", (d, patch: PersonPatch) => updatePerson(d, patch)),
    archivePerson: run("archivePerson", (d, id: string, expectedVersion: number) => archivePerson(d, id, expectedVersion)),
    createProgramme: run("createProgramme", (d, input: CreateProgramme) => createProgramme(d, input)),
    updateProgramme: run("updateProgramme", (d, patch: ProgrammePatch) => updateProgramme(d, patch)),
    archiveProgramme: run("archiveProgramme", (d, id: string, expectedVersion: number) => archiveProgramme(d, id, expectedVersion)),
    createSentraStatistic: run("createSentraStatistic", (d, input: CreateStatistic) => createStatistic(d, input)),
    updateSentraStatistic: run("updateSentraStatistic", (d, patch: StatisticPatch) => updateStatistic(d, patch)),
    archiveSentraStatistic: run("archiveSentraStatistic", (d, id: string, expectedVersion: number) => archiveStatistic(d, id, expectedVersion)),
    purge: run("purge", (d, id: string) => purge(d, id)),
  };
}
