import { fencedBlocks } from "../support/documentation";
import { PROJECT_ROOT } from "../support/app";
import { seededApi } from "../support/seeded-api";

// Every ```graphql block of README and docs/, so the examples a newcomer copies keep working.
const examples = fencedBlocks(PROJECT_ROOT, ["graphql"]);
const numbered = examples.map((example, i) => [`${example.file} #${examples.slice(0, i).filter((e) => e.file === example.file).length + 1}`, example.text]);

describe("the example queries of README and docs/ against the seeded graph", () => {
  const seeded = seededApi();

  it("finds README's first requests and the guides' examples", () => {
    const perFile = (file: string) => examples.filter((e) => e.file === file).length;
    expect({ readme: perFile("README.md") >= 3, queries: perFile("docs/queries.md") >= 4, total: examples.length >= 12 }).toEqual({
      readme: true,
      queries: true,
      total: true,
    });
  });

  it.each(numbered)("%s answers with data at every top-level field", async (_name, query) => {
    const { data, errors } = await seeded.api.run<Record<string, any>>(query);
    expect(errors).toBeUndefined();
    for (const [field, value] of Object.entries(data!)) {
      expect({ field, value: value === null ? null : "present" }).toEqual({ field, value: "present" });
      if (Array.isArray(value?.edges)) expect({ field, edges: value.edges.length > 0 }).toEqual({ field, edges: true });
    }
  });
});
