import { msg, type Text } from "../../i18n/message";
import { inEnglish, withReaderText } from "../reader-text";
import { thresholdReasonText } from "./threshold-reasons";

/**
 * The thresholds of the cluster verdict, each with its source. An analyst may override any of
 * them to ask "what if"; the override is merged with these defaults and checked first.
 */
export type ThresholdUnit = "FIRMS" | "KM" | "SHARE" | "INTENSITY" | "SCORE" | "COUNT";

export interface ThresholdDefinition {
  value: number;
  unit: ThresholdUnit;
  /** Where the value comes from: literature, the research, or Simpul's own reasoned default. */
  source: string;
  /** Largest sensible value, where the scale has one. */
  max?: number;
}

export const DEFAULT_THRESHOLDS = {
  sentraMinFirms: {
    value: 5,
    unit: "FIRMS",
    source:
      "Simpul's default. In Indonesian usage a sentra is a group of same-type IKM located together (research/000 B.2; research/003); no published minimum exists, so Simpul draws the embryo/sentra line at a handful of firms: five, a quarter of the 20-firm cluster line (MSME-DI).",
  },
  clusterMinFirms: {
    value: 20,
    unit: "FIRMS",
    source: "India MSME cluster programme (MSME-DI Hyderabad): at least 20 enterprises within about 5 km.",
  },
  concentrationRadiusKm: {
    value: 5,
    unit: "KM",
    source: "India MSME-DI and Bangladesh SME Foundation cluster definitions: enterprises within about 5 km.",
  },
  linkedCoreShare: {
    value: 0.5,
    unit: "SHARE",
    max: 1,
    source:
      "Bappenas (2006) via research/000 B.1: a cluster's first key element is that its firms are linked. Simpul's default: a majority (at least half) of core firms hold a tie in the sentra's value chain.",
  },
  horizontalWebShare: {
    value: 0.5,
    unit: "SHARE",
    max: 1,
    source:
      "research/001 A.2 and research/004 (members compete rather than cooperate). No published threshold (Giuliani & Pietrobelli, IDB TN 317). Simpul's default: the core firms' horizontal cooperation forms one web holding at least half of them, not scattered pairs.",
  },
  meanTieIntensity: {
    value: 2,
    unit: "INTENSITY",
    max: 3,
    source: "research/001 Tables 4 to 6 scale pasif/aktif/proaktif as 1/2/3. Simpul's default: at least 2, cooperation active on average.",
  },
  linkedSupportingIndustries: {
    value: 1,
    unit: "COUNT",
    source:
      "Porter (1998) and Best via research/000 B.2: specialisation needs supporting and related industries (processing, finishing) inside the cluster. Simpul's default: at least one such firm tied to core firms.",
  },
  coreServedShare: {
    value: 0.5,
    unit: "SHARE",
    max: 1,
    source:
      "research/000 B.2 (supporting institutions still 'outside' the sentra) and research/001 Table 7. Simpul's default: at least half the core firms tied to a supporting institution.",
  },
  institutionsTiedShare: {
    value: 0.5,
    unit: "SHARE",
    max: 1,
    source:
      "research/000 B.2 (supporting institutions 'outside' the sentra). Simpul's default: at least half of the sentra's supporting institutions tied to a core firm.",
  },
  assistanceRolesUnderAgreement: {
    value: 2,
    unit: "COUNT",
    max: 2,
    source: "research/001 B, steps 5 and 6: an LPT and a PKE each engaged by the FKAK under a formal B2B agreement.",
  },
  fkakMinMembers: {
    value: 15,
    unit: "COUNT",
    source:
      "European Cluster Collaboration Platform: a cluster organisation has at least 15 committed members; research/001 B step 4: an FKAK of about 15 representatives.",
  },
  fkakMinMemberKinds: {
    value: 2,
    unit: "COUNT",
    source: "European Cluster Collaboration Platform: committed members of at least two kinds.",
  },
  jicaDynamicMean: {
    value: 3,
    unit: "SCORE",
    max: 5,
    source: "JICA (2006) via research/001 Table 3: 3 = dynamic on the 1 to 5 scale, for each of the six aspects.",
  },
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
    reason: Text,
  ) {
    const text = msg("errors.threshold", { threshold, reason: thresholdReasonText(reason), value: String(value) });
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
    if (!(name in DEFAULT_THRESHOLDS)) throw new InvalidThresholdError(name, value, "is not a known threshold");
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
      throw new InvalidThresholdError(lower, values[lower], `must not exceed ${higher} (${values[higher]}): a lower rung cannot need more than a higher one`);
    }
    throw new InvalidThresholdError(higher, values[higher], `must be at least ${lower} (${values[lower]}): a higher rung cannot need less than a lower one`);
  }
}

function check(name: ThresholdName, value: unknown): asserts value is number {
  const definition: ThresholdDefinition = DEFAULT_THRESHOLDS[name];
  if (typeof value !== "number" || !Number.isFinite(value)) throw new InvalidThresholdError(name, value, "must be a finite number");
  if (value < 0) throw new InvalidThresholdError(name, value, "must not be negative");
  if ((definition.unit === "FIRMS" || definition.unit === "COUNT") && !Number.isInteger(value)) {
    throw new InvalidThresholdError(name, value, "must be a whole number");
  }
  if (definition.unit === "KM" && value === 0) throw new InvalidThresholdError(name, value, "must be above 0 km");
  if (definition.unit === "INTENSITY" && value < 1) throw new InvalidThresholdError(name, value, "must be from 1 (passive) to 3 (proactive)");
  if (definition.unit === "SCORE" && value < 1) throw new InvalidThresholdError(name, value, "must be from 1 to 5");
  if (definition.max !== undefined && value > definition.max) {
    throw new InvalidThresholdError(name, value, `must be at most ${definition.max}${definition.unit === "SHARE" ? " (a share)" : ""}`);
  }
}
