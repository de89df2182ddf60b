/**
 * Small deterministic helpers that expand the compact firm tables of the three measured sentra
 * into actors, participations, survey responses, scores and linkages. No randomness, no clock:
 * the same table always yields the same records.
 */
import type {
  ActorSeed,
  IndicatorScoreSeed,
  LinkageSeed,
  ParticipationSeed,
  ProblemSolvingSeed,
  SurveyResponseSeed,
} from "../../src/domain/dataset";
import type { Flow, Intensity, SurveyQuestion } from "../../src/domain/vocabulary";
import { observationIds, sizeClassOf } from "../../src/domain/survey-ids";
import { SURVEY_ROUND_ID } from "../research-tables";

/**
 * One firm's answer to one cooperation question:
 * P passive, A active, R proactive (all "yes"), Y yes without intensity (Table 7 only),
 * N no, "-" did not answer (no SurveyResponseSeed row).
 */
export type Answer = "P" | "A" | "R" | "Y" | "N" | "-";

export type SupportType = "FINANCE" | "TECHNICAL_ASSISTANCE" | "ECONOMIC_ASSISTANCE" | "PROMOTION" | "CERTIFICATION";

/** One surveyed IKM of a measured sentra, written as one compact row. */
export interface SurveyedFirm {
  /** Number within the sentra; the id becomes ikm-<key>-NN. */
  n: number;
  name: string;
  regionId: string;
  /** Latitude, longitude (WGS 84). */
  at: [number, number];
  workers: number;
  founded: number;
  /** KBLI 2020, five digits. */
  kbli: string;
  products: string[];
  /** Four answers in question order: SAME_TYPE, UPSTREAM, DOWNSTREAM, SUPPORTING, e.g. "AP-Y". */
  answers: string;
  /** JICA scores: product, technology, market, skills, trust, information. */
  jica: [number, number, number, number, number, number];
  /** Joint problem solving: raw material, auxiliary material, production, marketing. */
  ps: [number, number, number, number];
  /** Same-sentra IKMs (by n) this firm cooperates with (HORIZONTAL_COOPERATION, from this firm). */
  peers?: number[];
  /** Actors that supply this firm (UPSTREAM_SUPPLY, supplier to firm). */
  suppliers?: string[];
  /** Actors this firm sells to (DOWNSTREAM_SALES, firm to buyer). */
  buyers?: string[];
  /** Supporting ties into this firm: [type, institution id]. */
  support?: Array<[SupportType, string]>;
}

export interface MeasuredPart {
  actors: ActorSeed[];
  participations: ParticipationSeed[];
  linkages: LinkageSeed[];
  surveyResponses: SurveyResponseSeed[];
  indicatorScores: IndicatorScoreSeed[];
  problemSolvingScores: ProblemSolvingSeed[];
}

const QUESTIONS: SurveyQuestion[] = ["SAME_TYPE", "UPSTREAM", "DOWNSTREAM", "SUPPORTING"];
const INTENSITY_OF: Partial<Record<Answer, Intensity>> = { P: "PASSIVE", A: "ACTIVE", R: "PROACTIVE" };

const HORIZONTAL_FLOWS: Record<Intensity, Flow[]> = {
  PASSIVE: ["INFORMATION"],
  ACTIVE: ["INFORMATION", "GOODS"],
  PROACTIVE: ["INFORMATION", "KNOWLEDGE", "SERVICES"],
};
const HORIZONTAL_NOTE: Record<Intensity, string> = {
  PASSIVE: "Exchanges price and order information with a neighbour when asked.",
  ACTIVE: "Passes on overflow orders and lends patterns, moulds or tools.",
  PROACTIVE: "Initiates shared orders and shares new designs with a fellow member.",
};
const SUPPORT_FLOWS: Record<SupportType, Flow[]> = {
  FINANCE: ["MONEY"],
  TECHNICAL_ASSISTANCE: ["KNOWLEDGE", "SERVICES"],
  ECONOMIC_ASSISTANCE: ["KNOWLEDGE", "SERVICES"],
  PROMOTION: ["INFORMATION", "SERVICES"],
  CERTIFICATION: ["SERVICES", "INFORMATION"],
};
const SUPPORT_NOTE: Record<SupportType, string> = {
  FINANCE: "Working-capital loan.",
  TECHNICAL_ASSISTANCE: "Technical assistance and training.",
  ECONOMIC_ASSISTANCE: "Bookkeeping, costing and business-plan mentoring.",
  PROMOTION: "Exhibition and trade-fair participation.",
  CERTIFICATION: "Material testing and product quality certification.",
};

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function firmId(key: string, n: number): string {
  return `ikm-${key}-${pad(n)}`;
}

