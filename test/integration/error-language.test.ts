import { generateApiKey } from "../../src/auth/api-key";
import { createApiKey } from "../../src/repositories/api-key.repository";
import { writeDataset } from "../../src/repositories/dataset.writer";
import { postGraphql } from "../support/app";
import { graphFingerprint } from "../support/database";
import { fixture } from "../support/fixture";
import { apiOnGraph } from "../support/graph-api";

const BAD_MUTATION = `mutation { createActor(input: { name: "CV Uji", kind: IKM, location: { latitude: 100, longitude: 110 } }) { id } }`;
const BAD_QUERY = `{ actors(first: 500) { totalCount } }`;

describe("error messages over HTTP, in the language the request asks for", () => {
  const app = apiOnGraph((db) => writeDataset(db, fixture));
  let editor: string;

  beforeAll(async () => {
    const key = generateApiKey();
    await createApiKey(app.db, { id: key.id, name: "error-language editor", role: "EDITOR", hash: key.hash });
    editor = key.key;
  });

  it("refuses a bad mutation in Indonesian with Accept-Language: id and in English without it, with the same code and field", async () => {
    const before = await graphFingerprint(app.db);
    const auth = { authorization: `Bearer ${editor}` };
    const indonesian = await postGraphql(app.api.url, BAD_MUTATION, undefined, { ...auth, "accept-language": "id" });
    const english = await postGraphql(app.api.url, BAD_MUTATION, undefined, auth);
    expect(indonesian.body.errors).toEqual([
      expect.objectContaining({
        message: "latitude harus antara -90 dan 90, yang diberikan 100",
        extensions: { code: "BAD_USER_INPUT", field: "location.latitude" },
      }),
    ]);
    expect(english.body.errors).toEqual([
      expect.objectContaining({ message: "latitude must be from -90 to 90, got 100", extensions: { code: "BAD_USER_INPUT", field: "location.latitude" } }),
    ]);
    expect(await graphFingerprint(app.db)).toEqual(before);
  });

  it("refuses a bad query in Indonesian with Accept-Language: id-ID and in English without it, with the same code and field", async () => {
    const indonesian = await postGraphql(app.api.url, BAD_QUERY, undefined, { "accept-language": "id-ID,id;q=0.9,en;q=0.5" });
    const english = await postGraphql(app.api.url, BAD_QUERY);
    expect(indonesian.body.errors).toEqual([
      expect.objectContaining({ message: "first harus antara 1 dan 100, yang diberikan 500", extensions: { code: "BAD_USER_INPUT", field: "first" } }),
    ]);
    expect(english.body.errors).toEqual([
      expect.objectContaining({ message: "first must be from 1 to 100, got 500", extensions: { code: "BAD_USER_INPUT", field: "first" } }),
    ]);
  });

  it("refuses an unknown API key and a request for too low a role in Indonesian, codes and statuses unchanged", async () => {
    const unknownKey = await postGraphql(app.api.url, "{ __typename }", undefined, { authorization: "Bearer nonsense", "accept-language": "id" });
    expect(unknownKey.status).toBe(401);
    expect(unknownKey.body.errors).toEqual([
      expect.objectContaining({ message: "Kunci API ini bukan kunci Simpul (simpul_<id>_<rahasia>).", extensions: { code: "UNAUTHENTICATED" } }),
    ]);
    const purge = await postGraphql(app.api.url, `mutation { purge(id: "x") { id } }`, undefined, {
      authorization: `Bearer ${editor}`,
      "accept-language": "id",
    });
    expect(purge.body.errors?.[0]).toMatchObject({
      message: "Ini memerlukan peran ADMIN atau lebih tinggi; kunci API ini berperan EDITOR.",
      extensions: { code: "FORBIDDEN", requiredRole: "ADMIN", role: "EDITOR" },
    });
  });

  it("writes the HTTP layer's own refusals in the request's language", async () => {
    const refuse = async (headers: Record<string, string>) => {
      const response = await fetch(app.api.url, { method: "POST", headers: { "content-type": "text/plain", ...headers }, body: "{ __typename }" });
      return { status: response.status, language: response.headers.get("content-language"), body: (await response.json()) as { errors: unknown[] } };
    };
    expect(await refuse({ "accept-language": "id" })).toEqual({
      status: 415,
      language: "id",
      body: { errors: [{ message: "POST ke /graphql harus memakai Content-Type: application/json.", extensions: { code: "BAD_REQUEST" } }] },
    });
    expect(await refuse({})).toEqual({
      status: 415,
      language: "en",
      body: { errors: [{ message: "A POST to /graphql must have Content-Type: application/json.", extensions: { code: "BAD_REQUEST" } }] },
    });
  });
});
