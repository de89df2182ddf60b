import { NODE_LABEL } from "../domain/graph";
import { decodeProperties, decodeValue, type Encoded, type PropertyValue } from "./encoding";

/**
 * A backup directory (docs/backup.md): nodes.jsonl and relationships.jsonl, one JSON object a
 * line, and manifest.json, written last, so a directory without one is an unfinished export.
 */
export const BACKUP_FORMAT = "simpul-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";
export const NODES_FILE = "nodes.jsonl";
export const RELATIONSHIPS_FILE = "relationships.jsonl";

/** Labels and relationship types go into Cypher as names, never as parameters: only these pass. */
export const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** The label a relationship's end is found by when the line does not say: every Simpul node has it. */
export const DEFAULT_MATCH_LABEL = NODE_LABEL;

/** One line of nodes.jsonl. */
export interface NodeLine {
  labels: string[];
  properties: Record<string, Encoded>;
}

/**
 * One line of relationships.jsonl. Its ends are named by their `id` property; `startLabel` and
 * `endLabel` name the label that end is found by when it is not `Node`.
 */
export interface RelationshipLine {
  type: string;
  start: Encoded;
  end: Encoded;
  startLabel?: string;
  endLabel?: string;
  properties: Record<string, Encoded>;
}

/** A data file of the backup and its SHA-256 (hex), which restore checks before it writes anything. */
export interface FileSummary {
  name: string;
  sha256: string;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  simpulVersion: string;
  neo4j: { version: string; edition: string; database: string };
  nodes: number;
  relationships: number;
  labels: string[];
  relationshipTypes: string[];
  files: { nodes: FileSummary; relationships: FileSummary };
}

export class BackupFormatError extends Error {}

/** The label a relationship finds one of its ends by: `Node` if it has it, else its first label in name order. */
export function matchLabelOf(labels: readonly string[]): string | undefined {
  if (labels.includes(DEFAULT_MATCH_LABEL)) return DEFAULT_MATCH_LABEL;
  return [...labels].sort()[0];
}

/** Checks a manifest read from disk, and that its names are safe to put in Cypher. */
export function parseManifest(text: string): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    throw new BackupFormatError(`${MANIFEST_FILE} is not JSON: ${(error as Error).message}`);
  }
  if (!manifest || manifest.format !== BACKUP_FORMAT)
    throw new BackupFormatError(`${MANIFEST_FILE} is not a Simpul backup manifest (format is not "${BACKUP_FORMAT}")`);
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError(`${MANIFEST_FILE} has format version ${manifest.formatVersion}; this Simpul reads version ${BACKUP_FORMAT_VERSION}`);
  }
  for (const [field, names] of [
    ["labels", manifest.labels],
    ["relationshipTypes", manifest.relationshipTypes],
  ] as const) {
    if (!Array.isArray(names)) throw new BackupFormatError(`${MANIFEST_FILE}: "${field}" must be a list`);
    for (const name of names) checkName(name, `${MANIFEST_FILE}: ${field}`);
  }
  for (const count of ["nodes", "relationships"] as const) {
    if (!Number.isSafeInteger(manifest[count]) || manifest[count] < 0) throw new BackupFormatError(`${MANIFEST_FILE}: "${count}" must be a count`);
  }
  for (const file of ["nodes", "relationships"] as const) {
    const summary = manifest.files?.[file];
    if (!summary || typeof summary.name !== "string" || typeof summary.sha256 !== "string") {
      throw new BackupFormatError(`${MANIFEST_FILE}: "files.${file}" must give the file's name and sha256`);
    }
  }
  return manifest;
}

/** A name for Cypher: matches NAME_PATTERN or throws. */
export function checkName(name: unknown, where: string): string {
  if (typeof name !== "string" || !NAME_PATTERN.test(name)) throw new BackupFormatError(`${where}: ${JSON.stringify(name)} is not a name a backup may hold`);
  return name;
}

export interface RestoredNode {
  labels: string[];
  properties: Record<string, PropertyValue>;
}

export interface RestoredRelationship {
  type: string;
  startLabel: string;
  endLabel: string;
  start: PropertyValue;
  end: PropertyValue;
  properties: Record<string, PropertyValue>;
}

/** One line of nodes.jsonl, decoded; its labels must be names the manifest lists. */
export function parseNodeLine(line: string, lineNumber: number, labels: ReadonlySet<string>): RestoredNode {
  const where = `${NODES_FILE} line ${lineNumber}`;
  const parsed = parseJsonObject(line, where);
  if (!Array.isArray(parsed.labels)) throw new BackupFormatError(`${where}: "labels" must be a list`);
  const nodeLabels = parsed.labels.map((label) => listed(checkName(label, where), labels, "label", where));
  return { labels: [...nodeLabels].sort(), properties: decodeProperties(parsed.properties, where) };
}

/** One line of relationships.jsonl, decoded; its type and labels must be names the manifest lists. */
export function parseRelationshipLine(line: string, lineNumber: number, labels: ReadonlySet<string>, types: ReadonlySet<string>): RestoredRelationship {
  const where = `${RELATIONSHIPS_FILE} line ${lineNumber}`;
  const parsed = parseJsonObject(line, where);
  const label = (field: string) =>
    parsed[field] === undefined ? DEFAULT_MATCH_LABEL : listed(checkName(parsed[field], `${where}, ${field}`), labels, "label", where);
  const end = (field: string) => {
    if (parsed[field] === undefined) throw new BackupFormatError(`${where}: "${field}" is missing`);
    return decodeValue(parsed[field]);
  };
  return {
    type: listed(checkName(parsed.type, `${where}, type`), types, "relationship type", where),
    startLabel: label("startLabel"),
    endLabel: label("endLabel"),
    start: end("start"),
    end: end("end"),
    properties: decodeProperties(parsed.properties, where),
  };
}

function parseJsonObject(line: string, where: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new BackupFormatError(`${where} is not JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new BackupFormatError(`${where} is not a JSON object`);
  return parsed as Record<string, unknown>;
}

function listed(name: string, names: ReadonlySet<string>, what: string, where: string): string {
  if (!names.has(name)) throw new BackupFormatError(`${where}: the ${what} ${name} is not listed in ${MANIFEST_FILE}`);
  return name;
}
