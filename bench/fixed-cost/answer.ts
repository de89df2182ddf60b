import http from "node:http";

/** One HTTP answer as it came over the wire: status, headers in order and with their case, body. */
export interface RecordedAnswer {
  status: number;
  /** Name and value pairs, in the order sent. */
  headers: [string, string][];
  body: string;
}

/** Headers Node's HTTP server writes itself (the clock, the connection, the length of a body given whole to `end`). */
export const HEADERS_NODE_WRITES = new Set(["date", "connection", "keep-alive", "content-length"]);

/** Posts a GraphQL request once, on a fresh keep-alive connection, and records the answer. */
export function recordAnswer(url: string, request: { query: string }): Promise<RecordedAnswer> {
  const body = Buffer.from(JSON.stringify(request));
  const agent = new http.Agent({ keepAlive: true });
  return new Promise<RecordedAnswer>((resolve, reject) => {
    const req = http.request(url, { agent, method: "POST", headers: { "content-type": "application/json", "content-length": body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString() });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  }).finally(() => agent.destroy());
}

/** What differs between two answers, ignoring the Date header's value; empty when they are the same bytes otherwise. */
export function differences(a: RecordedAnswer, b: RecordedAnswer): string[] {
  const line = ([name, value]: [string, string]) => (name.toLowerCase() === "date" ? `${name}: <date>` : `${name}: ${value}`);
  const out: string[] = [];
  if (a.status !== b.status) out.push(`status ${a.status} against ${b.status}`);
  const left = a.headers.map(line).join("\n");
  const right = b.headers.map(line).join("\n");
  if (left !== right) out.push(`headers\n${left}\nagainst\n${right}`);
  if (a.body !== b.body) out.push(`body ${a.body} against ${b.body}`);
  return out;
}
