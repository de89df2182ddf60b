import http from "node:http";
import type { HttpPolicy } from "../config";
import { StartupError } from "./startup-error";

/**
 * Claims the HTTP port before anything slow starts, so a taken port or a bad HOST is reported
 * at once instead of after Neo4j has booted. Until `serve` is called, every request gets 503.
 */
export async function bindHttp(host: string, port: number, policy: HttpPolicy): Promise<{ server: http.Server; serve(handler: http.RequestListener): void }> {
  const server = http.createServer({
    headersTimeout: policy.headersTimeoutMs,
    requestTimeout: policy.requestTimeoutMs,
    keepAliveTimeout: policy.keepAliveTimeoutMs,
    // Node checks the two timeouts above on this beat (30 s by default, which let slow clients stay far longer).
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(policy.headersTimeoutMs / 4))),
  });
  server.keepAliveTimeout = policy.keepAliveTimeoutMs;
  server.timeout = policy.idleTimeoutMs;
  server.maxConnections = policy.maxConnections;
  const starting: http.RequestListener = (_req, res) => {
    res.writeHead(503, { "content-type": "application/json", "retry-after": "5" });
    res.end(JSON.stringify({ status: "starting" }));
  };
  server.on("request", starting);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => reject(listenFailure(error, host, port)));
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    serve(handler) {
      server.off("request", starting);
      server.on("request", handler);
    },
  };
}

/** What went wrong when listening, as the setting a person should change. */
export function listenFailure(error: NodeJS.ErrnoException, host: string, port: number): Error {
  switch (error.code) {
    case "EADDRINUSE":
      return new StartupError("PORT", `${port} is already in use on ${host}: stop the other process or choose another PORT`);
    case "EACCES":
      return new StartupError("PORT", `${port} needs more privileges than this process has on ${host}: choose a PORT above 1023`);
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new StartupError("HOST", `"${host}" does not resolve to an address: use an IP address such as 127.0.0.1 or 0.0.0.0, or a known host name`);
    case "EADDRNOTAVAIL":
      return new StartupError("HOST", `"${host}" is not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its own addresses`);
    default:
      return error;
  }
}
