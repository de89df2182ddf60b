import { msg } from "../../i18n/message";
import { invalid } from "../write-rejection";
import { date, id, idList, text, wholeNumber } from "./fields";
import { optional, required, type Check } from "./table";

/** At most this many partners or target sentra. */
export const MAX_PROGRAMME_LINKS = 200;
/** Rp 10^15 (a thousand trillion): beyond any programme. */
const MAX_AMOUNT_RP = 1e15;

/** Money in rupiah: from 0 up to MAX_AMOUNT_RP, not necessarily whole. */
const rupiah: Check<number> = (field, value: number) => {
  if (!Number.isFinite(value) || value < 0 || value > MAX_AMOUNT_RP) throw invalid(field, msg("errors.amountRp", { max: MAX_AMOUNT_RP, value: String(value) }));
  return value;
};

/** A development programme (PNM credit, Bank Indonesia's value-chain programme ...). */
export const PROGRAMME_RULES = {
  id: required(id),
  name: required(text(200)),
  description: required(text(5000)),
  /** The actor that runs it. */
  runById: required(id),
  /** Partner actors; [] for none (a list is replaced as a whole, so it cannot be cleared with null). */
  partnerIds: required(idList(MAX_PROGRAMME_LINKS)),
  /** Target sentra; [] for none. */
  sentraIds: required(idList(MAX_PROGRAMME_LINKS)),
  /** A programme may be planned, so both dates may lie ahead. */
  startDate: optional(date({ future: true })),
  endDate: optional(date({ future: true })),
  amountRp: optional(rupiah),
  /** Firms reached. */
  beneficiaries: optional(wholeNumber(0, 100_000_000)),
};

/** A programme does not end before it starts. */
export function checkProgrammeDates(startDate: string | null | undefined, endDate: string | null | undefined): void {
  if (startDate && endDate && endDate < startDate) throw invalid("endDate", msg("errors.endBeforeStart", { endDate, startDate }));
}

/** The runner is not also a partner; the field named is the list when the runner is in the partners given, else runById. */
export function checkRunnerNotPartner(runner: string | null | undefined, partners: readonly string[], partnersGiven: boolean): void {
  if (runner && partners.includes(runner)) throw invalid(partnersGiven ? "partnerIds" : "runById", msg("errors.runnerIsPartner", { runner }));
}
