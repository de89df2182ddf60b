import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileInBackup } from "../backup/confine";
import { encodeProperties, encodeValue } from "../backup/encoding";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_FILE,
  matchLabelOf,
  NODES_FILE,
  parseManifest,
  parseNodeLine,
  parseRelationshipLine,
  RELATIONSHIPS_FILE,
  type Manifest,
  type NodeLine,
  type RelationshipLine,
  type RestoredNode,
  type RestoredRelationship,
} from "../backup/format";
import { migrate } from "../db/migrate";
import type { Text } from "../i18n/message";
import { render } from "../i18n/render";
import type { Database } from "../db/neo4j";
import {
  countGraph,
  countUnidentifiedEnds,
  createNodes,
  createRelationships,
  FIRST_EXPORT_CURSOR,
  hasNodes,
  readExportBatch,
  type ExportCursor,
  type GraphCounts,
  type StoredRelationship,
} from "../repositories/backup.repository";
import { fetchNeo4jComponent } from "../repositories/system.repository";
import { SIMPUL_VERSION } from "../version";

/** Reports how far an export or restore has got; `total` is what the graph or manifest says. */
export type BackupProgress = (phase: "nodes" | "relationships", done: number, total: number) => void;

export interface BackupOptions {
  /** Nodes read per export transaction, lines written per restore transaction. */
  batchSize?: number;
  progress?: BackupProgress;
}

const DEFAULT_BATCH_SIZE = 1000;

/** Backups hold personal data and API key hashes: only their owner may read them. */
const BACKUP_DIR_MODE = 0o700;
const BACKUP_FILE_MODE = 0o600;

/**
 * A backup that cannot be made or restored as asked; the message says why and what to do. `text`
 * is the catalogue message when there is one (a command renders it in the shell's language).
 */
export class BackupError extends Error {
  constructor(readonly text: Text) {
    super(render(text, "en"));
  }
}

/**
 * Writes every node and relationship to `dir` (which must be new or empty) a batch at a time, so
 * the graph is never held in memory; the manifest is written last. Each batch is its own read
 * transaction: a graph written to meanwhile is exported as each batch found it.
 */
