import { Ctx, Query, Resolver } from "type-graphql";
import { fetchNeo4jComponent } from "../../repositories/system.repository";
import { SIMPUL_VERSION } from "../../version";
import type { Context } from "../context";
import { ServerInfo } from "./server-info.type";

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  @Query(() => ServerInfo, { description: "Simpul's version and the Neo4j version and edition it talks to." })
  async serverInfo(@Ctx() { db }: Context): Promise<ServerInfo> {
    const component = await fetchNeo4jComponent(db);
    return {
      version: SIMPUL_VERSION,
      neo4j: { version: component.version, edition: component.edition, database: db.name },
    };
  }
}
