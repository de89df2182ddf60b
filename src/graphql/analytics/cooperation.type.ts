import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { LinkageType, SurveyQuestion } from "../../domain/vocabulary";
import type { Text } from "../../i18n/message";
import { LinkageTypeEnum, SurveyQuestionEnum } from "../common/enums";
import { TextScalar } from "../common/text.scalar";

@ObjectType({ description: "An actor through which many shortest paths between others run: a broker of the network." })
export class Broker {
  @Field(() => ID, { description: "The actor's id." })
  id!: string;

  @Field(() => Float, { description: "Normalised betweenness centrality: the share of shortest paths between other pairs passing through it." })
  betweenness!: number;
}

@ObjectType({ description: "Connected components of the cooperation graph." })
export class Components {
  @Field(() => Int, { description: "How many components (an isolate is one)." })
  count!: number;

  @Field(() => Int, { description: "Size of the largest component." })
  largestSize!: number;

  @Field(() => Float, { nullable: true, description: "Largest component / nodes." })
  largestShare!: number | null;
}

@ObjectType({ description: "Network metrics of an undirected graph: parallel ties between one pair count once, at the strongest intensity." })
export class GraphMetrics {
  @Field(() => Int, { description: "Nodes measured." })
  nodeCount!: number;

  @Field(() => Int, { description: "Distinct tied pairs." })
  edgeCount!: number;

  @Field(() => Int, { description: "Ties given, before merging parallel ties." })
  tiesGiven!: number;

  @Field(() => Int, { description: "Ties dropped: a self-tie, or an end outside the node set." })
  tiesIgnored!: number;

  @Field(() => Float, { nullable: true, description: "2m / (n(n-1)); null with fewer than two nodes." })
  density!: number | null;

  @Field(() => Float, { nullable: true, description: "Sum of pair weights (passive 1, active 2, proactive 3) / (3 x possible pairs)." })
  weightedDensity!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of nodes with at least one tie." })
  tiedShare!: number | null;

  @Field(() => Float, { nullable: true, description: "Average degree." })
  averageDegree!: number | null;

  @Field(() => Float, { description: "Freeman degree centralization: sum(maxdeg - deg_i) / ((n-1)(n-2)); 0 when n < 3." })
  degreeCentralization!: number;

  @Field(() => Components, { description: "Connected components." })
  components!: Components;

  @Field(() => [ID], { description: "Ids of nodes with no tie." })
  isolates!: string[];

  // brokers: a field resolver (cooperation.resolver.ts), computed when asked for.
}

@ObjectType({ description: "Who a cooperation figure rests on, so that missing data is not mistaken for a weak cluster." })
export class CooperationCoverage {
  @Field(() => Int, { description: "Core members counted." })
  coreMembers!: number;

  @Field(() => Int, { description: "Core members that answered the relevant survey question(s) in the latest round." })
  answeredSurvey!: number;

  @Field(() => Int, { description: "Core members with neither a relevant tie nor an answer." })
  noData!: number;

  @Field(() => [ID], { description: "Their ids." })
  noDataIds!: string[];

  @Field(() => [SurveyQuestionEnum], { description: "The survey question(s) counted as relevant." })
  questions!: SurveyQuestion[];

  @Field(() => ID, { nullable: true, description: "The round they were read from; null without a survey." })
  roundId!: string | null;

  @Field(() => TextScalar, { description: "The same in words: who answered, and for whom a missing tie is no data rather than no linkage." })
  note!: Text;
}

@ObjectType({ description: "One measured cooperation graph: which nodes and ties, its metrics, and its coverage." })
export class CooperationMeasure {
  @Field(() => TextScalar, { description: "Which nodes and which ties were measured, in words." })
  scope!: Text;

  @Field(() => GraphMetrics, { description: "The metrics." })
  metrics!: GraphMetrics;

  @Field(() => CooperationCoverage, { description: "Who the figures rest on." })
  coverage!: CooperationCoverage;
}

@ObjectType({ description: "Cooperation over one linkage type." })
export class LinkageTypeCooperation extends CooperationMeasure {
  @Field(() => LinkageTypeEnum, { description: "The linkage type." })
  type!: LinkageType;
}

@ObjectType({ description: "How dense and how active cooperation is in a sentra, with coverage beside every figure." })
export class CooperationDensity {
  @Field(() => CooperationMeasure, { description: "Horizontal cooperation among core members only." })
  horizontal!: CooperationMeasure;

  @Field(() => CooperationMeasure, { description: "Every linkage type together, over every actor of the sentra's network." })
  wholeNetwork!: CooperationMeasure;

  @Field(() => [LinkageTypeCooperation], { description: "One per linkage type (eight): core members plus the actors at the other end." })
  byLinkageType!: LinkageTypeCooperation[];
}
