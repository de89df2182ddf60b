import { SENTRA_ROLES } from "../vocabulary";
import { date, id, oneOf } from "./fields";
import { optional, required } from "./table";

/** An actor's part in a sentra in one role; (actorId, sentraId, role) is its key. */
export const PARTICIPATION_RULES = {
  actorId: required(id),
  sentraId: required(id),
  role: required(oneOf(SENTRA_ROLES)),
  since: optional(date()),
};
