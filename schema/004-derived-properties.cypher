// Properties derived from others, which every write keeps current; set here for a graph written
// before they existed (or by an older Simpul), so indexes above can serve them. Cheap when
// nothing is missing: one read of each sentra, no write.
MATCH (s:Sentra) WHERE s.product IS NOT NULL AND (s.productKey IS NULL OR s.productKey <> toLower(s.product)) SET s.productKey = toLower(s.product);
