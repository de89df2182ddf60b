import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { graphFacts, type Cell, type NetworkTables, type Row } from "./network-table";
import { xmlSafe } from "./xml";

/** Columns GEXF writes as the element's own XML attributes rather than as attvalues. */
const NODE_ELEMENT_COLUMNS = new Set(["id", "label"]);
const EDGE_ELEMENT_COLUMNS = new Set(["id", "source", "target"]);

/**
 * The network as GEXF 1.3 for Gephi, written by graphology-gexf: a directed multigraph (two
 * actors may be tied by several linkage types), node labels the actors' names, every other
 * column an attribute (the writer declares each with the type of its values). The graph's
 * description says what was asked for. Text is made XML-safe first (see xml.ts); the writer
 * escapes it. Each node carries the explorer's picture in the viz namespace (viz:position x/y,
 * viz:color r/g/b, viz:size, viz:shape) and each tie its colour, thickness and dash (viz:color,
 * viz:thickness, viz:shape solid/dashed/dotted), so Gephi opens the drawing the page showed.
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
    version: "1.3",
    formatNode: (key, attributes) => {
      const drawn = tables.drawing.nodes.get(key);
      return {
        label: attributes.label as string,
        attributes: without(attributes, NODE_ELEMENT_COLUMNS),
        viz: drawn && { x: drawn.x, y: drawn.y, size: drawn.size, color: rgb(drawn.rgb), shape: drawn.gexfShape },
      };
    },
    formatEdge: (key, attributes) => {
      const drawn = tables.drawing.edges.get(key);
      return {
        attributes: without(attributes, EDGE_ELEMENT_COLUMNS),
        viz: drawn && { color: rgb(drawn.rgb), thickness: drawn.thickness, shape: drawn.line },
      };
    },
  });
}

/** As rgb(r,g,b): the writer then writes viz:color's r, g and b, which every Gephi reads (1.3's hex is newer). */
function rgb([r, g, b]: readonly number[]): string {
  return `rgb(${r},${g},${b})`;
}

function safe(row: Row): Record<string, Cell> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? xmlSafe(v) : v]));
}

function without(attributes: Record<string, unknown>, names: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([k]) => !names.has(k)));
}
