import type { ActorKind, AssistanceRole, Flow, ForumKind, Intensity, LinkageType, RegionLevel, SentraRole, SizeClass, SurveyQuestion } from "./vocabulary";

/**
 * The shape of a dataset to write into the graph (the research seed, test fixtures): plain records
 * with stable ids, written with MERGE so that writing twice changes nothing. Dates are ISO strings
 * (YYYY-MM-DD), amounts in rupiah, coordinates WGS 84.
 */
export interface SeedDataset {
  regions: RegionSeed[];
  sentra: SentraSeed[];
  actors: ActorSeed[];
  participations: ParticipationSeed[];
  linkages: LinkageSeed[];
  people: PersonSeed[];
  forums: ForumSeed[];
  agreements: AgreementSeed[];
  monitoringRecords: MonitoringSeed[];
  surveyRounds: SurveyRoundSeed[];
  indicatorScores: IndicatorScoreSeed[];
  problemSolvingScores: ProblemSolvingSeed[];
  surveyResponses: SurveyResponseSeed[];
  programmes: ProgrammeSeed[];
  statistics: StatisticSeed[];
}

/** A dataset with no records, to fill in part by part (fresh arrays each call). */
export function emptyDataset(): SeedDataset {
  return {
    regions: [],
    sentra: [],
    actors: [],
    participations: [],
    linkages: [],
    people: [],
    forums: [],
    agreements: [],
    monitoringRecords: [],
    surveyRounds: [],
    indicatorScores: [],
    problemSolvingScores: [],
    surveyResponses: [],
    programmes: [],
    statistics: [],
  };
}

export interface Coordinates {
  latitude: number;
  longitude: number;
}

export interface RegionSeed {
  id: string;
  name: string;
  level: RegionLevel;
  /** The region one level up; absent only for a province. */
  parentId?: string;
}

export interface SentraSeed {
  id: string;
  name: string;
  product: string;
  sector: string;
  regionId: string;
  description: string;
  /** Designated by its region as a leading industry (industri unggulan). */
  unggulan: boolean;
  /** KBLI 2020 kelompok code (src/domain/kbli.ts): partner suggestions match the same product on it. */
  kbli?: string;
}

export interface ActorSeed {
  id: string;
  name: string;
  kind: ActorKind;
  regionId?: string;
  description?: string;
  location?: Coordinates;
  /** IKM and other firms only. */
  sizeClass?: SizeClass;
  workers?: number;
  mainProducts?: string[];
  yearFounded?: number;
  /** Indonesian standard industrial classification code (KBLI 2020), five digits. */
  kbli?: string;
}

export interface ParticipationSeed {
  actorId: string;
  sentraId: string;
  role: SentraRole;
  since?: string;
}

export interface LinkageSeed {
  id: string;
  type: LinkageType;
  /** Direction follows the main flow: supplier to firm, firm to buyer, bank or mentor to firm. */
  fromId: string;
  toId: string;
  intensity?: Intensity;
  flows: Flow[];
  since?: string;
  /** The sentra this tie belongs to, where it is part of one. */
  sentraId?: string;
  description?: string;
}

export interface PersonSeed {
  id: string;
  name: string;
  position?: string;
  representsActorId?: string;
}

export interface ForumMemberSeed {
  /** Exactly one of personId or actorId. */
  personId?: string;
  actorId?: string;
  role?: string;
  since?: string;
}

export interface ForumSeed {
  id: string;
  kind: ForumKind;
  name: string;
  sentraId: string;
  founded?: string;
  /** The decree that formalised it, e.g. "SK Bupati Tegal No. 530/..."; absent if informal. */
  decree?: string;
  members: ForumMemberSeed[];
}

export interface AgreementSeed {
  id: string;
  /** The FKAK that contracts the assistance. */
  forumId: string;
  providerId: string;
  providerRole: AssistanceRole;
  scope: string;
  feeBasis: string;
  startDate: string;
  endDate?: string;
}

export interface MonitoringSeed {
  id: string;
  sentraId: string;
  date: string;
  visitorId?: string;
  findings: string;
}

export interface SurveyRoundSeed {
  id: string;
  name: string;
  date: string;
  source: string;
  notes?: string;
}

/** JICA cluster-dynamics scores of one firm in one round, each 1 to 5. */
export interface IndicatorScoreSeed {
  id: string;
  roundId: string;
  actorId: string;
  sentraId: string;
  product: number;
  technology: number;
  market: number;
  skills: number;
  trust: number;
  information: number;
}

/** Joint problem-solving scores of one firm in one round (Table 8's four fields). */
export interface ProblemSolvingSeed {
  id: string;
  roundId: string;
  actorId: string;
  sentraId: string;
  rawMaterial: number;
  auxiliaryMaterial: number;
  production: number;
  marketing: number;
}

/** One firm's answer to one cooperation question; a missing row means it did not answer. */
export interface SurveyResponseSeed {
  id: string;
  roundId: string;
  actorId: string;
  sentraId: string;
  question: SurveyQuestion;
  cooperates: boolean;
  /** Only when cooperates is true. */
  intensity?: Intensity;
}

export interface ProgrammeSeed {
  id: string;
  name: string;
  runById: string;
  partnerIds: string[];
  sentraIds: string[];
  startDate?: string;
  endDate?: string;
  amountRp?: number;
  beneficiaries?: number;
  description: string;
}

/** A yearly figure about a sentra, e.g. the Tegal beef-cattle series. */
export interface StatisticSeed {
  id: string;
  sentraId: string;
  year: number;
  measure: string;
  value: number;
  unit: string;
}
