import { FORUM_KINDS } from "../vocabulary";
import { date, id, oneOf, text } from "./fields";
import { optional, required } from "./table";

/** A cluster forum (FPK or FKAK) serving one sentra. */
export const FORUM_RULES = {
  id: required(id),
  kind: required(oneOf(FORUM_KINDS)),
  name: required(text(200)),
  sentraId: required(id),
  founded: optional(date()),
  /** The decree that formalised it (e.g. SK Bupati 1/2010). */
  decree: optional(text(500)),
};
