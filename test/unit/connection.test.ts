import "reflect-metadata";
import { encodeCursor, toConnection, toPageRequest } from "../../src/graphql/common/connection";
import type { Page, SortValue } from "../../src/repositories/paging";

/** A page whose sort keys record which of them were read. */
function pageOf(items: string[], read: number[]): Page<{ id: string }> {
  const keys: SortValue[][] = items.map((id, i) => [id, i]);
  const sortKeys = new Proxy(keys, {
    get(target, property, receiver) {
      if (typeof property === "string" && /^\d+$/.test(property)) read.push(Number(property));
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { totalCount: 10, items: items.map((id) => ({ id })), sortKeys, hasNextPage: true, hasPreviousPage: false };
}

describe("toConnection", () => {
  it("encodes a cursor only when it is read, and the same one every time", () => {
    const read: number[] = [];
    const connection = toConnection(pageOf(["a", "b", "c"], read));
    expect(connection.edges.map((edge) => (edge as unknown as { node: unknown }).node)).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
    expect(read).toEqual([]);
    expect(connection.edges[1].cursor).toBe(encodeCursor(["b", 1]));
    expect(read).toEqual([1]);
    expect(connection.pageInfo.startCursor).toBe(encodeCursor(["a", 0]));
    expect(connection.pageInfo.endCursor).toBe(encodeCursor(["c", 2]));
    expect(connection.edges[1].cursor).toBe(connection.edges[1].cursor);
  });

  it("keeps the cursor in copies and JSON, and a cursor read back starts the next page after its item", () => {
    const edge = toConnection(pageOf(["a"], [])).edges[0];
    expect({ ...edge }).toEqual({ node: { id: "a" }, cursor: encodeCursor(["a", 0]) });
    expect(JSON.parse(JSON.stringify(edge))).toEqual({ node: { id: "a" }, cursor: encodeCursor(["a", 0]) });
    expect(toPageRequest({ first: 5, after: edge.cursor }).after).toEqual(["a", 0]);
  });

  it("gives an empty page no cursors, and edge fields beside the node", () => {
    const empty = toConnection({ totalCount: 0, items: [], sortKeys: [], hasNextPage: false, hasPreviousPage: false });
    expect(empty.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    const withRole = toConnection(pageOf(["a"], []), (item) => ({ role: "CORE", node: item }));
    expect(withRole.edges[0]).toEqual({ role: "CORE", node: { id: "a" }, cursor: encodeCursor(["a", 0]) });
    expect(withRole.totalCount).toBe(10);
  });
});
