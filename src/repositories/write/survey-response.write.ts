import { checkIntensityWithAnswer, SURVEY_RESPONSE_RULES } from "../../domain/rules/observation.rules";
import { observationIds } from "../../domain/survey-ids";
import type { Intensity, SurveyQuestion } from "../../domain/vocabulary";
import { conflict } from "../../domain/write-rejection";
import { msg } from "../../i18n/message";
import { archives, creates, updates } from "./declared";
import { observationWrites, type ObservationInput } from "./observation-writes";

/*
 * A firm's answer to one cooperation question in a round, for a sentra it takes part in: one live
 * answer per firm, question, round and sentra. Its rules are SURVEY_RESPONSE_RULES, shared with
 * the survey import.
 */

export interface CreateSurveyResponse extends ObservationInput {
  question: SurveyQuestion;
  cooperates: boolean;
  /** Only when cooperates is true. */
  intensity?: Intensity | null;
}

export interface SurveyResponsePatch {
  id: string;
  expectedVersion: number;
  cooperates?: boolean | null;
  /** Null clears it; setting cooperates to false clears it too. */
  intensity?: Intensity | null;
}

const SURVEY_RESPONSE = observationWrites<CreateSurveyResponse, SurveyResponsePatch>({
  kind: "SURVEY_RESPONSE",
  what: "survey response",
  rules: SURVEY_RESPONSE_RULES,
  // Another question is another answer.
  fixed: ["question"],
  slot: ["question"],
  idOf: ({ roundId, sentraId, actorId }, { question }) => observationIds.surveyResponse(roundId, sentraId, actorId, question as SurveyQuestion),
  duplicate: (target, { question }, other) =>
    conflict("question", msg("errors.answerExists", { ...target, question: String(question), other }), { existingId: other }),
  checkRecord: ({ cooperates, intensity }) => checkIntensityWithAnswer(cooperates as boolean, intensity as string | null | undefined),
  // An answer that the firm does not cooperate has no intensity.
  patched: (patch) => (patch.cooperates === false && patch.intensity === undefined ? { ...patch, intensity: null } : patch),
});

/** Records a firm's answer; without an id, the one the survey import derives (an answer made here and one imported later meet on one node). */
export const createSurveyResponse = SURVEY_RESPONSE.create;

/** Changes whether the firm cooperates and how intensely, at `expectedVersion`. */
export const updateSurveyResponse = SURVEY_RESPONSE.update;

/** Archives an answer at `expectedVersion`: reads and analyses no longer see it (the firm then has not answered). */
export const archiveSurveyResponse = SURVEY_RESPONSE.archive;

export const SURVEY_RESPONSE_WRITES = {
  createSurveyResponse: creates(createSurveyResponse),
  updateSurveyResponse: updates(updateSurveyResponse),
  archiveSurveyResponse: archives(archiveSurveyResponse),
};
