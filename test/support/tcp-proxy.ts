import net from "node:net";

/**
 * A TCP proxy in front of a server (the test Neo4j's bolt port) that a test stops and restarts on
 * the same port: stopping refuses new connections and cuts the open ones, as a lost network or
 * server would. Holding keeps every connection open but passes nothing on until released, so a
 * test can catch the API in the middle of talking to Neo4j without racing it.
 */
export interface TcpProxy {
  readonly port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  hold(): void;
  release(): void;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  // While held: what arrived, in arrival order, for the socket it goes to.
  let held: Array<{ to: net.Socket; chunk: Buffer }> | undefined;
  const forward = (from: net.Socket, to: net.Socket) => {
    from.on("data", (chunk: Buffer) => {
      if (held) held.push({ to, chunk });
      else if (!to.destroyed) to.write(chunk);
    });
    from.on("end", () => to.end());
  };

  const listen = async () => {
    const listening = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        open.add(socket);
        socket.on("close", () => open.delete(socket));
        // A cut peer ends the other side too; the error itself is expected when the proxy stops.
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      forward(client, upstream);
      forward(upstream, client);
    });
    await new Promise<void>((resolve, reject) => {
      listening.once("error", reject);
      listening.listen(port, "127.0.0.1", () => resolve());
    });
    port = (listening.address() as net.AddressInfo).port;
    server = listening;
  };

  await listen();
  return {
    get port() {
      return port;
    },
    async stop() {
      const closing = server;
      server = undefined;
      if (!closing) return;
      const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
      for (const socket of open) socket.destroy();
      await closed;
    },
    async start() {
      if (!server) await listen();
    },
    hold() {
      held ??= [];
    },
    release() {
      const pending = held ?? [];
      held = undefined;
      for (const { to, chunk } of pending) if (!to.destroyed) to.write(chunk);
    },
  };
}
