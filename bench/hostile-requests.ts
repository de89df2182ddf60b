/** The worst case of each hostile class issue 8 names, sent over HTTP as a client would. */
export const HOSTILE_REQUESTS: Record<string, () => string> = {
  "fragment fan-out (27 levels, each spreading the next twice)": () => {
    const fragments = Array.from({ length: 27 }, (_, i) => `fragment F${i} on Query { __typename ...F${i + 1} ...F${i + 1} }`);
    return `query { ...F0 } ${fragments.join(" ")} fragment F27 on Query { __typename }`;
  },
  "alias bomb (20,000 root aliases of actors { totalCount })": () =>
    `{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: actors(first: 100) { totalCount }`).join(" ")} }`,
  "depth 200": () => `{ node(id: "x") { ${"... on Actor { region { ".repeat(99)}id${" } }".repeat(99)} } }`,
  "a variable's default fanning out (four levels of neighbours(first: $f = 100), five aliases)": () => {
    const level = (inner: string) => `neighbours(first: $f) { edges { node { id ${inner} } } }`;
    const walk = level(level(level(level(""))));
    return `query Q($f: Int! = 100) { ${Array.from({ length: 5 }, (_, i) => `a${i}: node(id: "sentra-tegal-metal-engineering") { ${walk} }`).join(" ")} }`;
  },
  "10,000 nested brackets": () => `{ a(b: ${"[".repeat(10_000)}${"]".repeat(10_000)}) }`,
  "10,001 tokens": () => `{ ${"__typename ".repeat(10_001)} }`,
};

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

/**
 * Sends one hostile request and, while it is in flight, a /health probe; prints the worst answer
 * time of each and how the hostile request was answered. A probe that waits shows a blocked server.
 */
export async function measureHostile(name: string, query: string, url: string, iterations: number): Promise<string> {
  const hostile: number[] = [];
  const probes: number[] = [];
  let outcome = "";
  const healthUrl = url.replace(/\/graphql$/, "/health");
  for (let i = 0; i < iterations; i += 1) {
    const sending = timed(async () => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      return `${res.status} ${body.errors?.[0]?.extensions?.code ?? "no error"}`;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const probing = timed(() => fetch(healthUrl).then((r) => r.text()));
    const [[answer, hostileMs], [, probeMs]] = await Promise.all([sending, probing]);
    outcome = answer;
    hostile.push(hostileMs);
    probes.push(probeMs);
  }
  const worst = (values: number[]) => Math.max(...values).toFixed(1);
  return `hostile, ${name}: answered ${outcome}; worst ${worst(hostile)} ms, a /health sent meanwhile worst ${worst(probes)} ms (${iterations} runs)`;
}
