import { Ctx, Query, Resolver } from "type-graphql";
import { SIMPUL_VERSION } from "../../version";
import type { Context } from "../context";
import { ServerInfo } from "./server-info.type";
import { systemData } from "./system.data";

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  @Query(() => ServerInfo, { description: "Simpul's version and the Neo4j version and edition it talks to." })
  async serverInfo(@Ctx() { data }: Context): Promise<ServerInfo> {
    const { version, edition, database } = await data.of(systemData).neo4j();
    return { version: SIMPUL_VERSION, neo4j: { version, edition, database } };
  }
}
