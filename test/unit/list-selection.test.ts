import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";
import { SLIM_ACTOR, SLIM_LINKAGE } from "../../src/graphql/common/slim-rows";
import { nodesFitSlim, selectsEdgeField, selectsField } from "../../src/graphql/common/list-selection";

/** The resolve info of the field at `path` (by response name) in `document`, as far as nodesFitSlim reads it. */
function infoAt(document: string, path: string[]): GraphQLResolveInfo {
  const parsed = parse(document);
  const fragments = Object.fromEntries(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  let fields: FieldNode[] = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  for (const [depth, name] of path.entries()) {
    const here = fields.filter((f) => (f.alias ?? f.name).value === name);
    if (depth === path.length - 1) return { fieldNodes: here, fragments } as unknown as GraphQLResolveInfo;
    fields = here.flatMap((f) => (f.selectionSet?.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD));
  }
  throw new Error("empty path");
}

describe("nodesFitSlim: whether a slim row answers every selected field of a list's nodes", () => {
  it("takes names, kinds and an actor's linkages as slim, anything else as whole", () => {
    expect(nodesFitSlim(infoAt(`{ members { totalCount edges { role node { id name kind linkages { totalCount } } } } }`, ["members"]), SLIM_ACTOR)).toBe(true);
    expect(nodesFitSlim(infoAt(`{ members { edges { node { id name description } } } }`, ["members"]), SLIM_ACTOR)).toBe(false);
    expect(nodesFitSlim(infoAt(`{ members { edges { node { id version } } } }`, ["members"]), SLIM_ACTOR)).toBe(false);
  });

  it("looks into a tie's partner with what a slim actor answers", () => {
    const ties = (partner: string, tie = "type intensity") => infoAt(`{ linkages { edges { node { ${tie} partner { ${partner} } } } } }`, ["linkages"]);
    expect(nodesFitSlim(ties("id name kind __typename"), SLIM_LINKAGE)).toBe(true);
    expect(nodesFitSlim(ties("id workers"), SLIM_LINKAGE)).toBe(false);
    expect(nodesFitSlim(ties("id", "type flows"), SLIM_LINKAGE)).toBe(false);
    expect(nodesFitSlim(ties("id", "type from { id }"), SLIM_LINKAGE)).toBe(false);
  });

  it("reads through aliases, fragments and inline fragments, and every copy of a field", () => {
    const fragment = (fields: string) =>
      infoAt(`query { members { edges { node { ...F } } } } fragment F on Actor { id ... on Actor { ${fields} } }`, ["members"]);
    expect(nodesFitSlim(fragment("label: name"), SLIM_ACTOR)).toBe(true);
    expect(nodesFitSlim(fragment("mainProducts"), SLIM_ACTOR)).toBe(false);
    // The same list asked twice in one place is one field with both selections.
    expect(nodesFitSlim(infoAt(`{ members { edges { node { id } } } members { edges { node { workers } } } }`, ["members"]), SLIM_ACTOR)).toBe(false);
    // A field under @skip may still be asked: slim only if it would fit too.
    expect(
      nodesFitSlim(infoAt(`query ($no: Boolean!) { members { edges { node { id location @skip(if: $no) { latitude } } } } }`, ["members"]), SLIM_ACTOR),
    ).toBe(false);
  });

  it("tells a list's own fields (totalCount) and its edges' (cursor) through fragments", () => {
    const members = infoAt(
      `query { members { ...Counted edges { ... on SentraMemberEdge { cursor } } } } fragment Counted on SentraMemberConnection { totalCount }`,
      ["members"],
    );
    expect(selectsField(members, "totalCount")).toBe(true);
    expect(selectsEdgeField(members, "cursor")).toBe(true);
    const bare = infoAt(`{ members { pageInfo { endCursor } edges { node { id } } } }`, ["members"]);
    expect(selectsField(bare, "totalCount")).toBe(false);
    expect(selectsEdgeField(bare, "cursor")).toBe(false);
  });

  it("is slim when no node is selected at all", () => {
    expect(nodesFitSlim(infoAt(`{ members { totalCount pageInfo { hasNextPage } } }`, ["members"]), SLIM_ACTOR)).toBe(true);
  });
});
