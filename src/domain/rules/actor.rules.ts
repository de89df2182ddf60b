import { ACTOR_KINDS, SIZE_CLASSES } from "../vocabulary";
import { coordinates, id, kbli, oneOf, text, textList, wholeNumber, year } from "./fields";
import { optional, required } from "./table";

/** An actor: a firm (IKM), supplier, buyer, bank, mentor, forum member, government office. */
export const ACTOR_RULES = {
  id: required(id),
  name: required(text(200)),
  kind: required(oneOf(ACTOR_KINDS)),
  description: optional(text(2000)),
  sizeClass: optional(oneOf(SIZE_CLASSES)),
  /** Workers including the owner: BPS's size bands start at 1. */
  workers: optional(wholeNumber(1, 1_000_000)),
  mainProducts: optional(textList(50, 200)),
  yearFounded: optional(year(1800)),
  kbli: optional(kbli),
  regionId: optional(id),
  location: optional(coordinates),
};
