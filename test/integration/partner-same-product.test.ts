import type { Driver } from "neo4j-driver";
import type { Database } from "../../src/db/neo4j";
import { emptyDataset, type SeedDataset } from "../../src/domain/dataset";
import { NEED_PROVISION } from "../../src/domain/analytics/partner-needs";
import { ANALYSIS_VERSION } from "../../src/domain/analytics/stored-analysis";
import { findPartnerSearch } from "../../src/repositories/partner.repository";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { createSentra, updateSentra } from "../../src/repositories/write/sentra.write";
import { suggestPartnersFor } from "../../src/services/partner-suggestions.service";
import { recomputeAllSentraMetrics } from "../../src/services/sentra-analysis.service";
import { render } from "../../src/i18n/render";
import { freshGraph } from "../support/database";
import { expectStoredAnalysesCurrent } from "../support/stored-analysis";

const HOME = "p-home";

/**
 * Four sentra of one product (spelt in different cases), one of another. `p-home` has a core firm
 * with no loan; the banks serve the others' firms in every way the definition of "serves a sentra
 * of the same product" (docs/analytics.md) has to decide. No coordinates: no candidate is near.
 */
function sameProductGraph(): SeedDataset {
  const data = emptyDataset();
  data.regions.push({ id: "p-prov", name: "Province", level: "PROVINCE" });
  const sentra = (id: string, product: string) =>
    data.sentra.push({ id, name: `Sentra ${id}`, product, sector: "metal", regionId: "p-prov", description: "", unggulan: false });
  sentra(HOME, "Metal Castings");
  sentra("p-one", "metal castings");
  sentra("p-two", "METAL CASTINGS");
  sentra("p-three", "metal castings");
  sentra("p-rattan", "rattan");
  sentra("p-gone", "Metal castings");
  const core = (actorId: string, sentraId: string) => {
    data.actors.push({ id: actorId, name: `Firm ${actorId}`, kind: "IKM" });
    data.participations.push({ actorId, sentraId, role: "CORE" });
  };
  core("home-a", HOME);
  core("one-a", "p-one");
  core("one-b", "p-one");
  core("two-a", "p-two");
  core("two-gone", "p-two");
  core("three-a", "p-three");
  core("three-left", "p-three");
  core("rattan-a", "p-rattan");
  core("gone-a", "p-gone");
  for (const id of ["bank-1", "bank-2", "bank-3", "bank-4", "bank-5", "bank-6", "bank-7"]) data.actors.push({ id, name: `Bank ${id}`, kind: "BANK" });
  data.actors.push({ id: "coop-1", name: "Koperasi", kind: "COOPERATIVE" }, { id: "ngo-1", name: "NGO", kind: "NGO" });
  const loan = (id: string, fromId: string, toId: string, sentraId?: string) =>
    data.linkages.push({ id, type: "FINANCE", fromId, toId, flows: ["MONEY"], ...(sentraId ? { sentraId } : {}) });
  // bank-1 serves p-one (two firms, one sentra) and p-two (a tie naming no sentra): 2.
  loan("l-1-one-a", "bank-1", "one-a", "p-one");
  loan("l-1-one-b", "bank-1", "one-b", "p-one");
  loan("l-1-two-a", "bank-1", "two-a");
  // bank-7 serves p-three: 1.
  loan("l-7-three-a", "bank-7", "three-a", "p-three");
  // Not counted either: bank-1 serving an archived sentra of the product.
  loan("l-1-gone-a", "bank-1", "gone-a", "p-gone");
  // Not counted: a tie naming another sentra, an archived tie, a tie with an archived firm, with
  // a firm whose CORE participation is archived, from an archived bank, from a kind that does not
  // lend, into a sentra of another product; and a supply tie (not the need's type).
  loan("l-2-three-a", "bank-2", "three-a", "p-rattan");
  loan("l-3-one-a", "bank-3", "one-a", "p-one");
  loan("l-4-two-gone", "bank-4", "two-gone", "p-two");
  loan("l-5-three-left", "bank-5", "three-left", "p-three");
  loan("l-6-one-a", "bank-6", "one-a", "p-one");
  loan("l-ngo-one-a", "ngo-1", "one-a", "p-one");
  loan("l-coop-rattan-a", "coop-1", "rattan-a", "p-rattan");
  data.linkages.push({ id: "l-supply", type: "UPSTREAM_SUPPLY", fromId: "coop-1", toId: "two-a", flows: ["GOODS"], sentraId: "p-two" });
  return data;
}

