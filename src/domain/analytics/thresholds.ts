import { msg, type Message, type Text } from "../../i18n/message";
import { inEnglish, withReaderText } from "../reader-text";
import { CITATIONS, sourceText, type Citation } from "./citations";
import { FKAK_ABOUT_FIFTEEN } from "./fkak-size";

/**
 * The thresholds of the cluster verdict, each with its source. An analyst may override any of
 * them to ask "what if"; the override is merged with these defaults and checked first.
 */
export type ThresholdUnit = "FIRMS" | "KM" | "SHARE" | "INTENSITY" | "SCORE" | "COUNT";

export interface ThresholdDefinition {
  value: number;
  unit: ThresholdUnit;
  /** True where no published value exists and the value is Simpul's own reasoned default. */
  reasonedDefault: boolean;
  /** What the value rests on, checkable (src/domain/analytics/citations.ts). */
  citations: readonly Citation[];
  /** The citations and Simpul's reasoning, as a reader's text. */
  source: Message;
  /** Largest sensible value, where the scale has one. */
  max?: number;
}

/** A default's citations and the catalogue text (sources.basis.<name>) that says why its value. */
function cited(name: string, citations: readonly Citation[], params?: Parameters<typeof msg>[1]): Pick<ThresholdDefinition, "citations" | "source"> {
  return { citations, source: sourceText(citations, msg(`sources.basis.${name}`, params)) };
}

const C = CITATIONS;

export const DEFAULT_THRESHOLDS = {
  sentraMinFirms: { value: 5, unit: "FIRMS", reasonedDefault: true, ...cited("sentraMinFirms", [C.sentraDefinition, C.msmeDi]) },
  clusterMinFirms: { value: 20, unit: "FIRMS", reasonedDefault: false, ...cited("clusterMinFirms", [C.msmeDi, C.bappenasKeyElements]) },
  concentrationRadiusKm: { value: 5, unit: "KM", reasonedDefault: false, ...cited("concentrationRadiusKm", [C.msmeDi, C.bangladeshSmeFoundation]) },
  linkedCoreShare: { value: 0.5, unit: "SHARE", max: 1, reasonedDefault: true, ...cited("linkedCoreShare", [C.bappenasKeyElements]) },
  horizontalCooperationShare: {
    value: 0.5,
    unit: "SHARE",
    max: 1,
    reasonedDefault: true,
    ...cited("horizontalCooperationShare", [C.cooperationEssence, C.horizontalRanking, C.giulianiPietrobelli]),
  },
  meanTieIntensity: {
    value: 2,
    unit: "INTENSITY",
    max: 3,
    reasonedDefault: true,
    ...cited("meanTieIntensity", [C.horizontalMostlyActive, C.downstreamMostlyPassive]),
  },
  linkedSupportingIndustries: {
    value: 1,
    unit: "COUNT",
    reasonedDefault: true,
    ...cited("linkedSupportingIndustries", [C.porterCluster, C.bestSpecialisation, C.stillCompeting]),
  },
  coreServedShare: { value: 0.5, unit: "SHARE", max: 1, reasonedDefault: true, ...cited("coreServedShare", [C.institutionsOutside, C.supportingWeak]) },
  institutionsTiedShare: { value: 0.5, unit: "SHARE", max: 1, reasonedDefault: true, ...cited("institutionsTiedShare", [C.institutionsOutside]) },
  assistanceRolesUnderAgreement: {
    value: 2,
    unit: "COUNT",
    max: 2,
    reasonedDefault: false,
    ...cited("assistanceRolesUnderAgreement", [C.lptFormal, C.pkeFormal]),
  },
  fkakMinMembers: {
    value: FKAK_ABOUT_FIFTEEN.min,
    unit: "COUNT",
    reasonedDefault: true,
    ...cited("fkakMinMembers", [C.fkakSize], { min: FKAK_ABOUT_FIFTEEN.min, max: FKAK_ABOUT_FIFTEEN.max }),
  },
  fkakMinMemberKinds: { value: 2, unit: "COUNT", reasonedDefault: false, ...cited("fkakMinMemberKinds", [C.eccp, C.fkakSize]) },
  jicaDynamicMean: { value: 3, unit: "SCORE", max: 5, reasonedDefault: false, ...cited("jicaDynamicMean", [C.jicaScale, C.notDynamic]) },
} as const satisfies Record<string, ThresholdDefinition>;

