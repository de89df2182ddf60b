import { parseCypherFile } from "../../src/db/migrate";

describe("parseCypherFile", () => {
  it("splits statements at line-ending semicolons and drops comment lines", () => {
    const text = "// a comment\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x);\n";
    expect(parseCypherFile(text)).toEqual([
      "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.x)",
    ]);
  });

  it("keeps a semicolon inside a string on the same line", () => {
    expect(parseCypherFile("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});
