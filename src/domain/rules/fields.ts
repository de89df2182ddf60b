import { msg } from "../../i18n/message";
import type { Coordinates } from "../dataset";
import { kbliProblem } from "../kbli";
import { invalid } from "../write-rejection";
import { checkId, checkIntRange, checkIsoDate, checkOneOf, checkText, checkYear } from "../write-rules";
import type { Check } from "./table";

/*
 * The value checks rule tables are made of, each a Check: (field, value) => the value as stored,
 * or a WriteRejected naming the field. They wrap the primitives of ../write-rules.ts.
 */

/** An id: 1 to 128 letters, digits and . _ : - (one that names a new record, or one that refers to a stored one). */
export const id: Check<string> = (field, value: string) => checkId(field, value);

/** A one-line text up to `max` characters (a name), or a longer one that may hold line breaks. */
export const text =
  (max: number): Check<string> =>
  (field, value: string) =>
    checkText(field, value, max);

/** One value of a closed vocabulary. */
export const oneOf =
  <T extends string>(allowed: readonly T[]): Check<T> =>
  (field, value: string) =>
    checkOneOf(field, value, allowed);

/** A whole number from `min` to `max`. */
export const wholeNumber =
  (min: number, max: number): Check<number> =>
  (field, value: number) =>
    checkIntRange(field, value, min, max);

/** A year from `min` to this year. */
export const year =
  (min: number): Check<number> =>
  (field, value: number) =>
    checkYear(field, value, min);

/** A calendar date YYYY-MM-DD from 1900 on; not after today unless `future`. */
export const date =
  ({ future = false }: { future?: boolean } = {}): Check<string> =>
  (field, value: string) =>
    checkIsoDate(field, value, { future });

/** true or false. */
export const yesNo: Check<boolean> = (field, value: boolean) => {
  if (typeof value !== "boolean") throw invalid(field, msg("errors.oneOf", { field, allowed: ["true", "false"] }));
  return value;
};

/** A KBLI 2020 code: five digits. */
export const kbli: Check<string> = (field, value: string) => {
  if (!/^\d{5}$/.test(value)) throw invalid(field, msg("errors.kbliFormat", { value: JSON.stringify(value) }));
  return value;
};

/** A WGS 84 point; a broken half is named as "<field>.latitude" or "<field>.longitude". */
export const coordinates: Check<Coordinates> = (field, value: Coordinates) => {
  const { latitude, longitude } = value;
  if (!(latitude >= -90 && latitude <= 90)) throw invalid(`${field}.latitude`, msg("errors.latitude", { value: String(latitude) }));
  if (!(longitude >= -180 && longitude <= 180)) throw invalid(`${field}.longitude`, msg("errors.longitude", { value: String(longitude) }));
  return { latitude, longitude };
};

/** A list of at most `maxItems` texts of up to `maxEach` characters; an item at fault is named "<field>[i]". */
export const textList =
  (maxItems: number, maxEach: number): Check<string[]> =>
  (field, values: string[]) => {
    if (values.length > maxItems) throw invalid(field, msg("errors.tooManyItems", { field, max: maxItems, count: values.length }));
    return values.map((v, i) => checkText(`${field}[${i}]`, v, maxEach));
  };

/** A list of vocabulary values without repeats; empty means not known. */
export const setOf =
  <T extends string>(allowed: readonly T[]): Check<T[]> =>
  (field, values: string[]) => {
    if (new Set(values).size !== values.length) throw invalid(field, msg("errors.setRepeats", { field }));
    return values.map((v) => checkOneOf(field, v, allowed));
  };

/** A KBLI 2020 code in one of its divisions: five digits whose first two name a division (kbli.ts). */
export const kbliInDivision: Check<string> = (field, value: string) => {
  if (kbliProblem(kbli(field, value as never))) throw invalid(field, msg("errors.kbliDivision", { code: value, division: value.slice(0, 2) }));
  return value;
};

/** A list of at most `maxItems` ids without repeats (records a record refers to); an id at fault is named "<field>[i]". */
export const idList =
  (maxItems: number): Check<string[]> =>
  (field, ids: string[]) => {
    if (ids.length > maxItems) throw invalid(field, msg("errors.tooManyIds", { field, max: maxItems, count: ids.length }));
    if (new Set(ids).size !== ids.length) throw invalid(field, msg("errors.repeatedId", { field }));
    return ids.map((value, i) => checkId(`${field}[${i}]`, value));
  };
