import type { ApolloServer } from "@apollo/server";
import type { Database } from "../src/db/neo4j";
import { createContext, type Context } from "../src/graphql/context";
import { silentLogger } from "../src/logger";
import { percentile } from "./stats";

/**
 * Today's seed benchmark (`--scale seed`): typical read requests over the research seed, sent
 * straight to Apollo in process (HTTP does not enter the timings), with the median and 95th
 * percentile of each and the Cypher statements it sends.
 */
export const SEED_REQUESTS: Record<string, string> = {
  "regency walk (sentra, members, linkages, partners)": `{
    regions(level: REGENCY, first: 20) {
      edges { node { name sentra(first: 10) { edges { node { name
        members(first: 50) { edges { role node { name
          linkages(first: 20) { edges { node { type intensity partner { name } } } } } } } } } } } }
    }
  }`,
  "actor search by name": `{ actors(filter: { nameContains: "jaya" }) { totalCount edges { node { id name kind } } } }`,
  "node neighbours": `{ node(id: "sentra-tegal-metal-engineering") { neighbours(first: 100) { totalCount edges { relationship node { id } } } } }`,
  "sentra analysis (Tegal: value chain, cooperation, survey tables, verdict)": `{
    sentraAnalysis(id: "sentra-tegal-metal-engineering") {
      valueChain { completeness missingStages stages { stage status coreMembersReached } }
      cooperation { horizontal { metrics { density weightedDensity components { count largestShare } brokers { id betweenness } } coverage { noData } } }
      survey { cooperation { question answered yes no passive active proactive } indicatorDisplaySum }
      verdict { stage dynamic reasons criteria { id measured threshold passed } sevenSteps { nextStep { id } } }
    }
  }`,
  "every sentra analysed in one request (verdict only)": `{ sentraList(first: 100) { edges { node { name analysis { verdict { stage } } } } } }`,
  "ranking by stored completeness": `{ sentraRanking(metric: completeness, first: 20) { totalCount edges { value stage node { name } } } }`,
  "finance partners for Tegal's firms": `{ sentra(id: "sentra-tegal-metal-engineering") { partners(need: FINANCE) { lacking(first: 50) { totalCount edges { node { memberId suggestions { candidateId score } } } } } } }`,
  "communities of Kabupaten Tegal (Louvain)": `{ regionCommunities(regionId: "region-tegal") { modularity communities(first: 20) { edges { node { size undesignated } } } } }`,
  "drawable network of Ceper": `{ sentra(id: "sentra-ceper-metal-casting") { network(depth: 2) { totalNodes nodes { id kind stage } edges { fromId toId type intensity } } } }`,
};
export async function measureSeedRequest(name: string, query: string, apollo: ApolloServer<Context>, db: Database, iterations: number): Promise<string> {
  const timings: number[] = [];
  let queries = 0;
  for (let i = 0; i < iterations + 5; i += 1) {
    const contextValue = createContext(db, silentLogger);
    const started = process.hrtime.bigint();
    const response = await apollo.executeOperation({ query }, { contextValue });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.body.kind === "single" && response.body.singleResult.errors) throw new Error(JSON.stringify(response.body.singleResult.errors));
    if (i >= 5) timings.push(elapsed); // the first runs warm up the JVM and the plan cache
    queries = contextValue.queryCount;
  }
  const at = (q: number) => percentile(timings, q).toFixed(1);
  return `${name}: median ${at(0.5)} ms, p95 ${at(0.95)} ms, ${queries} Cypher statements per request (${iterations} runs)`;
}
