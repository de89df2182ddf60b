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

/** Every write the API offers, each one transaction followed by the recompute it needs. */
export function networkWrites(db: Database) {
  const run =
    <A extends unknown[], T>(write: (db: Database, ...args: A) => Promise<Written<T>>) =>
    (...args: A) =>
      writeAndRecompute(db, () => write(db, ...args));
  return {
    createActor: run((d, input: CreateActor) => createActor(d, input)),
    updateActor: run((d, patch: ActorPatch) => updateActor(d, patch)),
    archiveActor: run((d, id: string, expectedVersion: number) => archiveActor(d, id, expectedVersion)),
    createParticipation: run((d, input: ParticipationKey & { since?: string | null }) => createParticipation(d, input)),
    updateParticipation: run((d, input: ParticipationKey & { expectedVersion: number; since?: string | null }) => updateParticipation(d, input)),
    archiveParticipation: run((d, input: ParticipationKey & { expectedVersion: number }) => archiveParticipation(d, input)),
    createLinkage: run((d, input: CreateLinkage) => createLinkage(d, input)),
    updateLinkage: run((d, patch: LinkagePatch) => updateLinkage(d, patch)),
    archiveLinkage: run((d, id: string, expectedVersion: number) => archiveLinkage(d, id, expectedVersion)),
    createSurveyResponse: run((d, input: CreateSurveyResponse) => createSurveyResponse(d, input)),
    updateSurveyResponse: run((d, patch: SurveyResponsePatch) => updateSurveyResponse(d, patch)),
    archiveSurveyResponse: run((d, id: string, expectedVersion: number) => archiveSurveyResponse(d, id, expectedVersion)),
    createIndicatorScore: run((d, input: CreateScore<JicaAspect>) => createScore(d, INDICATOR_SCORE, input)),
    updateIndicatorScore: run((d, patch: ScorePatch<JicaAspect>) => updateScore(d, INDICATOR_SCORE, patch)),
    archiveIndicatorScore: run((d, id: string, expectedVersion: number) => archiveScore(d, INDICATOR_SCORE, id, expectedVersion)),
    createProblemSolvingScore: run((d, input: CreateScore<ProblemArea>) => createScore(d, PROBLEM_SOLVING_SCORE, input)),
    updateProblemSolvingScore: run((d, patch: ScorePatch<ProblemArea>) => updateScore(d, PROBLEM_SOLVING_SCORE, patch)),
    archiveProblemSolvingScore: run((d, id: string, expectedVersion: number) => archiveScore(d, PROBLEM_SOLVING_SCORE, id, expectedVersion)),
    createSurveyRound: run((d, input: CreateSurveyRound) => createSurveyRound(d, input)),
    updateSurveyRound: run((d, patch: SurveyRoundPatch) => updateSurveyRound(d, patch)),
    archiveSurveyRound: run((d, id: string, expectedVersion: number) => archiveSurveyRound(d, id, expectedVersion)),
    createSentra: run((d, input: CreateSentra) => createSentra(d, input)),
    updateSentra: run((d, patch: SentraPatch) => updateSentra(d, patch)),
    archiveSentra: run((d, id: string, expectedVersion: number) => archiveSentra(d, id, expectedVersion)),
    createForum: run((d, input: CreateForum) => createForum(d, input)),
    updateForum: run((d, patch: ForumPatch) => updateForum(d, patch)),
    archiveForum: run((d, id: string, expectedVersion: number) => archiveForum(d, id, expectedVersion)),
    createForumMember: run((d, input: ForumMemberKey & { role?: string | null; since?: string | null }) => createForumMember(d, input)),
    updateForumMember: run((d, input: ForumMemberKey & { expectedVersion: number; role?: string | null; since?: string | null }) =>
      updateForumMember(d, input),
    ),
    archiveForumMember: run((d, input: ForumMemberKey & { expectedVersion: number }) => archiveForumMember(d, input)),
    createAgreement: run((d, input: CreateAgreement) => createAgreement(d, input)),
    updateAgreement: run((d, patch: AgreementPatch) => updateAgreement(d, patch)),
    archiveAgreement: run((d, id: string, expectedVersion: number) => archiveAgreement(d, id, expectedVersion)),
    createMonitoringRecord: run((d, input: CreateMonitoringRecord) => createMonitoringRecord(d, input)),
    updateMonitoringRecord: run((d, patch: MonitoringPatch) => updateMonitoringRecord(d, patch)),
    archiveMonitoringRecord: run((d, id: string, expectedVersion: number) => archiveMonitoringRecord(d, id, expectedVersion)),
    purge: run((d, id: string) => purge(d, id)),
  };
}
