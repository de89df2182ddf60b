import { visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { addCounts } from "./refusal";

/** What an operation (or one fragment) comes to once every fragment is expanded where it is spread. */
export interface Shape {
  /** Fields at the top level: the operation's root fields, a fragment's own top-level fields. */
  rootFields: number;
  /** All fields, each alias and each place a fragment is spread counted. */
  fields: number;
  /** The most fields nested inside one another, the leaf included; introspection counts 1. */
  depth: number;
}

/** How much work measuring took, for tests that check it stays linear in the document. */
export interface WalkStats {
  /** Fragment bodies walked: each fragment once, however often it is spread. */
  fragmentWalks: number;
  /** Selections (fields, inline fragments, spreads) looked at. */
  selections: number;
}

const EMPTY: Shape = { rootFields: 0, fields: 0, depth: 0 };

// `__schema` and `__type` resolve in memory, and graphql-js's MaxIntrospectionDepthRule already
// bounds how their lists nest; GraphiQL's own introspection query alone nests 15 deep.
const INTROSPECTION = new Set(["__schema", "__type"]);

/**
 * Measures an operation with each fragment walked once (`fragments` in dependency order, from
 * fragmentsInDependencyOrder): a fragment's shape does not depend on where it is spread, so a
 * spread adds the fragment's stored shape instead of walking it again.
 */
export function measureShape(operation: OperationDefinitionNode, fragments: readonly FragmentDefinitionNode[], stats?: WalkStats): Shape {
  const measured = new Map<string, Shape>();
  const walk = (selectionSet: SelectionSetNode): Shape => {
    let rootFields = 0;
    let fields = 0;
    let depth = 0;
    for (const selection of selectionSet.selections) {
      if (stats) stats.selections++;
      if (selection.kind === "Field") {
        rootFields++;
        const inner = selection.selectionSet ? walk(selection.selectionSet) : EMPTY;
        fields = addCounts(fields, addCounts(1, inner.fields));
        depth = Math.max(depth, 1 + (INTROSPECTION.has(selection.name.value) ? 0 : inner.depth));
      } else {
        const inner = selection.kind === "InlineFragment" ? walk(selection.selectionSet) : (measured.get(selection.name.value) ?? EMPTY);
        rootFields = addCounts(rootFields, inner.rootFields);
        fields = addCounts(fields, inner.fields);
        depth = Math.max(depth, inner.depth);
      }
    }
    return { rootFields, fields, depth };
  };
  for (const fragment of fragments) {
    if (stats) stats.fragmentWalks++;
    measured.set(fragment.name.value, walk(fragment.selectionSet));
  }
  return walk(operation.selectionSet);
}

/** Directives anywhere in the document, on operations, variables, fields, fragments and spreads. */
export function countDirectives(document: DocumentNode): number {
  let directives = 0;
  visit(document, {
    Directive() {
      directives++;
    },
  });
  return directives;
}
