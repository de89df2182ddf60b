// Stored headline metrics of each sentra (src/domain/analytics/headline.ts), for index-ordered ranking.
CREATE INDEX sentra_metric_stage IF NOT EXISTS FOR (n:Sentra) ON (n.metric_stage);
CREATE INDEX sentra_metric_stage_rank IF NOT EXISTS FOR (n:Sentra) ON (n.metric_stageRank);
CREATE INDEX sentra_metric_highest_possible_stage_rank IF NOT EXISTS FOR (n:Sentra) ON (n.metric_highestPossibleStageRank);
CREATE INDEX sentra_metric_lowest_possible_stage_rank IF NOT EXISTS FOR (n:Sentra) ON (n.metric_lowestPossibleStageRank);
CREATE INDEX sentra_metric_verdict_complete IF NOT EXISTS FOR (n:Sentra) ON (n.metric_verdictComplete);
CREATE INDEX sentra_metric_completeness IF NOT EXISTS FOR (n:Sentra) ON (n.metric_completeness);
CREATE INDEX sentra_metric_core_members IF NOT EXISTS FOR (n:Sentra) ON (n.metric_coreMembers);
CREATE INDEX sentra_metric_horizontal_density IF NOT EXISTS FOR (n:Sentra) ON (n.metric_horizontalDensity);
CREATE INDEX sentra_metric_horizontal_weighted_density IF NOT EXISTS FOR (n:Sentra) ON (n.metric_horizontalWeightedDensity);
CREATE INDEX sentra_metric_horizontal_tied_share IF NOT EXISTS FOR (n:Sentra) ON (n.metric_horizontalTiedShare);
CREATE INDEX sentra_metric_horizontal_largest_component IF NOT EXISTS FOR (n:Sentra) ON (n.metric_horizontalLargestComponentShare);
CREATE INDEX sentra_metric_network_density IF NOT EXISTS FOR (n:Sentra) ON (n.metric_networkDensity);
CREATE INDEX sentra_metric_network_weighted_density IF NOT EXISTS FOR (n:Sentra) ON (n.metric_networkWeightedDensity);
CREATE INDEX sentra_metric_passed_criteria IF NOT EXISTS FOR (n:Sentra) ON (n.metric_passedCriteria);
CREATE INDEX sentra_metric_indicator_sum IF NOT EXISTS FOR (n:Sentra) ON (n.metric_indicatorDisplaySum);
// A sentra's own ties are found by their sentraId.
CREATE INDEX linkage_sentra IF NOT EXISTS FOR ()-[r:LINKED]-() ON (r.sentraId);
