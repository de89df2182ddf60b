import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";

/** The names of the fragments a selection set spreads, at any depth inside it (not through them). */
export function spreadNames(selectionSet: SelectionSetNode): Set<string> {
  const names = new Set<string>();
  const pending: SelectionSetNode[] = [selectionSet];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === "FragmentSpread") names.add(selection.name.value);
      else if (selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return names;
}

/**
 * The document's fragments ordered so that each comes after every fragment it spreads: walking
 * them in this order, a spread always finds the fragment it names already measured, so each
 * fragment is walked once however often it is spread. Iterative, so a chain of thousands of
 * fragments cannot overflow the stack. A cycle (which graphql-js validation refuses too) throws
 * GRAPHQL_VALIDATION_FAILED; spreads of unknown fragments are left out.
 */
export function fragmentsInDependencyOrder(document: DocumentNode): FragmentDefinitionNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === "FragmentDefinition" && !fragments.has(definition.name.value)) fragments.set(definition.name.value, definition);
  }
  const spreads = new Map<string, string[]>();
  for (const [name, fragment] of fragments)
    spreads.set(
      name,
      [...spreadNames(fragment.selectionSet)].filter((n) => fragments.has(n)),
    );

  const order: FragmentDefinitionNode[] = [];
  const state = new Map<string, "open" | "done">();
  for (const start of fragments.keys()) {
    if (state.has(start)) continue;
    // Depth-first, post-order: a frame is a fragment and how many of its spreads were followed.
    const stack: Array<{ name: string; next: number }> = [{ name: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const children = spreads.get(frame.name)!;
      if (frame.next < children.length) {
        const child = children[frame.next++];
        const seen = state.get(child);
        if (seen === "open") throw fragmentCycle([...stack.slice(stack.findIndex((f) => f.name === child)).map((f) => f.name), child]);
        if (!seen) {
          state.set(child, "open");
          stack.push({ name: child, next: 0 });
        }
      } else {
        stack.pop();
        state.set(frame.name, "done");
        order.push(fragments.get(frame.name)!);
      }
    }
  }
  return order;
}

function fragmentCycle(path: string[]): GraphQLError {
  const shown = path.length > 10 ? [...path.slice(0, 5), "...", ...path.slice(-5)] : path;
  return new GraphQLError(`Cannot spread fragment "${path[0]}" within itself (${shown.join(" -> ")})`, {
    extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
  });
}
