import { MAX_DOCUMENT_NESTING, nestsDeeperThan } from "../../src/http/document-nesting";

const nested = (levels: number) => `{ a(x: ${"[".repeat(levels - 2)}1${"]".repeat(levels - 2)}) }`;

describe("nestsDeeperThan", () => {
  it("allows the bound and refuses one level more", () => {
    expect(nestsDeeperThan(nested(MAX_DOCUMENT_NESTING))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_DOCUMENT_NESTING + 1))).toBe(true);
  });

  it("counts braces, brackets and parentheses together, open or not", () => {
    expect(nestsDeeperThan("{ a { b(x: [{ y: 1 }]) } }", 5)).toBe(false);
    expect(nestsDeeperThan("{ a { b(x: [{ y: 1 }]) } }", 4)).toBe(true);
    expect(nestsDeeperThan("{".repeat(10_000))).toBe(true);
  });

  it.each([
    ["a string", `{ a(x: "${"[".repeat(500)}") }`],
    ["a string with escaped quotes", `{ a(x: "\\"${"{".repeat(500)}\\"") }`],
    ["a block string", `{ a(x: """ " ""${"(".repeat(500)} \\""" """) }`],
    ["a comment", `# ${"{".repeat(500)}\n{ a }`],
  ])("ignores brackets inside %s", (_where, source) => {
    expect(nestsDeeperThan(source)).toBe(false);
  });

  it("ends an unterminated string at the line's end, so brackets after it still count", () => {
    expect(nestsDeeperThan(`{ a(x: "open\n${"[".repeat(500)}`)).toBe(true);
  });
});
