import { interpretCommandLine, oneOf, refuse, wholeNumber } from "../../src/cli/command-line";

const SPEC = {
  usage: "usage: thing [--count N] [--colour red|blue] [--dry-run] FILE",
  options: { count: { type: "string" }, colour: { type: "string" }, "dry-run": { type: "boolean" } },
  allowPositionals: true,
} as const;

const read = (...argv: string[]) =>
  interpretCommandLine(SPEC, argv, ({ values, positionals }) => {
    if (positionals.length !== 1) refuse("name one FILE");
    return {
      file: positionals[0],
      count: values.count === undefined ? 1 : wholeNumber("count", values.count, 1),
      colour: values.colour === undefined ? "red" : oneOf("colour", values.colour, ["red", "blue"] as const),
      dryRun: values["dry-run"] ?? false,
    };
  });

describe("the command-line reader", () => {
  it("hands the parsed options and positionals to the command", () => {
    expect(read("a.csv", "--count", "3", "--colour", "blue", "--dry-run")).toEqual({
      kind: "run",
      args: { file: "a.csv", count: 3, colour: "blue", dryRun: true },
    });
  });

  it.each([["--help"], ["-h"], ["a.csv", "--bogus", "--help"]])("answers %s with the usage", (...argv) => {
    expect(read(...argv)).toEqual({ kind: "help", text: `${SPEC.usage}\n` });
  });

  it.each([
    [["a.csv", "--bogus"], "Unknown option '--bogus'"],
    [["a.csv", "--count"], "Option '--count <value>' argument missing"],
    [["a.csv", "--count", "0"], '--count must be a whole number from 1, got "0"'],
    [["a.csv", "--count", "2.5"], '--count must be a whole number from 1, got "2.5"'],
    [["a.csv", "--colour", "green"], '--colour must be one of red, blue, got "green"'],
    [["a.csv", "b.csv"], "name one FILE"],
  ])("refuses %j, saying why, then the usage", (argv, reason) => {
    const outcome = read(...argv);
    expect(outcome.kind).toBe("refused");
    expect(outcome.kind === "refused" && outcome.text).toContain(reason);
    expect(outcome.kind === "refused" && outcome.text.endsWith(`\n\n${SPEC.usage}\n`)).toBe(true);
  });

  it("lets errors that are not about the command line through", () => {
    expect(() =>
      interpretCommandLine(SPEC, ["a.csv"], () => {
        throw new Error("disk full");
      }),
    ).toThrow("disk full");
  });
});
