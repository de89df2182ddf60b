import { msg } from "../../i18n/message";
import { FLOWS, INTENSITIES, LINKAGE_TYPES } from "../vocabulary";
import { invalid } from "../write-rejection";
import { date, id, oneOf, setOf, text } from "./fields";
import { optional, required } from "./table";

/** A tie between two actors, in the direction of its main flow. */
export const LINKAGE_RULES = {
  id: required(id),
  type: required(oneOf(LINKAGE_TYPES)),
  fromId: required(id),
  toId: required(id),
  intensity: optional(oneOf(INTENSITIES)),
  /** What moves along it; empty when the survey does not say. */
  flows: required(setOf(FLOWS)),
  sentraId: optional(id),
  since: optional(date()),
  description: optional(text(2000)),
};

/** A tie joins two different actors. */
export function checkEnds(fromId: string, toId: string): void {
  if (fromId === toId) throw invalid("toId", msg("errors.selfLinkage", { id: JSON.stringify(fromId) }));
}
