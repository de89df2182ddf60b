// Lookups the read API filters on.
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX linkage_type IF NOT EXISTS FOR ()-[r:LINKED]-() ON (r.type);
CREATE INDEX participation_role IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.role);
CREATE INDEX observation_kind IF NOT EXISTS FOR (n:Observation) ON (n.kind);
// Each request that presents an API key finds it by its hash.
CREATE INDEX api_key_hash IF NOT EXISTS FOR (n:ApiKey) ON (n.hash);
// Case-insensitive name search goes through toLower(); a text index serves CONTAINS on names.
CREATE TEXT INDEX actor_name_text IF NOT EXISTS FOR (n:Actor) ON (n.nameLower);
CREATE POINT INDEX actor_location IF NOT EXISTS FOR (n:Actor) ON (n.location);
// An admin reads the changes of one record by its id.
CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.targetId);
// Partner suggestions find the sentra of the same product by its lowercased product.
CREATE INDEX sentra_product_key IF NOT EXISTS FOR (n:Sentra) ON (n.productKey);
// Partner suggestions find the sentra of the same KBLI 2020 code (productKey serves those without one).
CREATE INDEX sentra_kbli IF NOT EXISTS FOR (n:Sentra) ON (n.kbli);
