import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { partsFor, type StoredPart } from "../../domain/analytics/stored-analysis";

/**
 * The stored parts a `SentraAnalysis` field's selection reads (through fragments too), so that a
 * request for the verdict does not read the value chain's half megabyte. Directives are ignored:
 * a part selected under @skip is read anyway, never missed.
 */
export function selectedParts(info: GraphQLResolveInfo): StoredPart[] {
  const fields = new Set<string>();
  let valueChainStages = false;
  // Field names of a selection set, through inline fragments and fragment spreads (each spread once).
  const visit = (set: SelectionSetNode | undefined, onField: (name: string, selectionSet: SelectionSetNode | undefined) => void, seen = new Set<string>()) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") onField(selection.name.value, selection.selectionSet);
      else if (selection.kind === "InlineFragment") visit(selection.selectionSet, onField, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, onField, seen);
      }
    }
  };
  for (const node of info.fieldNodes) {
    visit(node.selectionSet, (name, selectionSet) => {
      fields.add(name);
      if (name === "valueChain") visit(selectionSet, (inner) => (valueChainStages ||= inner === "stages"));
    });
  }
  return partsFor(fields, valueChainStages);
}
