import { date, id, text } from "./fields";
import { optional, required } from "./table";

/** A survey round: one visit of the survey to its sentra; observations belong to one. */
export const SURVEY_ROUND_RULES = {
  id: required(id),
  name: required(text(200)),
  /** When the survey was taken: analyses compare rounds by it. */
  date: required(date()),
  /** Where the data comes from. */
  source: required(text(500)),
  /** Caveats about the data. */
  notes: optional(text(2000)),
};
