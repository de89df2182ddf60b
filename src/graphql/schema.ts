import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { findResolvers } from "./resolvers";

/** Builds the executable schema from the type-graphql classes. */
export async function buildSimpulSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: await findResolvers(), validate: false, emitSchemaFile: false });
}
