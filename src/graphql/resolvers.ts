import type { NonEmptyArray } from "type-graphql";
import { ServerInfoResolver } from "./system/server-info.resolver";

// Every resolver class the schema is built from.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [ServerInfoResolver];
