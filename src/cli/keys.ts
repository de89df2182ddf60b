import path from "node:path";
import { generateApiKey, keyNameProblem } from "../auth/api-key";
import { ROLES, isRole } from "../auth/roles";
import { migrate } from "../db/migrate";
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyRecord } from "../repositories/api-key.repository";
import { readCommandLine, refuse, type ParsedCommandLine } from "./command-line";
import { exitOnError, withNeo4j } from "./with-neo4j";

const USAGE = `Usage:
  npm run keys -- create --name NAME --role ${ROLES.join("|")}   prints the new key once
  npm run keys -- list                                     every key, without secrets
  npm run keys -- revoke ID                                the key stops working at once
`;

type Command = { kind: "create"; name: string; role: (typeof ROLES)[number] } | { kind: "list" } | { kind: "revoke"; id: string };

const OPTIONS = { name: { type: "string" }, role: { type: "string" } } as const;

/** The command line as a command, or a refusal saying what is wrong with it. */
function interpret({ values, positionals }: ParsedCommandLine<typeof OPTIONS, true>): Command {
  const [verb, ...rest] = positionals;
  if (verb === "create") {
    if (rest.length > 0) refuse(`create takes no positional arguments, got "${rest.join(" ")}"`);
    if (values.name === undefined) refuse("create needs --name (who or what holds the key)");
    const problem = keyNameProblem(values.name);
    if (problem) refuse(`--name ${problem}`);
    const role = values.role?.toUpperCase();
    if (!isRole(role)) refuse(`--role must be one of ${ROLES.join(", ")}, got "${values.role ?? ""}"`);
    return { kind: "create", name: values.name.trim(), role };
  }
  if (values.name !== undefined || values.role !== undefined) refuse("--name and --role belong to create");
  if (verb === "list" && rest.length === 0) return { kind: "list" };
  if (verb === "revoke" && rest.length === 1) return { kind: "revoke", id: rest[0] };
  return refuse(verb === undefined ? "name a command" : `unknown command or arguments: ${positionals.join(" ")}`);
}

function describe(key: ApiKeyRecord): string {
  const status = key.revokedAt === null ? "active" : `revoked ${key.revokedAt}`;
  return `${key.id}  ${key.role.padEnd(6)}  ${status.padEnd(38)}  created ${key.createdAt}  ${key.name}`;
}

/** `npm run keys -- create|list|revoke`: API keys and their roles (VIEWER < EDITOR < ADMIN). */
function main(): void {
  const run = readCommandLine({ usage: USAGE, options: OPTIONS, allowPositionals: true }, interpret);
  withNeo4j(async (db, { uri, projectRoot }) => {
    if (run.kind === "create") {
      // The index on the hash and the unique id must exist before the first key (a fresh database).
      await migrate(db, path.join(projectRoot, "schema"));
      const fresh = generateApiKey();
      const stored = await createApiKey(db, { id: fresh.id, name: run.name, role: run.role, hash: fresh.hash });
      process.stdout.write(
        `Created API key ${stored.id} (${stored.role}) for "${stored.name}" in ${uri}.\n` +
          `Copy it now: Simpul stores only its SHA-256 hash and cannot show it again.\n\n${fresh.key}\n\n` +
          `Send it as: Authorization: Bearer <key>\n`,
      );
    } else if (run.kind === "list") {
      const keys = await listApiKeys(db);
      if (keys.length === 0) process.stdout.write(`No API keys in ${uri}; create one with: npm run keys -- create --name NAME --role ROLE\n`);
      for (const key of keys) process.stdout.write(`${describe(key)}\n`);
    } else {
      const revoked = await revokeApiKey(db, run.id);
      if (!revoked) throw new Error(`No API key with id "${run.id}" in ${uri}; npm run keys -- list shows them`);
      process.stdout.write(`Revoked API key ${revoked.id} (${revoked.role}, "${revoked.name}") as of ${revoked.revokedAt}\n`);
    }
  }).catch(exitOnError);
}

main();
