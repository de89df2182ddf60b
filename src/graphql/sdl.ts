import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

const HEADER = "# Generated from the type-graphql classes by `npm run emit-schema`. Do not edit by hand.\n\n";

/** The committed SDL text of a schema: sorted, so that diffs show only real changes. */
export function renderSdl(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
