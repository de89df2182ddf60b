import { registerEnumType } from "type-graphql";
import { CLUSTER_STAGES, CRITERION_GROUPS } from "../../domain/analytics/criteria";
import { SEVEN_STEPS } from "../../domain/analytics/seven-steps";
import { PARTNER_NEEDS } from "../../domain/analytics/partner-needs";
import { PARTNER_REASON_CODES } from "../../domain/analytics/partners";
import { VALUE_CHAIN_STAGES } from "../../domain/analytics/stages";
import { enumOf } from "../common/enums";

export const ValueChainStageEnum = enumOf(VALUE_CHAIN_STAGES);
export const StageStatusEnum = enumOf(["LINKED", "UNLINKED", "MISSING"] as const);
export const ClusterStageEnum = enumOf(CLUSTER_STAGES);
export const CriterionGroupEnum = enumOf(CRITERION_GROUPS);
export const ComparisonEnum = enumOf(["AT_LEAST", "AT_MOST"] as const);
export const SevenStepEnum = enumOf(SEVEN_STEPS);

registerEnumType(ValueChainStageEnum, {
  name: "ValueChainStage",
  description:
    "A stage of a sentra's value chain: raw-material, auxiliary-material and equipment supply, core production, supporting and related industry, trade and distribution, buyers, finance, technical assistance (LPT), economic assistance (PKE), promotion, certification, governance (FPK, FKAK). docs/analytics.md maps kinds, roles and linkage types to stages.",
});
registerEnumType(StageStatusEnum, {
  name: "StageStatus",
  description:
    "LINKED: present and linked to a core member. UNLINKED: present but linked to no core member (the research's institutions outside the sentra). MISSING: nobody in the network plays it.",
});
registerEnumType(ClusterStageEnum, {
  name: "ClusterStage",
  description:
    "The ladder of cluster development (ADB 2001; the research's early stage; JICA's dynamics): EMBRYO, SENTRA, EARLY_CLUSTER, CLUSTER, DYNAMIC_CLUSTER.",
});
registerEnumType(CriterionGroupEnum, {
  name: "CriterionGroup",
  description: "What a cluster criterion tests: concentration, linkage, institutions, governance, dynamics.",
});
registerEnumType(ComparisonEnum, { name: "Comparison", description: "How a measured value meets its threshold: AT_LEAST or AT_MOST." });
registerEnumType(SevenStepEnum, {
  name: "SevenStepId",
  description:
    "The seven-step cluster development model: FPK, leading industry, supporting institutions mapped, FKAK, LPT agreement, PKE agreement, monitoring.",
});

export const PartnerNeedEnum = enumOf(PARTNER_NEEDS);
export const PartnerReasonCodeEnum = enumOf(PARTNER_REASON_CODES);
export const DistanceToEnum = enumOf(["MEMBER", "CENTROID"] as const);

registerEnumType(PartnerNeedEnum, {
  name: "PartnerNeed",
  description:
    "What a firm may need from a partner: finance, technical assistance (LPT), economic assistance (PKE), buyers, suppliers, promotion, certification.",
});
registerEnumType(PartnerReasonCodeEnum, {
  name: "PartnerReasonCode",
  description:
    "Why a partner is suggested: it already serves peers in this sentra, serves a sentra of the same product (KBLI code) elsewhere, its kind provides the need, and its distance (near, farther, or unknown).",
});
registerEnumType(DistanceToEnum, {
  name: "DistanceTo",
  description: "What a distance is measured to: the member itself, or the centre of the sentra's core firms.",
});
