import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../support/app";
import { seededApi } from "../support/seeded-api";

// Every ```graphql block of the README, so the examples a newcomer copies keep working.
const examples = [...fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("README's example queries against the seeded graph", () => {
  const seeded = seededApi();

  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((query, i) => [i + 1, query]))("example %i answers with data at every top-level field", async (_n, query) => {
    const { data, errors } = await seeded.api.run<Record<string, any>>(query as string);
    expect(errors).toBeUndefined();
    for (const [field, value] of Object.entries(data!)) {
      expect({ field, value: value === null ? null : "present" }).toEqual({ field, value: "present" });
      if (Array.isArray(value?.edges)) expect({ field, edges: value.edges.length > 0 }).toEqual({ field, edges: true });
    }
  });
});
