import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "The Neo4j server behind this API, as it reports itself." })
export class Neo4jInfo {
  @Field({ description: "Kernel version, for example 5.26.30." })
  version!: string;

  @Field({ description: "community or enterprise." })
  edition!: string;

  @Field({ description: "The database Simpul reads and writes." })
  database!: string;
}

@ObjectType({ description: "What this Simpul server is and which Neo4j it answers from." })
export class ServerInfo {
  @Field({ description: "Simpul's version." })
  version!: string;

  @Field(() => Neo4jInfo, { description: "The Neo4j server answering this request." })
  neo4j!: Neo4jInfo;
}
