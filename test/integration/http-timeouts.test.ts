import net from "node:net";
import { startTestApi, type TestApi } from "../support/app";

/*
 * Slow and idle clients over raw sockets: each is closed by the server within its configured time
 * (the bound allowed here is generous, so a busy machine cannot fail it, yet far below what an
 * unbounded server would keep them: the whole test).
 */
const LIMITS = {
  HTTP_HEADERS_TIMEOUT_MS: "1000",
  HTTP_REQUEST_TIMEOUT_MS: "2000",
  HTTP_KEEP_ALIVE_TIMEOUT_MS: "500",
  HTTP_IDLE_TIMEOUT_MS: "4000",
  HTTP_MAX_CONNECTIONS: "3",
};
const CLOSED_WITHIN_MS = 10_000;

interface OpenSocket {
  socket: net.Socket;
  /** Everything the server sent, until it closed the connection. */
  received: () => string;
  /** Resolves with the time it stayed open when the server closes it; rejects after `ms`. */
  closedWithin: (ms: number) => Promise<number>;
}

function connect(url: string): Promise<OpenSocket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const opened = Date.now();
    let text = "";
    let closedAt: number | undefined;
    const waiting: Array<() => void> = [];
    const socket = net.connect(Number(port), hostname, () =>
      resolve({
        socket,
        received: () => text,
        closedWithin: (ms) =>
          new Promise((done, fail) => {
            if (closedAt !== undefined) return done(closedAt - opened);
            const timer = setTimeout(() => fail(new Error(`still open after ${ms} ms`)), ms);
            waiting.push(() => {
              clearTimeout(timer);
              done((closedAt ?? Date.now()) - opened);
            });
          }),
      }),
    );
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      closedAt = Date.now();
      for (const wake of waiting) wake();
    });
    socket.once("error", reject);
  });
}

describe("slow and idle HTTP clients", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(LIMITS);
  });
  afterAll(() => api.stop());

  it("closes a connection that never sends its headers", async () => {
    const silent = await connect(api.url);
    await expect(silent.closedWithin(CLOSED_WITHIN_MS)).resolves.toBeGreaterThanOrEqual(900);
  });

  it("closes a connection whose headers trickle in, and one whose body does", async () => {
    const slowHeaders = await connect(api.url);
    slowHeaders.socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
    const drip = setInterval(() => slowHeaders.socket.write("X-Drip: 1\r\n"), 200);
    const slowBody = await connect(api.url);
    slowBody.socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
    const bodyDrip = setInterval(() => slowBody.socket.write(" "), 200);
    try {
      await expect(slowHeaders.closedWithin(CLOSED_WITHIN_MS)).resolves.toBeGreaterThanOrEqual(900);
      await expect(slowBody.closedWithin(CLOSED_WITHIN_MS)).resolves.toBeGreaterThanOrEqual(1900);
    } finally {
      clearInterval(drip);
      clearInterval(bodyDrip);
    }
  });

  it("closes a kept-alive connection that asks nothing more after its answer, before the idle timeout", async () => {
    const client = await connect(api.url);
    client.socket.write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n");
    await expect(client.closedWithin(CLOSED_WITHIN_MS)).resolves.toBeLessThan(3500);
    expect(client.received()).toMatch(/^HTTP\/1\.1 200/);
  });

  it("holds at most HTTP_MAX_CONNECTIONS connections; one more is closed at once, and the others still work", async () => {
    const held = await Promise.all([connect(api.url), connect(api.url), connect(api.url)]);
    const extra = await connect(api.url);
    await expect(extra.closedWithin(CLOSED_WITHIN_MS)).resolves.toBeLessThan(900);
    expect(extra.received()).toBe("");
    held[0].socket.write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    await held[0].closedWithin(CLOSED_WITHIN_MS);
    expect(held[0].received()).toMatch(/^HTTP\/1\.1 200/);
    for (const { socket } of held) socket.destroy();
  });
});
