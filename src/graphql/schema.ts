import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth/auth-checker";
import { findNodeTypes, findResolvers } from "./resolvers";

/** Builds the executable schema from the type-graphql classes; `@Authorized(role)` goes through authChecker. */
export async function buildSimpulSchema(): Promise<GraphQLSchema> {
  const orphanedTypes = (await findNodeTypes()) as unknown as Parameters<typeof buildSchema>[0]["orphanedTypes"];
  return buildSchema({ resolvers: await findResolvers(), orphanedTypes, validate: false, emitSchemaFile: false, authChecker });
}
