import { graphFacts, type Cell, type CellType, type NetworkTables } from "./network-table";
import { escapeXmlAttribute as attr, escapeXmlText as text } from "./xml";

/** Where GraphML's attr.type differs from the table's column type. */
const GRAPHML_TYPE: Record<CellType, string> = { string: "string", int: "int", double: "double", boolean: "boolean" };

/** Node and edge attributes written as XML attributes of the element, not as data. */
const NODE_ELEMENT_COLUMNS = new Set(["id"]);
const EDGE_ELEMENT_COLUMNS = new Set(["id", "source", "target"]);

/**
 * The drawing's keys, named as Gephi's GraphML importer reads them (x, y, size, r, g, b for
 * nodes; r, g, b for edges; yEd ignores them): the explorer's layout, size and colours.
 */
const NODE_DRAWING_KEYS: Array<[name: string, type: string]> = [
  ["x", "float"],
  ["y", "float"],
  ["size", "float"],
  ["r", "int"],
  ["g", "int"],
  ["b", "int"],
];
const EDGE_DRAWING_KEYS: Array<[name: string, type: string]> = [
  ["r", "int"],
  ["g", "int"],
  ["b", "int"],
  ["thickness", "float"],
];

/**
 * The network as GraphML 1.0 (http://graphml.graphdrawing.org), written by hand: one directed
 * graph whose id is the sentra's, graph-level data saying what was asked for, a key per column
 * (`g_`, `n_` and `e_` prefixes keep the three sets apart), and a node or edge element per row
 * with the row's id. Unknown values (no coordinates, no measured intensity) are left out. Each
 * node and edge also carries how the explorer draws it (`d_` and `de_` keys, NODE_DRAWING_KEYS).
 */
export function toGraphml(tables: NetworkTables): string {
  const facts = graphFacts(tables);
  const nodeKeys = tables.nodeColumns.filter((c) => !NODE_ELEMENT_COLUMNS.has(c.name));
  const edgeKeys = tables.edgeColumns.filter((c) => !EDGE_ELEMENT_COLUMNS.has(c.name));
  const lines: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...facts.map((f) => key("g", "graph", f.name, f.type)),
    ...nodeKeys.map((c) => key("n", "node", c.name, c.type)),
    ...edgeKeys.map((c) => key("e", "edge", c.name, c.type)),
    ...NODE_DRAWING_KEYS.map(([name, type]) => `  <key id="d_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_DRAWING_KEYS.map(([name, type]) => `  <key id="de_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    `  <graph id="${attr(tables.sentra.id)}" edgedefault="directed">`,
    ...facts.flatMap((f) => data("g", f.name, f.value, "    ")),
  ];
  for (const row of tables.nodes) {
    const drawn = tables.drawing.nodes.get(String(row.id));
    const picture = drawn ? { x: drawn.x, y: drawn.y, size: drawn.size, r: drawn.rgb[0], g: drawn.rgb[1], b: drawn.rgb[2] } : {};
    lines.push(
      `    <node id="${attr(String(row.id))}">`,
      ...nodeKeys.flatMap((c) => data("n", c.name, row[c.name], "      ")),
      ...Object.entries(picture).flatMap(([name, value]) => data("d", name, value, "      ")),
      `    </node>`,
    );
  }
  for (const row of tables.edges) {
    lines.push(
      `    <edge id="${attr(String(row.id))}" source="${attr(String(row.source))}" target="${attr(String(row.target))}">`,
      ...edgeKeys.flatMap((c) => data("e", c.name, row[c.name], "      ")),
      ...edgePicture(tables, String(row.id)).flatMap(([name, value]) => data("de", name, value, "      ")),
      `    </edge>`,
    );
  }
  lines.push(`  </graph>`, `</graphml>`, ``);
  return lines.join("\n");
}

function edgePicture(tables: NetworkTables, id: string): Array<[string, number]> {
  const drawn = tables.drawing.edges.get(id);
  return drawn
    ? [
        ["r", drawn.rgb[0]],
        ["g", drawn.rgb[1]],
        ["b", drawn.rgb[2]],
        ["thickness", drawn.thickness],
      ]
    : [];
}

function key(prefix: string, domain: string, name: string, type: CellType): string {
  return `  <key id="${prefix}_${attr(name)}" for="${domain}" attr.name="${attr(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`;
}

function data(prefix: string, name: string, value: Cell | undefined, indent: string): string[] {
  if (value === null || value === undefined) return [];
  return [`${indent}<data key="${prefix}_${attr(name)}">${text(String(value))}</data>`];
}
