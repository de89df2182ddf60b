import { msg, type Message, type Text } from "../../i18n/message";
import type { LinkageType } from "../vocabulary";
import { DEFAULT_THRESHOLDS, type ThresholdName } from "./thresholds";

/** Texts joined by semicolons: a list param would join them with commas, which they contain. */
export function joined(texts: readonly Text[]): Text {
  const [first, ...rest] = texts;
  if (first === undefined) return "";
  return rest.reduce<Text>((text, next) => msg("criteria.and", { first: text, next }), first);
}

/** Whose value the threshold in force is: the analyst's, a published one, or Simpul's reasoned default. */
export function thresholdOrigin(name: ThresholdName, threshold: number): Message {
  const definition = DEFAULT_THRESHOLDS[name];
  if (Math.abs(threshold - definition.value) > 1e-9) return msg("criteria.threshold.override");
  return msg(definition.reasonedDefault ? "criteria.threshold.reasonedDefault" : "criteria.threshold.published");
}

export function linkageTypeName(type: LinkageType): Message {
  return msg(`criteria.linkageType.${type}`);
}
