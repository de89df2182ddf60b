import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { StartupError } from "../startup/startup-error";
import { ensureLauncherBuilt, launcherPaths } from "./launcher-build";

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  projectRoot: string;
  dataDir: string;
  /** 0 picks a free loopback port. */
  port: number;
  heapMiB: number;
  pageCacheMiB: number;
  log?: (message: string) => void;
  startTimeoutMs?: number;
  /** Called when the JVM ends without stop() (killed, crashed, out of memory). */
  onUnexpectedExit?: (exit: JvmExit) => void;
}

export interface JvmExit {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
}

const READY = "SIMPUL_NEO4J_READY ";

// Neo4j 5 on Java 17 needs these opened, as its own server scripts do.
export const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts Neo4j Community in a child JVM and resolves once Bolt listens.
 * The child watches its stdin: when this process exits for any reason, the pipe closes and the
 * JVM shuts Neo4j down, so no orphan survives a killed parent.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  ensureLauncherBuilt(options.projectRoot, log);
  const port = options.port === 0 ? await freePort() : await portAvailable(options.port);
  fs.mkdirSync(options.dataDir, { recursive: true });

  const { command, args } = launcherCommand({ ...options, port });
  // Its own process group: a Ctrl-C meant for the API must not stop Neo4j under requests still
  // draining. The stdin pipe still ends the JVM with this process.
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], detached: true });

  const uri = await waitUntilReady(child, options.startTimeoutMs ?? 120_000);
  log(`Embedded Neo4j listening at ${uri} (data in ${options.dataDir}, JVM pid ${child.pid})`);
  let stopping = false;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      resolve();
      if (!stopping) options.onUnexpectedExit?.({ pid: child.pid ?? -1, code, signal });
    }),
  );
  return {
    uri,
    pid: child.pid ?? -1,
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// A taken Bolt port (often another Neo4j) would otherwise surface as a JVM stack trace.
async function portAvailable(port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(
              "NEO4J_EMBEDDED_PORT",
              `${port} is already in use (another Neo4j?): stop it, set NEO4J_EMBEDDED_PORT=0 for any free port, or point NEO4J_URI at that server`,
            )
          : error,
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
  return port;
}

/** The java command line that runs the launcher; the caller must keep its stdin open. */
export function launcherCommand(options: Pick<EmbeddedOptions, "projectRoot" | "dataDir" | "port" | "heapMiB" | "pageCacheMiB">) {
  const paths = launcherPaths(options.projectRoot);
  return {
    command: "java",
    args: [
      `-Xmx${options.heapMiB}m`,
      ...JVM_FLAGS,
      "-cp",
      `${paths.classes}${path.delimiter}${path.join(paths.lib, "*")}`,
      "simpul.launcher.Main",
      "--home",
      options.dataDir,
      "--port",
      String(options.port),
      "--pagecache",
      String(options.pageCacheMiB),
    ],
  };
}

function waitUntilReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const stderr: string[] = [];
    const lines = readline.createInterface({ input: child.stdout! });
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr.push(chunk.toString());
      if (stderr.length > 200) stderr.shift();
    });
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`Embedded Neo4j did not start: ${reason}\n${stderr.join("").slice(-4000)}`));
    };
    const timer = setTimeout(() => fail(`no Bolt after ${timeoutMs} ms`), timeoutMs);
    child.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") return fail(error.message);
      clearTimeout(timer);
      reject(new StartupError("java", "was not found on PATH: the embedded Neo4j needs Java 17 or later, or set NEO4J_URI to use a Neo4j server"));
    });
    child.once("exit", (code) => fail(`the JVM exited with code ${code}`));
    lines.on("line", (line) => {
      if (!line.startsWith(READY)) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      child.removeAllListeners("error");
      resolve(line.slice(READY.length).trim());
    });
  });
}
