import { msg } from "../../i18n/message";
import { invalid } from "../write-rejection";
import { id, text, year } from "./fields";
import { required, type Check } from "./table";

/** A measured value: a count or an amount, finite and from 0, not necessarily whole (tonnes, Rp). */
const measuredValue: Check<number> = (field, value: number) => {
  if (!Number.isFinite(value) || value < 0) throw invalid(field, msg("errors.statisticValue", { value: String(value) }));
  return value;
};

/** A yearly figure about a sentra (its herd, meat produced, firms ...); one live figure per sentra, measure and year. */
export const STATISTIC_RULES = {
  id: required(id),
  /** The sentra measured; fixed once recorded. */
  sentraId: required(id),
  year: required(year(1900)),
  /** What is measured, e.g. cattle, meatProduced, firms. */
  measure: required(text(100)),
  value: required(measuredValue),
  /** e.g. head, kg, Rp/year. */
  unit: required(text(50)),
};
