import { msg, type Text } from "../../i18n/message";
import { LINKAGE_TYPES, LINKAGES_BY_QUESTION, SURVEY_QUESTIONS, type LinkageType, type SurveyQuestion } from "../vocabulary";
import { graphMetrics, type GraphMetrics } from "./graph-metrics";
import type { NetworkTie, SentraNetwork } from "./network";
import { answeredBy, coreMemberIds, latestRound, sentraTies } from "./network-views";

/** Who the figures rest on: an analyst must tell "no tie" from "no data". */
export interface CooperationCoverage {
  coreMembers: number;
  /** Core members that answered the relevant survey question(s) in the latest round. */
  answeredSurvey: number;
  /** Core members with neither a tie of the relevant type(s) nor an answer to the relevant question(s). */
  noData: number;
  noDataIds: string[];
  /** The question(s) counted as relevant, and the round they were read from. */
  questions: SurveyQuestion[];
  roundId: string | null;
  /** The same in words: who answered, and whose missing tie is no data rather than no linkage. */
  note: Text;
}

export interface CooperationMeasure {
  /** Which nodes and which ties were measured, in words. */
  scope: Text;
  metrics: GraphMetrics;
  coverage: CooperationCoverage;
}

export interface CooperationDensity {
  sentraId: string;
  /** (a) Horizontal cooperation among core members only. */
  horizontal: CooperationMeasure;
  /** (b) Every linkage type together, over every actor of the network. */
  wholeNetwork: CooperationMeasure;
  /** (c) One per linkage type: core members plus the actors at the other end of ties of that type. */
  byLinkageType: Array<CooperationMeasure & { type: LinkageType }>;
}

const QUESTION_OF_TYPE = new Map<LinkageType, SurveyQuestion>(SURVEY_QUESTIONS.flatMap((q) => LINKAGES_BY_QUESTION[q].map((t) => [t, q] as const)));

/** Density, connectedness and brokers of the sentra's cooperation, each with its coverage. */
export function cooperationDensity(network: SentraNetwork): CooperationDensity {
  const core = [...coreMemberIds(network)];
  const ties = sentraTies(network);
  const horizontalTies = ties.filter((t) => t.type === "HORIZONTAL_COOPERATION");
  return {
    sentraId: network.sentra.id,
    horizontal: measure(network, {
      scope: msg("cooperation.scope.horizontal"),
      nodeIds: core,
      ties: horizontalTies,
      types: ["HORIZONTAL_COOPERATION"],
    }),
    wholeNetwork: measure(network, {
      scope: msg("cooperation.scope.wholeNetwork"),
      nodeIds: network.actors.map((a) => a.id),
      ties,
      types: [...LINKAGE_TYPES],
    }),
    byLinkageType: LINKAGE_TYPES.map((type) => {
      const ofType = ties.filter((t) => t.type === type);
      const partners = type === "HORIZONTAL_COOPERATION" ? [] : ofType.flatMap((t) => [t.fromId, t.toId]);
      return {
        type,
        ...measure(network, {
          scope: msg("cooperation.scope.byType", { type: msg(`cooperation.linkageType.${type}`) }),
          nodeIds: [...new Set([...core, ...partners])],
          ties: ofType,
          types: [type],
        }),
      };
    }),
  };
}

interface MeasureSpec {
  scope: Text;
  nodeIds: string[];
  ties: NetworkTie[];
  types: LinkageType[];
}

function measure(network: SentraNetwork, spec: MeasureSpec): CooperationMeasure {
  return { scope: spec.scope, metrics: graphMetrics({ nodeIds: spec.nodeIds, edges: spec.ties }), coverage: coverage(network, spec) };
}

function coverage(network: SentraNetwork, spec: MeasureSpec): CooperationCoverage {
  const core = coreMemberIds(network);
  const round = latestRound(network);
  const questions = [...new Set(spec.types.map((t) => QUESTION_OF_TYPE.get(t)!))];
  const answered = answeredBy(round, questions);
  const tied = new Set(spec.ties.flatMap((t) => [t.fromId, t.toId]));
  const noDataIds = [...core].filter((id) => !tied.has(id) && !answered.has(id)).sort();
  const answeredSurvey = [...core].filter((id) => answered.has(id)).length;
  return {
    coreMembers: core.size,
    answeredSurvey,
    noData: noDataIds.length,
    noDataIds,
    questions,
    roundId: round?.roundId ?? null,
    note: coverageNote({ coreMembers: core.size, answered: answeredSurvey, noData: noDataIds.length, questions, round: round?.name ?? null }),
  };
}

function coverageNote(c: { coreMembers: number; answered: number; noData: number; questions: SurveyQuestion[]; round: string | null }): Text {
  if (c.coreMembers === 0) return msg("cooperation.coverage.noCore");
  if (c.round === null)
    return msg(c.noData > 0 ? "cooperation.coverage.noSurvey" : "cooperation.coverage.noSurveyAll", { coreMembers: c.coreMembers, noData: c.noData });
  const questions = c.questions.map((q) => msg(`cooperation.question.${q}`));
  return msg(c.noData > 0 ? "cooperation.coverage.note" : "cooperation.coverage.noteAll", {
    answered: c.answered,
    coreMembers: c.coreMembers,
    noData: c.noData,
    questions,
    round: c.round,
  });
}
