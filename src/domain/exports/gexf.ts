import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { graphFacts, type Cell, type NetworkTables, type Row } from "./network-table";
import { xmlSafe } from "./xml";

/** Columns GEXF writes as the element's own XML attributes rather than as attvalues. */
const NODE_ELEMENT_COLUMNS = new Set(["id", "label"]);
const EDGE_ELEMENT_COLUMNS = new Set(["id", "source", "target"]);

/**
 * The network as GEXF 1.2 for Gephi, written by graphology-gexf: a directed multigraph (two
 * actors may be tied by several linkage types), node labels the actors' names, every other
 * column an attribute (the writer declares each with the type of its values). The graph's
 * description says what was asked for. Text is made XML-safe first (see xml.ts); the writer
 * escapes it.
 */
export function toGexf(tables: NetworkTables): string {
  const graph = new MultiDirectedGraph();
  const facts = graphFacts(tables);
  graph.mergeAttributes({
    creator: "Simpul",
    description: xmlSafe(
      facts
        .filter((f) => f.value !== null)
        .map((f) => `${f.name}=${String(f.value)}`)
        .join("; "),
    ),
  });
  for (const row of tables.nodes) graph.addNode(String(row.id), safe(row));
  for (const row of tables.edges) graph.addDirectedEdgeWithKey(String(row.id), String(row.source), String(row.target), safe(row));
  return write(graph, {
    version: "1.2",
    formatNode: (_key, attributes) => ({
      label: attributes.label as string,
      attributes: without(attributes, NODE_ELEMENT_COLUMNS),
    }),
    formatEdge: (_key, attributes) => ({ attributes: without(attributes, EDGE_ELEMENT_COLUMNS) }),
  });
}

function safe(row: Row): Record<string, Cell> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? xmlSafe(v) : v]));
}

function without(attributes: Record<string, unknown>, names: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([k]) => !names.has(k)));
}
