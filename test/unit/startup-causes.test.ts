import { Neo4jError } from "neo4j-driver";
import { knownFailure } from "../../src/db/connect";
import { innermostReason, isDatabaseUnavailable } from "../../src/db/failures";
import { listenFailure } from "../../src/startup/bind-http";
import { StartupError } from "../../src/startup/startup-error";

const reach = { uri: "bolt://db.example.org:7687", uriVariable: "NEO4J_URI", database: "ikm" };

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe("start-up causes told as one line naming the setting", () => {
  it.each([
    [errno("EADDRINUSE"), "PORT", "4000 is already in use on 127.0.0.1"],
    [errno("EACCES"), "PORT", "choose a PORT above 1023"],
    [errno("ENOTFOUND"), "HOST", "does not resolve"],
    [errno("EADDRNOTAVAIL"), "HOST", "is not an address of this machine"],
  ])("listening: %s names %s", (error, variable, text) => {
    const told = listenFailure(error, "127.0.0.1", 4000) as StartupError;
    expect(told).toBeInstanceOf(StartupError);
    expect(told.variable).toBe(variable);
    expect(told.message).toContain(text);
  });

  it.each([
    [
      new Neo4jError("The client is unauthorized", "Neo.ClientError.Security.Unauthorized", "", ""),
      "NEO4J_PASSWORD",
      "refused by Neo4j at bolt://db.example.org:7687",
    ],
    [new Neo4jError("Graph not found: ikm", "Neo.ClientError.Database.DatabaseNotFound", "", ""), "NEO4J_DATABASE", 'names "ikm", which Neo4j'],
    [
      new Neo4jError("Failed to connect to server. Caused by: getaddrinfo ENOTFOUND db.example.org", "ServiceUnavailable", "", ""),
      "NEO4J_URI",
      "does not resolve",
    ],
  ])("connecting: %s names %s", (error, variable, text) => {
    const told = knownFailure(error, reach);
    expect(told?.variable).toBe(variable);
    expect(told?.message).toContain(text);
  });

  it("leaves a refused connection to the bounded retry, with its short reason", () => {
    const refused = new Neo4jError(
      "Failed to connect to server. Please ensure ... Caused by: connect ECONNREFUSED 127.0.0.1:7687",
      "ServiceUnavailable",
      "",
      "",
    );
    expect(knownFailure(refused, reach)).toBeUndefined();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(innermostReason(refused)).toBe("connect ECONNREFUSED 127.0.0.1:7687");
  });

  it("finds the reason inside a routing driver's wrapped cause", () => {
    const inner = new Neo4jError("Failed to connect to server. Caused by: connect ECONNREFUSED 10.0.0.9:7687", "ServiceUnavailable", "", "");
    const outer = new Neo4jError("Could not perform discovery. No routing servers available.", "ServiceUnavailable", "", "", undefined, inner);
    expect(innermostReason(outer)).toBe("connect ECONNREFUSED 10.0.0.9:7687");
  });
});
