import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import type { ApolloServer } from "@apollo/server";
import { DEFAULT_NEO4J_POLICY } from "../src/config";
import { Database } from "../src/db/neo4j";
import { createContext, type Context } from "../src/graphql/context";
import { silentLogger } from "../src/logger";
import { sumDbHits, type PlanNode } from "./stats";

/** One Cypher statement a request sent: its text, its parameters, and when it ran. */
export interface TracedStatement {
  cypher: string;
  params: Record<string, unknown>;
  startMs: number;
  endMs: number;
}

/** What one GraphQL request did in Neo4j: its statements in order, grouped into waves. */
export interface Trace {
  statements: TracedStatement[];
  /**
   * Statements the API had in flight together (DataLoader batches of one tick): a statement
   * starts a new wave when it began after one of the current wave's statements had ended.
   */
  waves: TracedStatement[][];
  /** The API's own count of statements for the request (context.queryCount). */
  queryCount: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * A driver that behaves like `driver` and writes down every statement run through a managed
 * transaction (the only way src/db/neo4j.ts sends Cypher for requests), with its parameters.
 */
export function recordingDriver(driver: Driver, sink: TracedStatement[]): Driver {
  const wrapTx = (tx: ManagedTransaction) =>
    ({
      run: async (cypher: string, params: Record<string, unknown> = {}) => {
        const statement: TracedStatement = { cypher, params, startMs: now(), endMs: Number.NaN };
        sink.push(statement);
        try {
          return await tx.run(cypher, params);
        } finally {
          statement.endMs = now();
        }
      },
    }) as unknown as ManagedTransaction;
  const wrapSession = (session: Session) =>
    new Proxy(session, {
      get(target, property) {
        if (property === "executeRead" || property === "executeWrite") {
          return (work: (tx: ManagedTransaction) => Promise<unknown>, config?: unknown) =>
            (target[property] as (w: (tx: ManagedTransaction) => Promise<unknown>, c?: unknown) => Promise<unknown>).call(
              target,
              (tx) => work(wrapTx(tx)),
              config,
            );
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property) {
      if (property === "session") return (config: Parameters<Driver["session"]>[0]) => wrapSession(target.session(config));
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Groups statements into the waves the API ran them in (see Trace.waves). */
export function wavesOf(statements: readonly TracedStatement[]): TracedStatement[][] {
  const sorted = [...statements].sort((a, b) => a.startMs - b.startMs);
  const waves: TracedStatement[][] = [];
  let firstEnd = Number.POSITIVE_INFINITY;
  for (const statement of sorted) {
    if (waves.length === 0 || statement.startMs >= firstEnd) {
      waves.push([statement]);
      firstEnd = statement.endMs;
    } else {
      waves[waves.length - 1].push(statement);
      firstEnd = Math.min(firstEnd, statement.endMs);
    }
  }
  return waves;
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Runs a request in process, through the app's own Apollo and resolvers, on a recording driver:
 * the statements it sends (for the bare-driver replay and PROFILE) and the API's statement count.
 */
export async function traceRequest(apollo: ApolloServer<Context>, driver: Driver, database: string, request: GraphqlRequest): Promise<Trace> {
  const statements: TracedStatement[] = [];
  const db = new Database(recordingDriver(driver, statements), database, DEFAULT_NEO4J_POLICY);
  const contextValue = createContext(db, silentLogger);
  const response = await apollo.executeOperation(request, { contextValue });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  if (response.body.singleResult.errors) throw new Error(`request failed: ${JSON.stringify(response.body.singleResult.errors)}`);
  return { statements, waves: wavesOf(statements), queryCount: contextValue.queryCount };
}

/**
 * The same work through the bare driver: each wave's statements together, each in its own read
 * transaction (as the API runs them), every record fetched; nothing else.
 */
export async function replay(driver: Driver, database: string, trace: Trace): Promise<void> {
  for (const wave of trace.waves) {
    await Promise.all(
      wave.map(async (statement) => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          await session.executeRead((tx) => tx.run(statement.cypher, statement.params));
        } finally {
          await session.close();
        }
      }),
    );
  }
}

export interface ProfiledStatement {
  cypher: string;
  dbHits: number;
  rows: number;
  plan: PlanNode;
}

/** PROFILEs a statement with its parameters: the plan tree and its database hits. */
export async function profileStatement(driver: Driver, database: string, cypher: string, params: Record<string, unknown>): Promise<ProfiledStatement> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, params));
    const plan = result.summary.profile as unknown as PlanNode | false;
    if (!plan) throw new Error(`no profile for: ${cypher.slice(0, 80)}`);
    const normalised = normalisePlan(plan);
    return { cypher, dbHits: sumDbHits(normalised), rows: result.records.length, plan: normalised };
  } finally {
    await session.close();
  }
}

// The driver's plan uses its own number types in places; keep plain numbers and the Details text.
function normalisePlan(plan: PlanNode): PlanNode {
  const details = plan.arguments?.Details;
  return {
    operatorType: plan.operatorType,
    dbHits: Number(plan.dbHits),
    rows: Number(plan.rows),
    arguments: details === undefined ? {} : { Details: String(details) },
    identifiers: plan.identifiers,
    children: plan.children.map(normalisePlan),
  };
}
