import fs from "node:fs";
import path from "node:path";
import { parseCypherFile } from "../../src/db/migrate";
import { ENTITY_LABELS, INDEXED_RELATIONSHIP_TYPES, NODE_LABEL, RECORD_LABELS, RELATIONSHIP_TYPES, typenameOf } from "../../src/domain/graph";

/**
 * src/domain/graph.ts is the one list of the graph's names. Cypher keeps its names literal for
 * readability, so these tests hold the literal names and the list together: the seed writer uses
 * only listed names, and the schema constrains and indexes what the list says it should.
 */
const ROOT = path.resolve(__dirname, "..", "..");
const LABELS: readonly string[] = [...ENTITY_LABELS, NODE_LABEL];
const TYPES: readonly string[] = RELATIONSHIP_TYPES;
/** Labels of Simpul's own records and the repository that writes each, instead of the dataset writer. */
const RECORD_WRITERS: Record<(typeof RECORD_LABELS)[number], string> = {
  ApiKey: "src/repositories/api-key.repository.ts",
  Change: "src/repositories/write/audit.ts",
  SentraAnalysis: "src/repositories/sentra-metrics.repository.ts",
};

/** The writer keeps its Cypher, and nothing else, in template literals. */
function cypherOf(file: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...source.matchAll(/`([^`]*)`/g)].map((match) => match[1]);
}

/** Labels in node patterns, `(v:A:B {…})` or `(:A)`, and in label predicates, `WHERE v:A OR v:B`. */
function labelsIn(cypher: string): string[] {
  const inPatterns = [...cypher.matchAll(/\(\s*\w*((?:\s*:\s*\w+)+)/g)].flatMap((match) => match[1].split(":").map((label) => label.trim()));
  const predicates = [...cypher.matchAll(/\bWHERE\b([\s\S]*?)(?=\b(?:OPTIONAL|MATCH|MERGE|CREATE|SET|WITH|RETURN|UNWIND|CALL|FOREACH)\b|$)/g)];
  const inPredicates = predicates.flatMap((match) => [...match[1].matchAll(/\b\w+:(\w+)/g)].map((label) => label[1]));
  return [...inPatterns, ...inPredicates].filter((label) => label.length > 0);
}

/** Relationship types in relationship patterns, `[:TYPE]` or `[r:TYPE {…}]`. */
function relationshipTypesIn(cypher: string): string[] {
  return [...cypher.matchAll(/\[\s*\w*\s*:\s*(\w+)/g)].map((match) => match[1]);
}

describe("the dataset writer's Cypher", () => {
  // The writer and the upserts it shares with the survey import.
  const statements = [...cypherOf("src/repositories/dataset.writer.ts"), ...cypherOf("src/repositories/upserts.ts")];
  const labels = new Set(statements.flatMap(labelsIn));
  const types = new Set(statements.flatMap(relationshipTypesIn));

  it("uses only labels and relationship types that src/domain/graph.ts names", () => {
    expect([...labels].filter((label) => !LABELS.includes(label))).toEqual([]);
    expect([...types].filter((type) => !TYPES.includes(type))).toEqual([]);
  });

  // The writer is the only code that creates nodes and relationships, so a listed name it never
  // writes is dead; this also proves the patterns above find the names at all.
  it("writes every label and relationship type that src/domain/graph.ts names", () => {
    const records: readonly string[] = RECORD_LABELS;
    expect(LABELS.filter((label) => !labels.has(label) && !records.includes(label))).toEqual([]);
    expect(TYPES.filter((type) => !types.has(type))).toEqual([]);
  });
});

describe.each(Object.entries(RECORD_WRITERS))("the %s records", (label, file) => {
  const statements = cypherOf(file);

  it("are written by their repository, with listed labels only, and never as a Node", () => {
    const used = new Set(statements.flatMap(labelsIn));
    expect(used.has(label)).toBe(true);
    expect([...used].filter((name) => !LABELS.includes(name) || name === NODE_LABEL)).toEqual([]);
    // CREATE, or MERGE on the id for a record rewritten in place (a sentra's stored analysis).
    expect(statements.some((cypher) => new RegExp(`(?:CREATE|MERGE) \\(\\w+:${label} `).test(cypher))).toBe(true);
  });

  it("are not served as GraphQL nodes", () => {
    expect(typenameOf([label])).toBeUndefined();
    expect(typenameOf(["Actor", NODE_LABEL])).toBe("Actor");
  });
});

describe("schema/*.cypher", () => {
  const schemaDir = path.join(ROOT, "schema");
  const statements = fs
    .readdirSync(schemaDir)
    .filter((name) => name.endsWith(".cypher"))
    .flatMap((name) => parseCypherFile(fs.readFileSync(path.join(schemaDir, name), "utf8")))
    .map((statement) => statement.replace(/\s+/g, " "));

  it.each(LABELS)("has a uniqueness constraint on the id of every %s", (label) => {
    const uniqueId = new RegExp(`^CREATE CONSTRAINT \\w+ (?:IF NOT EXISTS )?FOR \\((\\w+):${label}\\) REQUIRE \\1\\.id IS UNIQUE$`);
    expect(statements.filter((statement) => uniqueId.test(statement))).toHaveLength(1);
  });

  it.each(INDEXED_RELATIONSHIP_TYPES)("has a constraint or an index on %s relationships", (type) => {
    const onType = new RegExp(`^CREATE (?:CONSTRAINT|(?:\\w+ )?INDEX) \\w+ (?:IF NOT EXISTS )?FOR \\(\\)-\\[\\w+:${type}\\]-\\(\\) `);
    expect(statements.some((statement) => onType.test(statement))).toBe(true);
  });
});
