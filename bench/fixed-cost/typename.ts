import path from "node:path";
import { graphqlClient, runLoadsInterleaved, type LoadOptions } from "../load";
import type { LatencySummary } from "../stats";
import { differences, recordAnswer } from "./answer";
import { startChildServer, type ChildServer } from "./child-server";

const TYPENAME = { query: "{ __typename }" };

/** `{ __typename }` at the same concurrency against Simpul, a bare node:http server and Apollo's standalone integration. */
export interface FixedCostResult {
  concurrency: number;
  simpul: LatencySummary;
  bare: LatencySummary;
  standalone: LatencySummary;
  /** Simpul's throughput over the other server's (1 is as fast; issue 22 aims at 0.7 of the bare server). */
  simpulOverBare: number;
  simpulOverStandalone: number;
}

/**
 * Starts the bare server (answering the bytes Simpul answered, checked before timing) and the
 * standalone Apollo, each in its own process like the API, then times the three in turns
 * (runLoadsInterleaved) with the same client.
 */
export async function measureFixedCost(simpulUrl: string, load: LoadOptions): Promise<FixedCostResult> {
  const simpulAnswer = await recordAnswer(simpulUrl, TYPENAME);
  if (simpulAnswer.status !== 200) throw new Error(`Simpul answered { __typename } with ${simpulAnswer.status}: ${simpulAnswer.body}`);
  const servers: ChildServer[] = [];
  try {
    const bare = await startChildServer(path.join(__dirname, "bare-server.js"), { FIXED_COST_ANSWER: JSON.stringify(simpulAnswer) });
    servers.push(bare);
    const mismatch = differences(simpulAnswer, await recordAnswer(bare.url, TYPENAME));
    if (mismatch.length > 0) throw new Error(`the bare server does not answer Simpul's bytes:\n${mismatch.join("\n")}`);
    const standalone = await startChildServer(path.join(__dirname, "standalone-server.js"));
    servers.push(standalone);

    const clients = {
      simpul: graphqlClient(simpulUrl, [TYPENAME], load.concurrency),
      bare: graphqlClient(bare.url, [TYPENAME], load.concurrency),
      standalone: graphqlClient(standalone.url, [TYPENAME], load.concurrency),
    };
    try {
      const measured = await runLoadsInterleaved({ simpul: clients.simpul.send, bare: clients.bare.send, standalone: clients.standalone.send }, load);
      return {
        concurrency: load.concurrency,
        ...measured,
        simpulOverBare: measured.simpul.throughput / measured.bare.throughput,
        simpulOverStandalone: measured.simpul.throughput / measured.standalone.throughput,
      };
    } finally {
      for (const client of Object.values(clients)) client.close();
    }
  } finally {
    for (const server of servers) await server.stop();
  }
}