describe("partners serving a sentra of the same product, from the stored lists or without them", () => {
  let driver: Driver;
  let db: Database;
  const finance = { sentraId: HOME, ...NEED_PROVISION.FINANCE, radiusKm: 25, limit: 200 };
  const elsewhere = async () => Object.fromEntries(((await findPartnerSearch(db, finance))?.candidates ?? []).map((c) => [c.id, c.servesSameProductElsewhere]));
  const suggestions = () => suggestPartnersFor(db, HOME, "FINANCE", { limit: 5, radiusKm: 25 });
  const setGraph = (cypher: string, params: Record<string, unknown> = {}) => db.write((tx) => tx.run(cypher, params));

  beforeAll(async () => {
    ({ driver, db } = await freshGraph(async (db) => {
      await writeDataset(db, sameProductGraph());
      await db.write(async (tx) => {
        await tx.run(`MATCH ()-[l:LINKED {id: 'l-3-one-a'}]->() SET l.archivedAt = datetime()`);
        await tx.run(`MATCH (a:Actor) WHERE a.id IN ['two-gone', 'bank-6'] SET a.archivedAt = datetime()`);
        await tx.run(`MATCH (s:Sentra {id: 'p-gone'}) SET s.archivedAt = datetime()`);
        await tx.run(`MATCH (:Actor {id: 'three-left'})-[p:PARTICIPATES_IN]->(:Sentra {id: 'p-three'}) SET p.archivedAt = datetime()`);
      });
      await recomputeAllSentraMetrics(db);
    }));
  });
  afterAll(() => driver.close());

  it("counts, from the stored lists, each live provider of the kind once per sentra of the product whose network ties it to a live core firm", async () => {
    await expectStoredAnalysesCurrent(db, [HOME, "p-one", "p-two", "p-three", "p-rattan"]);
    expect(await elsewhere()).toEqual({ "bank-1": 2, "bank-7": 1 });
    const search = (await suggestions())!;
    expect(search.lacking.map((m) => m.memberId)).toEqual(["home-a"]);
    // No coordinates in this graph: each says so instead of a distance.
    expect(search.lacking[0].suggestions.map((s) => [s.candidateId, s.reasons.map((r) => [r.code, r.value])])).toEqual([
      [
        "bank-1",
        [
          ["SERVES_SAME_PRODUCT_ELSEWHERE", 2],
          ["PROVIDER_KIND", null],
          ["DISTANCE_UNKNOWN", null],
        ],
      ],
      [
        "bank-7",
        [
          ["SERVES_SAME_PRODUCT_ELSEWHERE", 1],
          ["PROVIDER_KIND", null],
          ["DISTANCE_UNKNOWN", null],
        ],
      ],
    ]);
    expect(render(search.lacking[0].suggestions[0].reasons[0].text, "en")).toBe("serves 2 other sentra with the same product (Metal Castings)");
  });

  it("reads the stored list of a sentra that has one of this version: a provider only listed there counts", async () => {
    await setGraph(`MATCH (a:SentraAnalysis {id: 'p-one'}) SET a.servedBy = a.servedBy + 'FINANCE|bank-2'`);
    expect(await elsewhere()).toEqual({ "bank-1": 2, "bank-2": 1, "bank-7": 1 });
    await setGraph(`MATCH (a:SentraAnalysis {id: 'p-one'}) SET a.servedBy = [e IN a.servedBy WHERE e <> 'FINANCE|bank-2']`);
  });

  it("matches the product as the sentra's writes leave it: a sentra renamed to the product, or created with it, counts", async () => {
    await updateSentra(db, { id: "p-rattan", expectedVersion: 1, product: "Metal CASTINGS" });
    expect(await elsewhere()).toEqual({ "bank-1": 2, "bank-7": 1, "coop-1": 1 });
    await updateSentra(db, { id: "p-rattan", expectedVersion: 2, product: "rattan" });
    expect(await elsewhere()).toEqual({ "bank-1": 2, "bank-7": 1 });

    await createSentra(db, {
      id: "p-new",
      name: "Sentra baru",
      product: "METAL castings",
      sector: "metal",
      description: "Cor logam",
      unggulan: false,
      regionId: "p-prov",
    });
    await setGraph(`MATCH (s:Sentra {id: 'p-new'}), (f:Actor {id: 'rattan-a'}) CREATE (f)-[:PARTICIPATES_IN {role: 'CORE'}]->(s)`);
    await setGraph(`MATCH (b:Actor {id: 'bank-5'}), (f:Actor {id: 'rattan-a'}) CREATE (b)-[:LINKED {id: 'l-5-new', type: 'FINANCE', sentraId: 'p-new'}]->(f)`);
    expect(await elsewhere()).toEqual({ "bank-1": 2, "bank-5": 1, "bank-7": 1 });
    await setGraph(`MATCH (s:Sentra {id: 'p-new'}) DETACH DELETE s`);
    await setGraph(`MATCH ()-[l:LINKED {id: 'l-5-new'}]->() DELETE l`);
    expect(await elsewhere()).toEqual({ "bank-1": 2, "bank-7": 1 });
  });

  it("gives the same suggestions without the stored lists (none, or of another version), expanding the ties by the same definition", async () => {
    const stored = await suggestions();
    await setGraph(`MATCH (a:SentraAnalysis {id: 'p-one'}) SET a.version = $old`, { old: ANALYSIS_VERSION - 1 });
    await setGraph(`MATCH (a:SentraAnalysis) WHERE a.id IN ['p-two', 'p-three'] DELETE a`);
    expect(await elsewhere()).toEqual({ "bank-1": 2, "bank-7": 1 });
    expect(await suggestions()).toEqual(stored);
    await setGraph(`MATCH (a:SentraAnalysis) DELETE a`);
    expect(await suggestions()).toEqual(stored);

    await recomputeAllSentraMetrics(db);
    await expectStoredAnalysesCurrent(db, [HOME, "p-one", "p-two", "p-three", "p-rattan"]);
    expect(await suggestions()).toEqual(stored);
  });

  it("matches on the KBLI 2020 code once the sentra has one: a coded sentra counts by its code, one without a code by its product text", async () => {
    const version = async (id: string) =>
      (await db.read((tx) => tx.run(`MATCH (s:Sentra {id: $id}) RETURN coalesce(s.version, 1) AS v`, { id }))).records[0].get("v").toNumber();
    await updateSentra(db, { id: HOME, expectedVersion: await version(HOME), kbli: "24310" });
    // the others have no code yet: still compared on their product text
    expect(await elsewhere()).toEqual({ "bank-1": 2, "bank-7": 1 });
    // p-one gets another code: no longer the same product; p-rattan gets the same code: now it is
    await updateSentra(db, { id: "p-one", expectedVersion: await version("p-one"), kbli: "24320" });
    await updateSentra(db, { id: "p-rattan", expectedVersion: await version("p-rattan"), kbli: "24310" });
    expect(await elsewhere()).toEqual({ "bank-1": 1, "bank-7": 1, "coop-1": 1 });
    const search = (await suggestions())!;
    const coop = search.lacking[0].suggestions.find((s) => s.candidateId === "coop-1")!;
    expect(render(coop.reasons[0].text, "en")).toBe("serves 1 other sentra with the same KBLI 2020 code (24310)");
    expect(render(coop.reasons[0].text, "id")).toBe("melayani 1 sentra lain dengan kode KBLI 2020 yang sama (24310)");
  });

  it("refuses a code that is not KBLI 2020, in a mutation and in a dataset", async () => {
    const input = { id: "p-bad", name: "Sentra", product: "x", sector: "x", description: "x", unggulan: false, regionId: "p-prov" };
    await expect(createSentra(db, { ...input, kbli: "2431" })).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "kbli" });
    await expect(createSentra(db, { ...input, kbli: "34000" })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "kbli",
      message: "kbli 34000 is not in a KBLI 2020 division: no division 34",
    });
    const bad = emptyDataset();
    bad.regions.push({ id: "p-prov", name: "Province", level: "PROVINCE" });
    bad.sentra.push({ ...input, kbli: "9999" });
    await expect(writeDataset(db, bad)).rejects.toThrow('Sentra p-bad: kbli must be a five-digit KBLI 2020 code, got "9999"');
    expect((await db.read((tx) => tx.run(`MATCH (s:Sentra {id: 'p-bad'}) RETURN s`))).records).toHaveLength(0);
  });
});
