import http from "node:http";
import { HEADERS_NODE_WRITES, type RecordedAnswer } from "./answer";

/**
 * A bare `node:http` server answering every request with the answer in FIXED_COST_ANSWER (JSON
 * of a RecordedAnswer, Simpul's own answer to `{ __typename }`): the same status, headers and
 * body, Node adding Date, Connection, Keep-Alive and Content-Length as it does for Simpul. It
 * reads the request body first, as any server must on a kept-alive connection. The floor of
 * what a Node HTTP answer costs on this machine.
 */
const answer = JSON.parse(process.env.FIXED_COST_ANSWER ?? "") as RecordedAnswer;
const own = answer.headers.filter(([name]) => !HEADERS_NODE_WRITES.has(name.toLowerCase()));
const keepAlive = answer.headers.find(([name]) => name.toLowerCase() === "keep-alive")?.[1] ?? "";
const keepAliveSeconds = Number(/timeout=(\d+)/.exec(keepAlive)?.[1] ?? 5);

const server = http.createServer({ keepAliveTimeout: keepAliveSeconds * 1000 }, (req, res) => {
  req.on("data", () => {});
  req.on("end", () => {
    res.statusCode = answer.status;
    for (const [name, value] of own) res.setHeader(name, value);
    res.end(answer.body);
  });
});
server.keepAliveTimeout = keepAliveSeconds * 1000;
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`ready at http://127.0.0.1:${port}/graphql\n`);
});
process.on("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
