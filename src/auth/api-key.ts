import { createHash, randomBytes } from "node:crypto";

/**
 * API keys look like `simpul_<id>_<secret>`: a public id (16 hex digits; lists, logs and revoke
 * name it) and a 256-bit random secret (43 base64url characters). Only the SHA-256 of the whole
 * key is stored. A salted slow hash (scrypt) guards low-entropy passwords against guessing; a
 * 256-bit random secret cannot be guessed, so a plain SHA-256 is as safe here and lets a request
 * find its key by an indexed lookup of the hash instead of trying every stored salt.
 */
export const API_KEY_PREFIX = "simpul";
const KEY_PATTERN = /^simpul_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  id: string;
  /** The key itself: shown once to whoever created it, never stored or logged. */
  key: string;
  hash: string;
}

/** A fresh random key with its id and the hash to store. */
export function generateApiKey(): NewApiKey {
  const id = randomBytes(8).toString("hex");
  const key = `${API_KEY_PREFIX}_${id}_${randomBytes(32).toString("base64url")}`;
  return { id, key, hash: hashApiKey(key) };
}

/** The id a well-formed key names, or undefined when the string is not shaped like a Simpul key. */
export function apiKeyId(key: string): string | undefined {
  return KEY_PATTERN.exec(key)?.[1];
}

/** The value stored for a key and looked up when a request presents it: hex SHA-256 of the whole key. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

const MAX_NAME_LENGTH = 200;

/** Why a key's name is refused, or undefined for a good one: it says who or what holds the key. */
export function keyNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "must not be empty (say who or what holds the key)";
  if (name.length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return "must not contain control characters";
  return undefined;
}
