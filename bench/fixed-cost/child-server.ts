import { spawn } from "node:child_process";
import readline from "node:readline";

/** A server the bench started as its own process, so that it does not share the client's CPU time. */
export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The line a child server prints once it listens: `ready at <url>`. */
export const READY_LINE = /^ready at (\S+)$/;

/**
 * Runs `node <script>` (a compiled file next to this one) with `env` added, in production mode
 * like the API process, and waits for its ready line.
 */
export async function startChildServer(script: string, env: NodeJS.ProcessEnv = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, [script], { env: { ...process.env, NODE_ENV: "production", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const stderr: string[] = [];
  child.stderr.on("data", (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 100) stderr.shift();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 120 s\n${stderr.join("")}`)), 120_000);
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const match = READY_LINE.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code} before serving\n${stderr.join("")}`));
    });
  });
  return {
    url,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
