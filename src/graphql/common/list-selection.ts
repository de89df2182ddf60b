import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * What a slim row can answer at one level of a request: the fields read off the row itself, and
 * for a field whose value is a nested slim row (a tie's partner), what that row can answer.
 * Fields resolved from the row's id alone (an actor's linkages) belong in `fields` too.
 */
export interface SlimFields {
  fields: ReadonlySet<string>;
  nested?: Readonly<Record<string, SlimFields>>;
}

/** Every selection set under `set` that selects into the same object (fields, fragments, inline fragments). */
function fieldsOf(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, seen = new Set<string>()) {
  const fields: Array<{ name: string; set: SelectionSetNode | undefined }> = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === "Field") fields.push({ name: selection.name.value, set: selection.selectionSet });
    else if (selection.kind === "InlineFragment") fields.push(...fieldsOf(info, selection.selectionSet, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fields.push(...fieldsOf(info, info.fragments[selection.name.value]?.selectionSet, seen));
    }
  }
  return fields;
}

function fits(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, slim: SlimFields): boolean {
  return fieldsOf(info, set).every(({ name, set: below }) => {
    const nested = slim.nested?.[name];
    return nested ? fits(info, below, nested) : slim.fields.has(name);
  });
}

/** Whether the field being resolved selects `name` directly (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((field) => fieldsOf(info, field.selectionSet).some((selected) => selected.name === name));
}

/** Whether the connection field being resolved selects `edges { <name> }` (through aliases and fragments). */
export function selectsEdgeField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((field) =>
    fieldsOf(info, field.selectionSet)
      .filter((edges) => edges.name === "edges")
      .some(({ set }) => fieldsOf(info, set).some((field) => field.name === name)),
  );
}

/**
 * Whether every node a connection field selects (`edges { node { ... } }`, through aliases and
 * fragments, whatever @skip or @include would drop) is answered by a slim row. When it is, the
 * list projects a few properties per row instead of all of them: a sentra's 50 members with 20
 * ties each is a thousand partners, and their whole rows were most of the statement's work.
 */
export function nodesFitSlim(info: GraphQLResolveInfo, slim: SlimFields): boolean {
  return info.fieldNodes.every((field) =>
    fieldsOf(info, field.selectionSet)
      .filter(({ name }) => name === "edges")
      .every(({ set }) =>
        fieldsOf(info, set)
          .filter(({ name }) => name === "node")
          .every(({ set: node }) => fits(info, node, slim)),
      ),
  );
}
