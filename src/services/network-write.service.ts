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
  };
}