export async function exportGraph(db: Database, dir: string, options: BackupOptions = {}): Promise<Manifest> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  fs.mkdirSync(dir, { recursive: true, mode: BACKUP_DIR_MODE });
  if (fs.readdirSync(dir).length > 0) throw new BackupError(`${dir} is not empty: export into a new or empty directory`);
  // An empty folder made beforehand keeps its mode unless told.
  fs.chmodSync(dir, BACKUP_DIR_MODE);
  const unidentified = await countUnidentifiedEnds(db);
  if (unidentified > 0) {
    throw new BackupError(
      `${unidentified} relationships start or end at a node without an id property; a backup names each end by its id, so it cannot hold them`,
    );
  }
  const totals = await countGraph(db);
  const component = await fetchNeo4jComponent(db);
  const nodesFile = new HashedWriter(path.join(dir, NODES_FILE));
  const relationshipsFile = new HashedWriter(path.join(dir, RELATIONSHIPS_FILE));
  const labels = new Set<string>();
  const types = new Set<string>();
  const done: GraphCounts = { nodes: 0, relationships: 0 };
  try {
    let cursor: ExportCursor | null = FIRST_EXPORT_CURSOR;
    while (cursor) {
      const batch = await readExportBatch(db, cursor, batchSize);
      let nodeLines = "";
      for (const node of batch.nodes) {
        node.labels.forEach((label) => labels.add(label));
        const line: NodeLine = { labels: [...node.labels].sort(), properties: encodeProperties(node.properties, `node ${describeId(node.properties.id)}`) };
        nodeLines += `${JSON.stringify(line)}\n`;
      }
      let relationshipLines = "";
      for (const relationship of batch.relationships) {
        types.add(relationship.type);
        relationshipLines += `${JSON.stringify(relationshipLine(relationship))}\n`;
      }
      await nodesFile.write(nodeLines);
      await relationshipsFile.write(relationshipLines);
      done.nodes += batch.nodes.length;
      done.relationships += batch.relationships.length;
      if (batch.nodes.length > 0) options.progress?.("nodes", done.nodes, totals.nodes);
      cursor = batch.next;
    }
  } finally {
    await nodesFile.close();
    await relationshipsFile.close();
  }
  options.progress?.("relationships", done.relationships, totals.relationships);
  const manifest: Manifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    simpulVersion: SIMPUL_VERSION,
    neo4j: { version: component.version, edition: component.edition, database: db.name },
    nodes: done.nodes,
    relationships: done.relationships,
    labels: [...labels].sort(),
    relationshipTypes: [...types].sort(),
    files: { nodes: { name: NODES_FILE, sha256: nodesFile.sha256() }, relationships: { name: RELATIONSHIPS_FILE, sha256: relationshipsFile.sha256() } },
  };
  const temporary = path.join(dir, `${MANIFEST_FILE}.partial`);
  fs.writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`, { mode: BACKUP_FILE_MODE, flag: "wx" });
  fs.renameSync(temporary, path.join(dir, MANIFEST_FILE));
  return manifest;
}

function relationshipLine(relationship: StoredRelationship): RelationshipLine {
  const where = `${relationship.type} relationship from ${describeId(relationship.start)} to ${describeId(relationship.end)}`;
  const line: RelationshipLine = { type: relationship.type, start: encodeValue(relationship.start), end: encodeValue(relationship.end), properties: {} };
  for (const [field, labels] of [
    ["startLabel", relationship.startLabels],
    ["endLabel", relationship.endLabels],
  ] as const) {
    if (labels === null) continue;
    const label = matchLabelOf(labels);
    if (!label) throw new BackupError(`${where}: its ${field === "startLabel" ? "start" : "end"} has no label to find it by`);
    line[field] = label;
  }
  line.properties = encodeProperties(relationship.properties, where);
  return line;
}

/**
 * Restores a backup into an empty database: checks the manifest and the files' checksums,
 * refuses a database that has nodes, applies schema/*.cypher, then writes the nodes and the
 * relationships a batch (one transaction) at a time. A failed restore leaves the batches before
 * the failure; empty the database and run it again.
 */
export async function restoreGraph(db: Database, dir: string, schemaDir: string, options: BackupOptions = {}): Promise<GraphCounts> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(manifestPath)) throw new BackupError(`${dir} has no ${MANIFEST_FILE}: it is not a finished Simpul export`);
  const manifest = parseManifest(fs.readFileSync(manifestPath, "utf8"));
  const nodesPath = confined(dir, manifest.files.nodes.name);
  const relationshipsPath = confined(dir, manifest.files.relationships.name);
  for (const [file, summary] of [
    [nodesPath, manifest.files.nodes],
    [relationshipsPath, manifest.files.relationships],
  ] as const) {
    if (!fs.existsSync(file)) throw new BackupError(`${file} is missing`);
    const actual = await sha256Of(file);
    if (actual !== summary.sha256) throw new BackupError(`${file} does not match its checksum in ${MANIFEST_FILE}: the backup is damaged or was edited`);
  }
  if (await hasNodes(db)) {
    const { nodes } = await countGraph(db);
    throw new BackupError(
      `Refusing to restore: the database ${db.name} already holds ${nodes} nodes. Restore writes only into an empty database; ` +
        `empty it first (for example MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS), or point NEO4J_DATABASE at a new one`,
    );
  }
  await migrate(db, schemaDir);
  const labels = new Set(manifest.labels);
  const types = new Set(manifest.relationshipTypes);
  const restored: GraphCounts = { nodes: 0, relationships: 0 };
  await inBatches(
    nodesPath,
    batchSize,
    (line, number) => parseNodeLine(line, number, labels),
    async (batch: RestoredNode[]) => {
      restored.nodes += await createNodes(db, batch);
      options.progress?.("nodes", restored.nodes, manifest.nodes);
    },
  );
  await inBatches(
    relationshipsPath,
    batchSize,
    (line, number) => parseRelationshipLine(line, number, labels, types),
    async (batch: RestoredRelationship[]) => {
      restored.relationships += await createRelationships(db, batch);
      options.progress?.("relationships", restored.relationships, manifest.relationships);
    },
  );
  if (restored.nodes !== manifest.nodes || restored.relationships !== manifest.relationships) {
    throw new BackupError(
      `Restored ${restored.nodes} nodes and ${restored.relationships} relationships, but ${MANIFEST_FILE} lists ${manifest.nodes} and ${manifest.relationships}`,
    );
  }
  // Again, now that there is data: the schema step also derives properties (a sentra's productKey)
  // that a backup written by an older Simpul lacks.
  await migrate(db, schemaDir);
  return restored;
}

/** The file the manifest names, inside the backup folder; a manifest leading out of it is refused before anything is read or written. */
function confined(dir: string, name: string): string {
  const found = fileInBackup(dir, name);
  if ("refused" in found) throw new BackupError(found.refused);
  return found.file;
}

/** Reads a JSON Lines file a line at a time and hands on `size` parsed lines at once. */
async function inBatches<T>(file: string, size: number, parse: (line: string, lineNumber: number) => T, write: (batch: T[]) => Promise<void>): Promise<void> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  let batch: T[] = [];
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    batch.push(parse(line, lineNumber));
    if (batch.length >= size) {
      await write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await write(batch);
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Appends to a new file and hashes what it writes. */
class HashedWriter {
  private readonly hash = createHash("sha256");
  private handle: Promise<fs.promises.FileHandle>;
  constructor(file: string) {
    this.handle = fs.promises.open(file, "wx", BACKUP_FILE_MODE);
    // Awaited by the first write; until then a failure to open is not an unhandled rejection.
    this.handle.catch(() => {});
  }
  async write(text: string): Promise<void> {
    if (text.length === 0) return;
    const bytes = Buffer.from(text, "utf8");
    this.hash.update(bytes);
    await (await this.handle).appendFile(bytes);
  }
  async close(): Promise<void> {
    await (await this.handle).close();
  }
  sha256(): string {
    return this.hash.digest("hex");
  }
}

function describeId(id: unknown): string {
  return id === undefined || id === null ? "(no id)" : JSON.stringify(encodeValue(id));
}
