import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { MAX_PAGE_SIZE } from "../common/connection";
import { addCounts, multiplyCounts } from "./refusal";
import type { WalkStats } from "./shape";

// Connections (a type named *Connection with edges and pageInfo) and the wrappers inside them
// (their edges and PageInfo): a connection runs one query per parent and multiplies what is under
// its edges by its page size; the wrappers are the same rows, not objects of their own.
interface ConnectionTypes {
  connections: Set<GraphQLNamedType>;
  wrappers: Set<GraphQLNamedType>;
}

const connectionTypesOf = new WeakMap<GraphQLSchema, ConnectionTypes>();

function connectionTypes(schema: GraphQLSchema): ConnectionTypes {
  let found = connectionTypesOf.get(schema);
  if (!found) {
    found = { connections: new Set(), wrappers: new Set() };
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !type.name.endsWith("Connection")) continue;
      const { edges, pageInfo } = type.getFields();
      if (!edges || !pageInfo) continue;
      found.connections.add(type);
      found.wrappers.add(getNamedType(edges.type));
      found.wrappers.add(getNamedType(pageInfo.type));
    }
    connectionTypesOf.set(schema, found);
  }
  return found;
}

// The field's arguments exactly as execution will see them: literals, variables and defaults
// (the argument's own and the variable's). A value execution would refuse gives {} here, and so
// the largest page below.
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
}

// A page holds `first` items; the resolvers refuse more than MAX_PAGE_SIZE before any Cypher runs.
function pageSize(args: Record<string, unknown>): number {
  const first = args.first;
  return typeof first === "number" ? Math.max(0, Math.min(first, MAX_PAGE_SIZE)) : MAX_PAGE_SIZE;
}

// A field asked for by ids (compareSentra) answers for at most one object per id, whether a list or an object holding the list.
function listLength(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  return Array.isArray(args.ids) ? Math.max(1, args.ids.length) : 1;
}

/**
 * How many objects an operation could return when every page is full: each object-typed field
 * counts 1 for every time it can resolve, and each connection counts 1 for every parent (its
 * query runs even for `totalCount` alone) plus `first` times what its edges select. Leaves and
 * introspection count nothing. The count is linear in how many times a selection repeats, so
 * each fragment is estimated once, at one repetition, and a spread scales that figure: `fragments`
 * must come in dependency order (fragmentsInDependencyOrder). `variables` are the coerced values
 * (getVariableValues), defaults included, so the estimate uses the page sizes execution will.
 */
export function estimateObjects(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown>,
  stats?: WalkStats,
): number {
  const { connections, wrappers } = connectionTypes(schema);
  const estimated = new Map<string, number>();

  const walk = (type: GraphQLCompositeType, selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (stats) stats.selections++;
      if (selection.kind === "FragmentSpread") {
        total = addCounts(total, estimated.get(selection.name.value) ?? 0);
        continue;
      }
      if (selection.kind === "InlineFragment") {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (isCompositeType(condition)) total = addCounts(total, walk(condition, selection.selectionSet));
        continue;
      }
      // Leaves cost nothing; a union's fields come only through its fragments.
      if (!selection.selectionSet || !("getFields" in type)) continue;
      const field = type.getFields()[selection.name.value];
      const child = field && getNamedType(field.type);
      if (!child || !isCompositeType(child)) continue;
      const inner = walk(child, selection.selectionSet);
      if (wrappers.has(child)) {
        total = addCounts(total, inner);
        continue;
      }
      const args = argumentsOf(field, selection, variables);
      const objects = connections.has(child)
        ? addCounts(1, multiplyCounts(pageSize(args), inner))
        : multiplyCounts(listLength(field, args), addCounts(1, inner));
      total = addCounts(total, objects);
    }
    return total;
  };

  for (const fragment of fragments) {
    if (stats) stats.fragmentWalks++;
    const type = schema.getType(fragment.typeCondition.name.value);
    estimated.set(fragment.name.value, isCompositeType(type) ? walk(type, fragment.selectionSet) : 0);
  }
  const root = schema.getRootType(operation.operation);
  return root ? walk(root, operation.selectionSet) : 0;
}
