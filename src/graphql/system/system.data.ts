import { fetchNeo4jComponent } from "../../repositories/system.repository";
import type { DataModule } from "../common/request-data";

export const systemData = ((db) => ({
  /** The Neo4j server and database this request talks to, as the server reports itself. */
  neo4j: async () => ({ ...(await fetchNeo4jComponent(db)), database: db.name }),
})) satisfies DataModule<unknown>;
