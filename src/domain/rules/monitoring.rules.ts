import { date, id, text } from "./fields";
import { optional, required } from "./table";

/** A monitoring and evaluation (monev) visit to a sentra. */
export const MONITORING_RULES = {
  id: required(id),
  sentraId: required(id),
  /** The day of the visit: it has happened. */
  date: required(date()),
  findings: required(text(5000)),
  /** The actor who visited, if recorded. */
  visitorId: optional(id),
};
