import { msg } from "../../i18n/message";
import { ASSISTANCE_ROLES } from "../vocabulary";
import { invalid } from "../write-rejection";
import { date, id, oneOf, text } from "./fields";
import { optional, required } from "./table";

/** An agreement by which an FKAK engages an actor as LPT or PKE. */
export const AGREEMENT_RULES = {
  id: required(id),
  forumId: required(id),
  providerId: required(id),
  providerRole: required(oneOf(ASSISTANCE_ROLES)),
  scope: required(text(1000)),
  feeBasis: required(text(500)),
  /** An agreement may be signed for a season ahead, so both dates may lie in the future. */
  startDate: required(date({ future: true })),
  /** Absent while open-ended. */
  endDate: optional(date({ future: true })),
};

/** An agreement does not end before it starts. */
export function checkTerm(startDate: string, endDate: string | null | undefined): void {
  if (endDate && endDate < startDate) throw invalid("endDate", msg("errors.endBeforeStart", { endDate, startDate }));
}
