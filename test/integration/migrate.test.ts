import path from "node:path";
import type { Driver } from "neo4j-driver";
import { migrate, parseCypherFile } from "../../src/db/migrate";
import type { Database } from "../../src/db/neo4j";
import { openTestDatabase } from "../support/database";
import fs from "node:fs";

const SCHEMA_DIR = path.resolve(__dirname, "..", "..", "schema");

describe("schema/*.cypher applied to Neo4j", () => {
  let db: Database;
  let driver: Driver;
  beforeAll(() => ({ db, driver } = openTestDatabase()));
  afterAll(() => driver.close());

  const names = async (command: string) => db.read(async (tx) => (await tx.run(command)).records.map((r) => r.get("name") as string).sort());

  it("creates every constraint and index the files declare, and a second run changes nothing", async () => {
    const declared = fs
      .readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith(".cypher"))
      .flatMap((f) => parseCypherFile(fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8")))
      .filter((statement) => statement.startsWith("CREATE "))
      .map((statement) => /(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS/.exec(statement)![1]);

    await migrate(db, SCHEMA_DIR);
    const constraints = await names("SHOW CONSTRAINTS YIELD name");
    const indexes = await names("SHOW INDEXES YIELD name");
    for (const name of declared) expect([...constraints, ...indexes]).toContain(name);

    await migrate(db, SCHEMA_DIR);
    expect(await names("SHOW CONSTRAINTS YIELD name")).toEqual(constraints);
    expect(await names("SHOW INDEXES YIELD name")).toEqual(indexes);
  });

  it("enforces unique ids", async () => {
    await migrate(db, SCHEMA_DIR);
    await db.write((tx) => tx.run("MERGE (:Actor {id: 'migrate-test-actor'})"));
    await expect(db.write((tx) => tx.run("CREATE (:Actor {id: 'migrate-test-actor'})"))).rejects.toMatchObject({
      code: "Neo.ClientError.Schema.ConstraintValidationFailed",
    });
    await db.write((tx) => tx.run("MATCH (a:Actor {id: 'migrate-test-actor'}) DELETE a"));
  });

  it("derives each sentra's product key where it is missing or stale, and leaves the others", async () => {
    await migrate(db, SCHEMA_DIR);
    await db.write((tx) =>
      tx.run(`CREATE (:Sentra:Node {id: 'migrate-old', product: 'Logam Cor'}), (:Sentra:Node {id: 'migrate-stale', product: 'Kuningan', productKey: 'logam'}),
                     (:Sentra:Node {id: 'migrate-current', product: 'Mebel', productKey: 'mebel'}), (:Sentra:Node {id: 'migrate-none'})`),
    );
    await migrate(db, SCHEMA_DIR);
    const keys = await db.read(async (tx) =>
      Object.fromEntries(
        (await tx.run(`MATCH (s:Sentra) WHERE s.id STARTS WITH 'migrate-' RETURN s.id AS id, s.productKey AS key`)).records.map((r) => [
          r.get("id"),
          r.get("key"),
        ]),
      ),
    );
    expect(keys).toEqual({ "migrate-old": "logam cor", "migrate-stale": "kuningan", "migrate-current": "mebel", "migrate-none": null });
    const plan = await db.read((tx) => tx.run(`EXPLAIN MATCH (s:Sentra) WHERE s.productKey = $key RETURN s`, { key: "mebel" }));
    expect(JSON.stringify(plan.summary.plan)).toContain("NodeIndexSeek");
    await db.write((tx) => tx.run(`MATCH (s:Sentra) WHERE s.id STARTS WITH 'migrate-' DELETE s`));
  });
});
