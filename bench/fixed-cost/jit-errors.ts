import type { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../../src/db/neo4j";
import { createApollo } from "../../src/graphql/apollo";
import { createContext, type Context } from "../../src/graphql/context";
import { withLanguage } from "../../src/i18n/language";
import { silentLogger, type Logger } from "../../src/logger";
import type { GraphqlRequest } from "../trace";
import { createJitApollo } from "./jit-executor";

/**
 * Refusals and errors that Simpul's tests check: answered by Apollo with either executor, any
 * difference is a test that would fail with jit.
 */
const ERROR_REQUESTS: Record<string, GraphqlRequest> = {
  "ADMIN field without a key (@Authorized)": { query: "{ apiKeys { id } }" },
  "required variable missing": { query: "query ($id: ID!) { sentraAnalysis(id: $id) { valueChain { completeness } } }" },
  "variable of the wrong type": {
    query: "query ($first: Int) { sentraRanking(metric: completeness, first: $first) { totalCount } }",
    variables: { first: "ten" },
  },
  "unknown enum value in a variable": { query: "query ($m: HeadlineMetric!) { sentraRanking(metric: $m, first: 1) { totalCount } }", variables: { m: "NOPE" } },
  "page size out of range": { query: "{ sentraRanking(metric: completeness, first: -5) { totalCount } }" },
  "unknown sentra": { query: '{ sentraAnalysis(id: "no-such-sentra") { verdict { stage reasons } } }' },
};

/** The same JSON whatever the order of keys (jit writes `data` before `errors`, graphql-js after). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** A logger that keeps what the error formatter logs as an internal error: why an answer was masked. */
function recordingLogger(lines: string[]): Logger {
  return {
    ...silentLogger,
    error(message, fields) {
      const error = fields?.error;
      lines.push(`${message}: ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`.slice(0, 300));
    },
  };
}

/** In English and Indonesian (the formatter reads the language from the request's asynchronous context). */
export async function compareErrorAnswers(schema: GraphQLSchema, db: Database): Promise<string[]> {
  const logged = { graphqlJs: [] as string[], jit: [] as string[] };
  const graphqlJs = await createApollo(recordingLogger(logged.graphqlJs), [], true);
  const jit = createJitApollo(schema, recordingLogger(logged.jit));
  await Promise.all([graphqlJs.start(), jit.start()]);
  const differences: string[] = [];
  let sameButOrder = 0;
  try {
    for (const lang of ["en", "id"] as const) {
      for (const [name, request] of Object.entries(ERROR_REQUESTS)) {
        const answer = (server: ApolloServer<Context>, log: string[]) =>
          withLanguage(lang, async () => {
            log.length = 0;
            const response = await server.executeOperation(request, { contextValue: createContext(db, silentLogger) });
            return { status: response.http.status ?? 200, body: response.body, logged: [...log] };
          });
        // Once untimed first: a cold plan on a busy machine can meet the transaction timeout on the first executor only.
        await answer(graphqlJs, logged.graphqlJs);
        const [a, b] = [await answer(graphqlJs, logged.graphqlJs), await answer(jit, logged.jit)];
        if (canonical(a) !== canonical(b)) {
          const said = (x: typeof a) => `${x.status} ${canonical(x.body).slice(0, 300)}${x.logged.length ? ` (logged: ${x.logged.join("; ")})` : ""}`;
          differences.push(`${name} (${lang}): graphql-js ${said(a)} | jit ${said(b)}`);
        } else if (JSON.stringify(a) !== JSON.stringify(b)) sameButOrder += 1;
      }
    }
  } finally {
    await Promise.all([graphqlJs.stop(), jit.stop()]);
  }
  if (sameButOrder > 0) differences.push(`${sameButOrder} more answers are the same but for the order of their keys ("data" first with jit)`);
  return differences;
}