/** A plausible start date for a tie: after the firm's founding, never after 2008. */
function sinceFor(founded: number, n: number, k: number): string {
  const year = Math.min(2008, Math.max(founded + 2, 1998 + ((n * 3 + k) % 10)));
  const month = ((n * 5 + k * 7) % 12) + 1;
  return `${year}-${pad(month)}-01`;
}

/** Expand a measured sentra's firm table into records. `key` is the short name used in ids. */
export function buildSurveyedFirms(key: string, sentraId: string, firms: SurveyedFirm[]): MeasuredPart {
  const part: MeasuredPart = {
    actors: [],
    participations: [],
    linkages: [],
    surveyResponses: [],
    indicatorScores: [],
    problemSolvingScores: [],
  };
  for (const f of firms) {
    const id = firmId(key, f.n);
    if (f.answers.length !== 4) throw new Error(`${id}: answers must have four letters`);
    const answers = f.answers.split("") as Answer[];
    part.actors.push({
      id,
      name: f.name,
      kind: "IKM",
      regionId: f.regionId,
      location: { latitude: f.at[0], longitude: f.at[1] },
      sizeClass: sizeClassOf(f.workers),
      workers: f.workers,
      mainProducts: f.products,
      yearFounded: f.founded,
      kbli: f.kbli,
    });
    part.participations.push({ actorId: id, sentraId, role: "CORE", since: `${f.founded}-01-01` });

    QUESTIONS.forEach((question, i) => {
      const a = answers[i];
      if (a === "-") return;
      const response: SurveyResponseSeed = {
        id: observationIds.surveyResponse(SURVEY_ROUND_ID, sentraId, id, question),
        roundId: SURVEY_ROUND_ID,
        actorId: id,
        sentraId,
        question,
        cooperates: a !== "N",
      };
      const intensity = INTENSITY_OF[a];
      if (intensity) response.intensity = intensity;
      part.surveyResponses.push(response);
    });

    const [product, technology, market, skills, trust, information] = f.jica;
    part.indicatorScores.push({ id: observationIds.indicatorScore(SURVEY_ROUND_ID, sentraId, id), roundId: SURVEY_ROUND_ID, actorId: id, sentraId, product, technology, market, skills, trust, information });
    const [rawMaterial, auxiliaryMaterial, production, marketing] = f.ps;
    part.problemSolvingScores.push({ id: observationIds.problemSolving(SURVEY_ROUND_ID, sentraId, id), roundId: SURVEY_ROUND_ID, actorId: id, sentraId, rawMaterial, auxiliaryMaterial, production, marketing });

    const [same, up, down] = answers.map((a) => INTENSITY_OF[a]);
    (f.peers ?? []).forEach((peer, k) => {
      if (!same) throw new Error(`${id}: peers given but no same-type cooperation intensity`);
      part.linkages.push({
        id: `link-${id}-horizontal-${k + 1}`,
        type: "HORIZONTAL_COOPERATION",
        fromId: id,
        toId: firmId(key, peer),
        intensity: same,
        flows: HORIZONTAL_FLOWS[same],
        since: sinceFor(f.founded, f.n, k),
        sentraId,
        description: HORIZONTAL_NOTE[same],
      });
    });
    (f.suppliers ?? []).forEach((supplier, k) => {
      if (!up) throw new Error(`${id}: suppliers given but no upstream cooperation intensity`);
      part.linkages.push({
        id: `link-${id}-upstream-${k + 1}`,
        type: "UPSTREAM_SUPPLY",
        fromId: supplier,
        toId: id,
        intensity: up,
        flows: ["GOODS", "MONEY"],
        since: sinceFor(f.founded, f.n, k + 3),
        sentraId,
      });
    });
    (f.buyers ?? []).forEach((buyer, k) => {
      if (!down) throw new Error(`${id}: buyers given but no downstream cooperation intensity`);
      part.linkages.push({
        id: `link-${id}-downstream-${k + 1}`,
        type: "DOWNSTREAM_SALES",
        fromId: id,
        toId: buyer,
        intensity: down,
        flows: ["GOODS", "MONEY"],
        since: sinceFor(f.founded, f.n, k + 5),
        sentraId,
      });
    });
    (f.support ?? []).forEach(([type, from], k) => {
      if (answers[3] !== "Y") throw new Error(`${id}: supporting ties given but the firm did not answer yes`);
      part.linkages.push({
        id: `link-${id}-support-${k + 1}`,
        type,
        fromId: from,
        toId: id,
        flows: SUPPORT_FLOWS[type],
        since: sinceFor(f.founded, f.n, k + 7),
        sentraId,
        description: SUPPORT_NOTE[type],
      });
    });
  }
  return part;
}

/** A participation per actor id, all with the same role in the same sentra. */
export function participate(sentraId: string, role: ParticipationSeed["role"], actorIds: string[]): ParticipationSeed[] {
  return actorIds.map((actorId) => ({ actorId, sentraId, role }));
}
