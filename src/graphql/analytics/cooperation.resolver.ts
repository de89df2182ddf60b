import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GraphMetrics as ComputedMetrics } from "../../domain/analytics/graph-metrics";
import type { ServedGraphMetrics } from "../../domain/analytics/stored-analysis";
import type { Context } from "../context";
import { analyticsData } from "./analytics.data";
import { Broker, GraphMetrics } from "./cooperation.type";

@Resolver(() => GraphMetrics)
export class GraphMetricsResolver {
  /**
   * Brokers are never stored: Brandes on every measured graph would make each write to a rich
   * sentra much slower. Metrics computed now hold them (computed on first read); stored metrics
   * name their graph, whose sentra is then analysed now.
   */
  @FieldResolver(() => [Broker], { description: "Nodes with betweenness above 0, highest first (computed when asked for)." })
  brokers(@Root() metrics: ComputedMetrics | ServedGraphMetrics, @Ctx() { data }: Context) {
    return "brokersOf" in metrics ? data.of(analyticsData).brokers(metrics.brokersOf) : metrics.brokers;
  }
}
