import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  getNamedType,
  isAbstractType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "./common/connection";
import { ErrorCode } from "./errors";

/** How many objects an operation may ask for at most, counting each page as full. */
export const MAX_ESTIMATED_OBJECTS = 1_000_000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function pageSize(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  if (!value) return DEFAULT_PAGE_SIZE;
  if (value.kind === "IntValue") return Number(value.value);
  if (value.kind === "Variable") {
    const given = variables[value.name.value];
    return typeof given === "number" ? given : DEFAULT_PAGE_SIZE;
  }
  return DEFAULT_PAGE_SIZE;
}

// The objects a selection set may return when every page is full. `multiplier` is how many
// times the selection repeats: a connection's `first` multiplies everything under its edges.
// Connections, edges and page info are wrappers and count nothing themselves.
function estimate(walk: Walk, type: GraphQLCompositeType, selections: SelectionSetNode, multiplier: number): number {
  let total = 0;
  for (const selection of selections.selections) {
    if (selection.kind === "InlineFragment" || selection.kind === "FragmentSpread") {
      const fragment = selection.kind === "FragmentSpread" ? walk.fragments[selection.name.value] : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
      if (condition && (isObjectType(condition) || isAbstractType(condition))) total += estimate(walk, condition, fragment.selectionSet, multiplier);
      continue;
    }
    // Leaves cost nothing; a union's fields come only through its fragments.
    if (!selection.selectionSet || !("getFields" in type)) continue;
    const field = type.getFields()[selection.name.value];
    if (!field) continue;
    const child = getNamedType(field.type) as GraphQLCompositeType;
    if (child.name.endsWith("Connection")) {
      const first = selection.arguments?.find((a) => a.name.value === "first")?.value;
      total += estimate(walk, child, selection.selectionSet, multiplier * pageSize(first, walk.variables));
    } else if (child.name.endsWith("Edge") || child.name === "PageInfo") {
      total += estimate(walk, child, selection.selectionSet, multiplier);
    } else {
      total += multiplier + estimate(walk, child, selection.selectionSet, multiplier);
    }
  }
  return total;
}

/**
 * Refuses, before any Cypher runs, an operation whose pages could multiply into more objects
 * than the limit (each nested connection multiplies by its `first`). Nested neighbours or
 * linkages would otherwise let one request fan out to millions of rows.
 */
export function costLimitPlugin<T extends object>(limit = MAX_ESTIMATED_OBJECTS): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]),
          );
          const root = operation?.operation === "query" ? schema.getQueryType() : operation?.operation === "mutation" ? schema.getMutationType() : undefined;
          if (!operation || !root) return;
          const objects = estimate({ schema, fragments, variables: request.variables ?? {} }, root, operation.selectionSet, 1);
          if (objects > limit) {
            throw new GraphQLError(
              `This request could return up to ${objects} objects, more than the limit of ${limit}: ask for smaller pages (first) or fewer nested lists`,
              { extensions: { code: ErrorCode.QUERY_TOO_LARGE, estimatedObjects: objects, limit, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
