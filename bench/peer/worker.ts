import { parentPort, Worker, workerData } from "node:worker_threads";
import path from "node:path";
import { createDriver } from "../../src/db/neo4j";
import { servePeer, startPeerApollo } from "./server";

/**
 * The peer served from a worker thread of the bench process: its own event loop, as Simpul's API
 * has its own process, so neither shares a thread with the load generator; its own driver with
 * Simpul's driver settings (src/db/neo4j.ts) on the same database.
 */
interface PeerWorkerData {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface PeerWorker {
  url: string;
  stop(): Promise<void>;
}

export async function startPeerWorker(options: PeerWorkerData): Promise<PeerWorker> {
  const worker = new Worker(path.join(__dirname, "worker.js"), { workerData: options });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once("message", (message: { url: string }) => resolve(message.url));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the peer's worker exited with code ${code} before serving`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.postMessage("stop");
      await exited;
    },
  };
}

async function serve({ uri, user, password, database }: PeerWorkerData) {
  const driver = createDriver({ uri, user, password });
  const apollo = await startPeerApollo(driver);
  const server = await servePeer(apollo, database);
  parentPort!.on("message", () => {
    void (async () => {
      await server.close();
      await apollo.stop();
      await driver.close();
      parentPort!.close();
    })();
  });
  parentPort!.postMessage({ url: server.url });
}

if (parentPort && workerData) void serve(workerData as PeerWorkerData);
