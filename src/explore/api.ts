/** The page's only door to data: Simpul's public GraphQL API on this origin. */
import { currentLang } from "./i18n";

const KEY_STORAGE = "simpul.explore.apiKey";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export function storedApiKey(): string {
  try {
    return sessionStorage.getItem(KEY_STORAGE) ?? "";
  } catch {
    return "";
  }
}

export function storeApiKey(key: string): void {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // Storage refused (private mode): the key lives for this page only.
  }
  currentKey = key;
}

let currentKey = storedApiKey();

/** The header the API reads keys from (docs/security.md: Authorization: Bearer <key>), when a key was pasted. */
export function authHeaders(): Record<string, string> {
  return currentKey ? { authorization: `Bearer ${currentKey}` } : {};
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    // The API writes its texts (reasons, criteria, stage names, notes) in the page's language.
    headers: { "content-type": "application/json", accept: "application/json", "accept-language": currentLang(), ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`, undefined);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "), body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError(`HTTP ${response.status}: no data`, undefined);
  return body.data;
}
