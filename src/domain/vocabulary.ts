/**
 * The closed vocabularies of the model. GraphQL enums, Cypher parameters and the seed all use
 * these lists, so a value that is not here can never reach the database.
 */

export const REGION_LEVELS = ["PROVINCE", "REGENCY", "CITY", "DISTRICT", "VILLAGE"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const ACTOR_KINDS = [
  "IKM",
  "LARGE_FIRM",
  "RAW_MATERIAL_SUPPLIER",
  "AUXILIARY_MATERIAL_SUPPLIER",
  "EQUIPMENT_SUPPLIER",
  "TRADER",
  "DISTRIBUTOR",
  "EXPORTER",
  "RETAILER",
  "LARGE_BUYER",
  "BANK",
  "RURAL_BANK",
  "COOPERATIVE",
  "STATE_FINANCE_BODY",
  "GOVERNMENT_AGENCY",
  "UNIVERSITY",
  "NGO",
  "BDS_PROVIDER",
  "DONOR",
  "PROMOTION_BODY",
  "CERTIFICATION_BODY",
  "ASSOCIATION",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SIZE_CLASSES = ["MICRO", "SMALL", "MEDIUM", "LARGE"] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const SENTRA_ROLES = ["CORE", "SUPPLIER_INDUSTRY", "SUPPORTING_INDUSTRY", "RELATED_INDUSTRY", "BUYER", "SUPPORTING_INSTITUTION"] as const;
export type SentraRole = (typeof SENTRA_ROLES)[number];

export const LINKAGE_TYPES = [
  "HORIZONTAL_COOPERATION",
  "UPSTREAM_SUPPLY",
  "DOWNSTREAM_SALES",
  "FINANCE",
  "TECHNICAL_ASSISTANCE",
  "ECONOMIC_ASSISTANCE",
  "PROMOTION",
  "CERTIFICATION",
] as const;
export type LinkageType = (typeof LINKAGE_TYPES)[number];

export const INTENSITIES = ["PASSIVE", "ACTIVE", "PROACTIVE"] as const;
export type Intensity = (typeof INTENSITIES)[number];

export const FLOWS = ["GOODS", "SERVICES", "MONEY", "INFORMATION", "KNOWLEDGE"] as const;
export type Flow = (typeof FLOWS)[number];

export const FORUM_KINDS = ["FPK", "FKAK"] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

export const ASSISTANCE_ROLES = ["LPT", "PKE"] as const;
export type AssistanceRole = (typeof ASSISTANCE_ROLES)[number];

/** The four cooperation questions of the survey (Tables 4 to 7 of the research). */
export const SURVEY_QUESTIONS = ["SAME_TYPE", "UPSTREAM", "DOWNSTREAM", "SUPPORTING"] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/** JICA's six cluster-dynamics aspects, each scored 1 (very undynamic) to 5 (very dynamic). */
export const JICA_ASPECTS = ["product", "technology", "market", "skills", "trust", "information"] as const;
export type JicaAspect = (typeof JICA_ASPECTS)[number];

/** The four fields of joint problem solving (Table 8). */
export const PROBLEM_AREAS = ["rawMaterial", "auxiliaryMaterial", "production", "marketing"] as const;
export type ProblemArea = (typeof PROBLEM_AREAS)[number];

/** Which linkage types answer which survey question ("do you cooperate with ...?"). */
export const LINKAGES_BY_QUESTION: Record<SurveyQuestion, readonly LinkageType[]> = {
  SAME_TYPE: ["HORIZONTAL_COOPERATION"],
  UPSTREAM: ["UPSTREAM_SUPPLY"],
  DOWNSTREAM: ["DOWNSTREAM_SALES"],
  SUPPORTING: ["FINANCE", "TECHNICAL_ASSISTANCE", "ECONOMIC_ASSISTANCE", "PROMOTION", "CERTIFICATION"],
};
