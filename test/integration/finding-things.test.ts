import { seededApi } from "../support/seeded-api";
import { MEASURED_SENTRA } from "../../seed/research-tables";
import { postGraphql } from "../support/app";
import { englishSentencesIn } from "../support/english-sentences";

/** Issue 18, "Finding things", on the research seed: search by region and sector, missing ids named, every participant drawn. */
describe("finding things in the research seed", () => {
  const seeded = seededApi();

  const search = async (text: string, extra = "") => {
    const { data, errors } = await seeded.api.run<any>(
      `query ($text: String!) { sentraList(nameContains: $text, first: 100${extra}) { totalCount edges { node { id } } } }`,
      {
        text,
      },
    );
    expect(errors).toBeUndefined();
    return { ids: data.sentraList.edges.map((e: any) => e.node.id) as string[], totalCount: data.sentraList.totalCount as number };
  };

  it("finds sentra by the names of their regions: Pati finds Juwana, Klaten finds Ceper", async () => {
    expect((await search("Pati")).ids).toEqual([MEASURED_SENTRA.juwana]);
    expect((await search("klaten")).ids).toEqual([MEASURED_SENTRA.ceper]);
    // A province finds every sentra below it, however deep.
    const province = await search("JAWA TENGAH");
    const all = await seeded.api.run<any>(`{ sentraList(first: 100) { totalCount } }`);
    expect(province.totalCount).toBe(all.data.sentraList.totalCount);
    expect(province.ids).toHaveLength(province.totalCount);
  });

  it("finds sentra by sector, and still by name and product", async () => {
    const metal = await search("metal");
    const { data } = await seeded.api.run<any>(`{ sentraList(first: 100) { edges { node { id sector } } } }`);
    const metalSentra = data.sentraList.edges.filter((e: any) => e.node.sector === "Metal").map((e: any) => e.node.id);
    expect(metalSentra.length).toBeGreaterThanOrEqual(5);
    expect([...metal.ids].sort()).toEqual(expect.arrayContaining([...metalSentra].sort()));
    expect(metal.ids).toEqual(expect.arrayContaining(Object.values(MEASURED_SENTRA)));
    expect((await search("Cor Logam")).ids).toEqual([MEASURED_SENTRA.ceper]);
    expect(await search("no such place or product")).toEqual({ ids: [], totalCount: 0 });
  });

  it("finds sentra by KBLI code and title in either language, trims the text and refuses one longer than any name", async () => {
    const { data } = await seeded.api.run<any>(`{ sentraList(first: 100) { edges { node { id kbli } } } }`);
    const coded = (test: (kbli: string) => boolean) =>
      data.sentraList.edges
        .filter((e: any) => e.node.kbli && test(e.node.kbli))
        .map((e: any) => e.node.id)
        .sort();
    // "logam" is in the titles of divisions 24 (logam dasar) and 25 (barang logam): Juwana's brass and Tumang's copper too.
    expect((await search("logam")).ids).toEqual(expect.arrayContaining(coded((k) => k.startsWith("24") || k.startsWith("25"))));
    expect(coded((k) => k.startsWith("24") || k.startsWith("25"))).toEqual(expect.arrayContaining([MEASURED_SENTRA.ceper, MEASURED_SENTRA.juwana]));
    // "bukan logam" and "non-metallic" (division 23, ceramics) are not metal.
    expect((await search("logam")).ids).not.toEqual(expect.arrayContaining(coded((k) => k.startsWith("23"))));
    expect(coded((k) => k.startsWith("23")).length).toBeGreaterThan(0);
    expect([...(await search("tekstil")).ids].sort()).toEqual(coded((k) => k.startsWith("13")));
    expect(coded((k) => k.startsWith("13")).length).toBeGreaterThanOrEqual(3);
    expect([...(await search("243")).ids].sort()).toEqual([MEASURED_SENTRA.ceper, MEASURED_SENTRA.juwana].sort());
    expect((await search("  Pati  ")).ids).toEqual([MEASURED_SENTRA.juwana]);
    const { errors } = await seeded.api.run<any>(`query ($text: String!) { sentraList(nameContains: $text) { totalCount } }`, { text: "x".repeat(201) });
    expect(errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([["BAD_USER_INPUT", "nameContains"]]);
  });

  it("searches the same way within a region, and combines a search with a region", async () => {
    const { data, errors } = await seeded.api.run<any>(`{
      region(id: "region-jawa-tengah") { sentra(nameContains: "Pati", first: 10) { totalCount edges { node { id } } } }
      inTegal: sentraList(regionId: "region-tegal", nameContains: "metal", first: 10) { edges { node { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.region.sentra.edges.map((e: any) => e.node.id)).toEqual([MEASURED_SENTRA.juwana]);
    expect(data.region.sentra.totalCount).toBe(1);
    expect(data.inTegal.edges.map((e: any) => e.node.id)).toEqual([MEASURED_SENTRA.tegal]);
  });

  it("compareSentra names the ids it did not find, in the order asked", async () => {
    const { data, errors } = await seeded.api.run<any>(
      `query ($ids: [ID!]!) { compareSentra(ids: $ids) { analyses { sentra { id } verdict { stage } } missingIds } }`,
      { ids: ["nope-1", MEASURED_SENTRA.juwana, "nope-2", MEASURED_SENTRA.ceper] },
    );
    expect(errors).toBeUndefined();
    expect(data.compareSentra.analyses.map((a: any) => a.sentra.id)).toEqual([MEASURED_SENTRA.juwana, MEASURED_SENTRA.ceper]);
    expect(data.compareSentra.analyses.map((a: any) => a.verdict.stage)).toEqual(["EARLY_CLUSTER", "EARLY_CLUSTER"]);
    expect(data.compareSentra.missingIds).toEqual(["nope-1", "nope-2"]);
    const all = await seeded.api.run<any>(`{ compareSentra(ids: ["${MEASURED_SENTRA.tegal}"]) { missingIds } }`);
    expect(all.data.compareSentra.missingIds).toEqual([]);
  });

  it.each(Object.entries(MEASURED_SENTRA))("draws every participant of %s, those no drawn tie links to a core firm untied", async (_place, id) => {
    const { data, errors } = await seeded.api.run<any>(
      `query ($id: ID!) { sentra(id: $id) {
        members(first: 100) { totalCount edges { role node { id } } }
        core: network(depth: 0, maxNodes: 1000) { totalNodes nodes { id isCore untied depth isOutsideNetwork } edges { fromId toId } }
        full: network(depth: 3, maxNodes: 1000) { nodes { id untied depth } } } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    const participants = new Set<string>(data.sentra.members.edges.map((e: any) => e.node.id));
    const coreMembers = data.sentra.members.edges.filter((e: any) => e.role === "CORE").map((e: any) => e.node.id);
    expect(participants.size).toBeLessThan(100);
    for (const drawing of [data.sentra.core, data.sentra.full]) {
      for (const node of drawing.nodes) expect(node.untied).toBe(node.depth === null);
    }
    // The deepest walk reaches everything a chain of ties links to the core; the rest are drawn untied: every participant is there.
    const drawn = new Set(data.sentra.full.nodes.map((n: any) => n.id));
    expect([...participants].filter((p) => !drawn.has(p))).toEqual([]);
    // The untied are the same at any depth, and only participants; depth 0 draws the core members and them.
    const untiedAt = (drawing: any) =>
      drawing.nodes
        .filter((n: any) => n.untied)
        .map((n: any) => n.id)
        .sort();
    const untied = untiedAt(data.sentra.full);
    expect(untiedAt(data.sentra.core)).toEqual(untied);
    for (const nodeId of untied) expect(participants.has(nodeId)).toBe(true);
    expect(data.sentra.core.nodes.map((n: any) => n.id).sort()).toEqual([...coreMembers, ...untied].sort());
  });

  it("draws the seed's institutions outside the network, untied", async () => {
    const untied: Array<{ sentra: string; id: string; roles: string[] }> = [];
    for (const id of Object.values(MEASURED_SENTRA)) {
      const { data } = await seeded.api.run<any>(
        `query ($id: ID!) { sentra(id: $id) { network(depth: 1, maxNodes: 1000) { nodes { id roles untied isOutsideNetwork } } } }`,
        {
          id,
        },
      );
      for (const node of data.sentra.network.nodes) if (node.untied) untied.push({ sentra: id, id: node.id, roles: node.roles });
    }
    expect(untied.length).toBeGreaterThan(0);
    expect(untied.some((n) => n.roles.includes("SUPPORTING_INSTITUTION"))).toBe(true);
  });

  it("writes the network's message and the value chain's texts in Indonesian for Accept-Language: id", async () => {
    const query = `{ sentra(id: "${MEASURED_SENTRA.ceper}") {
      network(depth: 3, maxNodes: 2) { truncated message }
      analysis { valueChain { stages { stage label statusNote weakReasons } } cooperation { horizontal { scope coverage { note } } } } } }`;
    const { status, body } = await postGraphql<any>(seeded.api.url, query, undefined, { "accept-language": "id-ID,id;q=0.9" });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { network, analysis } = body.data!.sentra;
    expect(network.truncated).toBe(true);
    expect(network.message).toMatch(/^Menampilkan 2 dari \d+ simpul/);
    const raw = analysis.valueChain.stages.find((s: any) => s.stage === "RAW_MATERIAL_SUPPLY");
    expect(raw.label).toBe("Pemasok bahan baku");
    const texts: string[] = [
      network.message,
      analysis.cooperation.horizontal.scope,
      analysis.cooperation.horizontal.coverage.note,
      ...analysis.valueChain.stages.flatMap((s: any) => [s.label, s.statusNote, ...s.weakReasons]),
    ];
    for (const text of texts) expect(englishSentencesIn(text)).toEqual([]);
    const english = await postGraphql<any>(seeded.api.url, query);
    expect(english.body.data!.sentra.analysis.valueChain.stages.find((s: any) => s.stage === "RAW_MATERIAL_SUPPLY").label).toBe("Raw-material supply");
  });
});
