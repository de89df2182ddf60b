import http from "node:http";
import net from "node:net";

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** Writes `text` on a fresh TCP connection and returns all the server sent back until it closed. */
export function rawExchange(url: string, text: string, timeoutMs = 5_000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(text));
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within ${timeoutMs} ms; received ${JSON.stringify(received.slice(0, 200))}`));
    }, timeoutMs);
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

/** One request through `agent` (so a keep-alive agent reuses its connection); `body` chunks are written one by one. */
export function agentRequest(agent: http.Agent, url: string, method: string, headers: http.OutgoingHttpHeaders, body: Buffer[] = []): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    for (const chunk of body) req.write(chunk);
    req.end();
  });
}
