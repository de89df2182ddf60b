import { registerEnumType } from "type-graphql";
import {
  ACTOR_KINDS,
  ASSISTANCE_ROLES,
  FLOWS,
  FORUM_KINDS,
  INTENSITIES,
  LINKAGE_TYPES,
  REGION_LEVELS,
  SENTRA_ROLES,
  SIZE_CLASSES,
  SURVEY_QUESTIONS,
} from "../../domain/vocabulary";
import { DIRECTIONS, RELATIONSHIP_TYPES } from "../../domain/graph";

// type-graphql wants enum objects; the vocabularies are arrays, so mirror each one as {VALUE: VALUE}.
export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const RegionLevelEnum = enumOf(REGION_LEVELS);
export const ActorKindEnum = enumOf(ACTOR_KINDS);
export const SizeClassEnum = enumOf(SIZE_CLASSES);
export const SentraRoleEnum = enumOf(SENTRA_ROLES);
export const LinkageTypeEnum = enumOf(LINKAGE_TYPES);
export const IntensityEnum = enumOf(INTENSITIES);
export const FlowEnum = enumOf(FLOWS);
export const ForumKindEnum = enumOf(FORUM_KINDS);
export const AssistanceRoleEnum = enumOf(ASSISTANCE_ROLES);
export const SurveyQuestionEnum = enumOf(SURVEY_QUESTIONS);
export const RelationshipKindEnum = enumOf(RELATIONSHIP_TYPES);
export const DirectionEnum = enumOf(DIRECTIONS);

registerEnumType(RegionLevelEnum, {
  name: "RegionLevel",
  description: "Administrative level: province (provinsi), regency (kabupaten), city (kota), district (kecamatan), village (desa/kelurahan).",
});
registerEnumType(ActorKindEnum, {
  name: "ActorKind",
  description:
    "What kind of organisation an actor is, whatever role it plays in a sentra: IKM (small or medium industry), large firm, suppliers of raw material (bahan baku), auxiliary material (bahan penolong) or equipment, buyers, banks, rural banks (BPR), cooperatives (koperasi), state finance bodies (e.g. PNM), government agencies, universities (perguruan tinggi), NGOs (LSM), BDS providers, donors, promotion and certification bodies, associations.",
});
registerEnumType(SizeClassEnum, {
  name: "SizeClass",
  description: "Firm size under PP 7/2021 (usaha mikro, kecil, menengah, besar); see docs/model.md for the thresholds.",
});
registerEnumType(SentraRoleEnum, {
  name: "SentraRole",
  description:
    "The role an actor plays in one sentra: core industry (industri inti), supplier industry (pemasok), supporting industry (industri pendukung), related industry (industri terkait), buyer (pembeli), supporting institution (institusi pendukung).",
});
registerEnumType(LinkageTypeEnum, {
  name: "LinkageType",
  description:
    "Kinds of tie: horizontal cooperation with same-type firms (kerjasama dengan industri sejenis), upstream supply (industri sebelumnya), downstream sales (industri sesudahnya), finance, technical assistance (LPT), economic assistance (PKE), promotion, certification.",
});
registerEnumType(IntensityEnum, { name: "Intensity", description: "How a tie is lived: passive (pasif), active (aktif), proactive (proaktif)." });
registerEnumType(FlowEnum, { name: "Flow", description: "What moves along a tie: goods, services, money, information, knowledge." });
registerEnumType(ForumKindEnum, {
  name: "ForumKind",
  description: "FPK (Forum Pengembangan Klaster, cross-agency development forum) or FKAK (Forum Komunikasi Anggota Klaster, members' forum).",
});
registerEnumType(AssistanceRoleEnum, {
  name: "AssistanceRole",
  description: "LPT (Lembaga Pendamping Teknis, technical assistance) or PKE (Pendamping Kegiatan Ekonomi, economic mentor).",
});
registerEnumType(SurveyQuestionEnum, {
  name: "SurveyQuestion",
  description: "The cooperation questions of the survey: with same-type firms, upstream, downstream, supporting industries and institutions.",
});
registerEnumType(RelationshipKindEnum, { name: "RelationshipKind", description: "Every relationship type in Simpul's graph (see docs/model.md)." });
registerEnumType(DirectionEnum, {
  name: "Direction",
  description: "Which way a relationship points, seen from the node asked about: OUTGOING, INCOMING, or BOTH.",
});
