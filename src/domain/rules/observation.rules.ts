import { msg } from "../../i18n/message";
import { INTENSITIES, JICA_ASPECTS, PROBLEM_AREAS, SURVEY_QUESTIONS } from "../vocabulary";
import { invalid } from "../write-rejection";
import { id, oneOf, wholeNumber, yesNo } from "./fields";
import { required, optional, type FieldRule } from "./table";

/** What every observation of a firm in a round and sentra refers to. */
const OBSERVATION_RULES = {
  id: required(id),
  roundId: required(id),
  actorId: required(id),
  sentraId: required(id),
};

/** A firm's answer to one of the four cooperation questions. */
export const SURVEY_RESPONSE_RULES = {
  ...OBSERVATION_RULES,
  question: required(oneOf(SURVEY_QUESTIONS)),
  cooperates: required(yesNo),
  intensity: optional(oneOf(INTENSITIES)),
};

/** An intensity says how a firm cooperates, so only an answer that it does may carry one. */
export function checkIntensityWithAnswer(cooperates: boolean, intensity: string | null | undefined): void {
  if (intensity !== null && intensity !== undefined && !cooperates) throw invalid("intensity", msg("errors.intensityWithoutCooperation"));
}

/** A survey score: a whole number from 1 to 5. */
const score = required(wholeNumber(1, 5));
const scores = <K extends string>(aspects: readonly K[]) => Object.fromEntries(aspects.map((a) => [a, score])) as Record<K, FieldRule<number>>;

/** A firm's six JICA indicator scores. */
export const INDICATOR_SCORE_RULES = { ...OBSERVATION_RULES, ...scores(JICA_ASPECTS) };

/** A firm's four joint problem-solving scores. */
export const PROBLEM_SOLVING_SCORE_RULES = { ...OBSERVATION_RULES, ...scores(PROBLEM_AREAS) };
