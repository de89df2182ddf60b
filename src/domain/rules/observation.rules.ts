import { msg } from "../../i18n/message";
import { INTENSITIES, JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS } from "../vocabulary";
import { invalid } from "../write-rejection";
import { id, oneOf, wholeNumber, yesNo } from "./fields";
import { required, optional, type FieldRule } from "./table";

/*
 * A firm's survey data in one round for one sentra: its answers to the four cooperation questions,
 * its six JICA indicator scores and its four joint problem-solving scores. Each table is the key
 * every observation has (OBSERVATION_KEY_RULES) and the observation's own values; the tables of
 * the own values alone (SURVEY_ANSWER_RULES, INDICATOR_SCORES_RULES, PROBLEM_SOLVING_SCORES_RULES)
 * serve a reader that has the key elsewhere (the survey import reads it from the firm's row).
 */

/** What every observation refers to: its id, and the round, firm and sentra it is about. */
export const OBSERVATION_KEY_RULES = {
  id: required(id),
  roundId: required(id),
  actorId: required(id),
  sentraId: required(id),
};

/** An answer's own values. */
export const SURVEY_ANSWER_RULES = {
  question: required(oneOf(SURVEY_QUESTIONS)),
  cooperates: required(yesNo),
  intensity: optional(oneOf(INTENSITIES)),
};

/** A firm's answer to one of the four cooperation questions. */
export const SURVEY_RESPONSE_RULES = { ...OBSERVATION_KEY_RULES, ...SURVEY_ANSWER_RULES };

/** An intensity says how a firm cooperates, so only an answer that it does may carry one. */
export function checkIntensityWithAnswer(cooperates: boolean, intensity: string | null | undefined): void {
  if (intensity !== null && intensity !== undefined && !cooperates) throw invalid("intensity", msg("errors.intensityWithoutCooperation"));
}

/** A survey score: a whole number from 1 to 5. */
const score = required(wholeNumber(1, 5));
const scores = <K extends string>(aspects: readonly K[]) => Object.fromEntries(aspects.map((a) => [a, score])) as Record<K, FieldRule<number>>;

/** The six JICA indicator scores. */
export const INDICATOR_SCORES_RULES = scores(JICA_ASPECTS);

/** A firm's six JICA indicator scores. */
export const INDICATOR_SCORE_RULES = { ...OBSERVATION_KEY_RULES, ...INDICATOR_SCORES_RULES };

/** The four joint problem-solving scores. */
export const PROBLEM_SOLVING_SCORES_RULES = scores(PROBLEM_AREAS);

/** A firm's four joint problem-solving scores. */
export const PROBLEM_SOLVING_SCORE_RULES = { ...OBSERVATION_KEY_RULES, ...PROBLEM_SOLVING_SCORES_RULES };
