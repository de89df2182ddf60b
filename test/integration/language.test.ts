import { seededApi } from "../support/seeded-api";
import { getNamedType, isObjectType } from "graphql";
import { MEASURED_SENTRA } from "../../seed/research-tables";
import { sentra as seededSentra } from "../../seed/data/sentra";
import { buildSimpulSchema } from "../../src/graphql/schema";
import { englishSentencesIn } from "../support/english-sentences";

/** Every text of a sentra a planner or a BDS provider reads, in one request. */
const READING = `query Reading($id: ID!, $lang: Language) {
  sentraAnalysis(id: $id, lang: $lang) {
    valueChain { stages { label statusNote weakReasons } }
    cooperation { horizontal { scope coverage { note } } byLinkageType { scope coverage { note } } }
    verdict {
      reasons
      undetermined { settledBy }
      criteria { description detail shortfall source settledBy citations { translation } }
      thresholds { source citations { translation } }
      sevenSteps { steps { title evidence missing } }
    }
  }
  sentra(id: $id) {
    network(depth: 1, maxNodes: 5) { message }
    partners(need: TECHNICAL_ASSISTANCE) { lacking(first: 3) { edges { node { suggestions { reasons { text } scoreParts { explanation } } } } } }
  }
  regionCommunities(regionId: "region-jawa-tengah") { rule communities(first: 20) { edges { node { explanation } } } }
}`;

/** The values of every field of type Text in an answer (found by field name: no such name is also a String elsewhere). */
function textsIn(value: unknown, textFields: ReadonlySet<string>, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) textsIn(item, textFields, found);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (textFields.has(key) && typeof inner === "string") found.push(inner);
      else if (textFields.has(key) && Array.isArray(inner)) found.push(...inner.filter((t): t is string => typeof t === "string"));
      else textsIn(inner, textFields, found);
    }
  }
  return found;
}

describe("answers in the reader's language, over the research seed", () => {
  const seeded = seededApi();
  let textFields: Set<string>;

  const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(seeded.api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    return { body, language: response.headers.get("content-language"), vary: response.headers.get("vary") };
  };

  beforeAll(async () => {
    const schema = await buildSimpulSchema();
    const byName = new Map<string, Set<string>>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        byName.set(field.name, (byName.get(field.name) ?? new Set()).add(getNamedType(field.type).name));
      }
    }
    textFields = new Set([...byName].filter(([, types]) => types.size === 1 && types.has("Text")).map(([name]) => name));
  });

  it.each(seededSentra.map((s) => [s.id]))("%s: every text in Indonesian holds no English sentence and no English decimal point", async (id) => {
    const { body, language } = await post(READING, { id, lang: "ID" });
    expect(body.errors).toBeUndefined();
    expect(language).toBe("id");
    const texts = textsIn(body.data, textFields);
    expect(texts.length).toBeGreaterThan(50);
    const english = texts.flatMap((text) => englishSentencesIn(text).map((sentence) => ({ text, sentence })));
    expect(english).toEqual([]);
    // Decimals in Indonesian take a comma (0,52; 90,9%): "0.52" would be an English number.
    expect(texts.filter((text) => /(^|[^\w.])\d+\.\d{1,2}(?!\d)(%|\b)/.test(text) && /\b0\.\d/.test(text))).toEqual([]);
  });

  it("chooses the language by the lang argument over Accept-Language, else by Accept-Language, else English", async () => {
    const id = MEASURED_SENTRA.tegal;
    const reasons = async (lang: string | null, header?: string) => {
      const { body, language, vary } = await post(READING, lang ? { id, lang } : { id }, header ? { "accept-language": header } : {});
      expect(body.errors).toBeUndefined();
      expect(vary).toContain("Accept-Language");
      return { reasons: body.data.sentraAnalysis.verdict.reasons as string[], language };
    };
    const english = await reasons(null);
    const byHeader = await reasons(null, "id-ID,id;q=0.9,en;q=0.8");
    const byArgument = await reasons("ID", "en");
    const englishByArgument = await reasons("EN", "id");
    expect(english.language).toBe("en");
    expect(byHeader).toEqual({ ...byArgument, language: "id" });
    expect(englishByArgument).toEqual(english);
    expect(byHeader.reasons).not.toEqual(english.reasons);
    expect(english.reasons.some((r) => r.startsWith("Not a cluster"))).toBe(true);
    expect(byHeader.reasons.some((r) => r.startsWith("Belum menjadi klaster"))).toBe(true);
  });

  it("names a sentra's KBLI code in the reader's language", async () => {
    const query = `query ($id: ID!) { sentra(id: $id) { kbli kbliTitle } }`;
    const english = await post(query, { id: MEASURED_SENTRA.ceper });
    const indonesian = await post(query, { id: MEASURED_SENTRA.ceper }, { "accept-language": "id" });
    expect(english.body.data.sentra).toEqual({ kbli: "24310", kbliTitle: "Casting of iron and steel" });
    expect(indonesian.body.data.sentra).toEqual({ kbli: "24310", kbliTitle: "Industri pengecoran besi dan baja" });
  });

  it("refuses two fields that ask for different languages in one request", async () => {
    const { body } = await post(
      `query Two($id: ID!) { a: sentraAnalysis(id: $id, lang: ID) { verdict { reasons } } b: sentraAnalysis(id: $id, lang: EN) { verdict { reasons } } }`,
      { id: MEASURED_SENTRA.ceper },
    );
    expect(body.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toContainEqual(["BAD_USER_INPUT", "lang"]);
  });
});
