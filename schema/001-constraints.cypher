// Every node Simpul stores has a stable, unique `id`; seeding MERGEs on it.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentra_id IF NOT EXISTS FOR (n:Sentra) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT forum_id IF NOT EXISTS FOR (n:Forum) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT monitoring_id IF NOT EXISTS FOR (n:MonitoringRecord) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT survey_round_id IF NOT EXISTS FOR (n:SurveyRound) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT observation_id IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:SentraStatistic) REQUIRE n.id IS UNIQUE;
// API keys are Simpul's own records, not graph data (no Node label).
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT linkage_id IF NOT EXISTS FOR ()-[r:LINKED]-() REQUIRE r.id IS UNIQUE;
// Change records (the audit trail) are Simpul's own records too.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
// Each sentra's stored analysis (derived, keyed by the sentra's id) is one too; served by this id.
CREATE CONSTRAINT sentra_analysis_id IF NOT EXISTS FOR (n:SentraAnalysis) REQUIRE n.id IS UNIQUE;
