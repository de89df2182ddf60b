import { pageOf, type RawPage } from "../../src/repositories/templates";

// Rows as a statement returns them with the ends' keys only (PageRequest.everyCursor false): the
// first row and the last two carry their sort keys, the rows between do not.
const endsOnly = (ids: string[]): RawPage => ({
  totalCount: ids.length,
  rows: ids.map((id, i) => (i === 0 || i >= ids.length - 2 ? { item: id, sortKey: [id] } : { item: id })),
});
const shown = (id: unknown) => (String(id).startsWith("hidden") ? undefined : String(id));
const page = { after: null, limit: 4, everyCursor: false };

describe("pageOf: the page a statement returned", () => {
  it("keeps the first and last items' keys, and tells a next page by the row past it", () => {
    const result = pageOf(endsOnly(["a", "b", "c", "d", "e"]), page, shown);
    expect(result.items).toEqual(["a", "b", "c", "d"]);
    expect(result.sortKeys).toEqual([["a"], null, null, ["d"]]);
    expect(result.hasNextPage).toBe(true);
  });

  it("gives a kept first or last item the key of a dropped row at the page's end, the same place in the list", () => {
    const result = pageOf(endsOnly(["hidden-1", "b", "c", "hidden-4", "e"]), page, shown);
    expect(result.items).toEqual(["b", "c"]);
    expect(result.sortKeys).toEqual([["hidden-1"], ["hidden-4"]]);
  });

  it("leaves every key as read when the statement sent all of them", () => {
    const raw: RawPage = { totalCount: 3, rows: ["a", "b", "c"].map((id) => ({ item: id, sortKey: [id] })) };
    expect(pageOf(raw, { after: null, limit: 4 }, shown).sortKeys).toEqual([["a"], ["b"], ["c"]]);
  });
});