export type ThresholdName = keyof typeof DEFAULT_THRESHOLDS;
export const THRESHOLD_NAMES = Object.keys(DEFAULT_THRESHOLDS) as ThresholdName[];
export type Thresholds = Record<ThresholdName, number>;
export type ThresholdOverride = Partial<Thresholds>;

/** An override that makes no sense (negative, a share above 1, a score off its scale). */
export class InvalidThresholdError extends Error {
  override readonly name = "InvalidThresholdError";
  /** The refusal for the reader, in their language; `message` holds it in English. */
  readonly text: Text;
  constructor(
    readonly threshold: string,
    readonly value: unknown,
    reason: Message,
  ) {
    // A number stays a number so that it is written in the reader's locale (1,5 in Indonesian).
    const text = msg("errors.threshold", { threshold, reason, value: typeof value === "number" && Number.isFinite(value) ? value : String(value) });
    super(inEnglish(text));
    this.text = text;
    withReaderText(this, text);
  }
}

export interface ResolvedThresholds {
  values: Thresholds;
  overridden: ThresholdName[];
}

/** Defaults merged with the override, after checking every overridden value. */
export function resolveThresholds(override: ThresholdOverride = {}): ResolvedThresholds {
  const values = Object.fromEntries(THRESHOLD_NAMES.map((name) => [name, DEFAULT_THRESHOLDS[name].value])) as Thresholds;
  const overridden: ThresholdName[] = [];
  for (const [name, value] of Object.entries(override)) {
    if (value === undefined) continue;
    if (!(name in DEFAULT_THRESHOLDS)) throw new InvalidThresholdError(name, value, msg("errors.thresholdUnknown"));
    const threshold = name as ThresholdName;
    check(threshold, value);
    values[threshold] = value;
    overridden.push(threshold);
  }
  checkCoherent(values, overridden);
  return { values, overridden };
}

/** Thresholds of a lower rung and of a higher rung of the same measure: the lower may not ask for more. */
const RUNG_PAIRS: ReadonlyArray<readonly [lower: ThresholdName, higher: ThresholdName]> = [["sentraMinFirms", "clusterMinFirms"]];

/** Refuses a set where a lower rung needs more than a higher one, naming both (the overridden one first). */
function checkCoherent(values: Thresholds, overridden: readonly ThresholdName[]): void {
  for (const [lower, higher] of RUNG_PAIRS) {
    if (values[lower] <= values[higher]) continue;
    if (overridden.includes(lower)) {
      throw new InvalidThresholdError(lower, values[lower], msg("errors.thresholdAboveHigherRung", { other: higher, otherValue: values[higher] }));
    }
    throw new InvalidThresholdError(higher, values[higher], msg("errors.thresholdBelowLowerRung", { other: lower, otherValue: values[lower] }));
  }
}

function check(name: ThresholdName, value: unknown): asserts value is number {
  const definition: ThresholdDefinition = DEFAULT_THRESHOLDS[name];
  if (typeof value !== "number" || !Number.isFinite(value)) throw new InvalidThresholdError(name, value, msg("errors.thresholdNotFinite"));
  if (value < 0) throw new InvalidThresholdError(name, value, msg("errors.thresholdNegative"));
  if ((definition.unit === "FIRMS" || definition.unit === "COUNT") && !Number.isInteger(value)) {
    throw new InvalidThresholdError(name, value, msg("errors.thresholdNotWhole"));
  }
  if (definition.unit === "KM" && value === 0) throw new InvalidThresholdError(name, value, msg("errors.thresholdZeroKm"));
  if (definition.unit === "INTENSITY" && value < 1) throw new InvalidThresholdError(name, value, msg("errors.thresholdIntensity"));
  if (definition.unit === "SCORE" && value < 1) throw new InvalidThresholdError(name, value, msg("errors.thresholdScore"));
  if (definition.max !== undefined && value > definition.max) {
    throw new InvalidThresholdError(
      name,
      value,
      msg(definition.unit === "SHARE" ? "errors.thresholdAtMostShare" : "errors.thresholdAtMost", { max: definition.max }),
    );
  }
}
