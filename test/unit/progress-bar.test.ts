import { barOf, progressBar } from "../../src/cli/progress-bar";

/** A stream that keeps what is written, as a terminal (isTTY) or as a log. */
function capture(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = { isTTY, write: (chunk: string) => chunks.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join("") };
}

describe("the progress bar", () => {
  it("fills its share of the width", () => {
    expect(barOf(0, 4)).toBe("[----]");
    expect(barOf(0.5, 4)).toBe("[##--]");
    expect(barOf(1.5, 4)).toBe("[####]");
  });

  it("prints a line at each tenth and at the end of a phase in a log", () => {
    const out = capture(false);
    const bar = progressBar({ label: "importing", stream: out.stream, width: 10 });
    for (let done = 1; done <= 100; done += 1) bar.update("firms", done, 100);
    bar.update("linkages", 0, 0);
    bar.finish();
    const lines = out.text().trimEnd().split("\n");
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe("importing firms          [----------]      1/100");
    expect(lines[10]).toBe("importing firms          [##########]    100/100");
    expect(lines[11]).toBe("importing linkages       [##########]      0/0");
  });

  it("redraws one line in place on a terminal and ends it with the phase", () => {
    const out = capture(true);
    const bar = progressBar({ label: "seeding", stream: out.stream, width: 0, phaseWidth: 6 });
    bar.update("actors", 1, 2, "0.1 s");
    bar.update("actors", 2, 2);
    expect(out.text()).toBe("\rseeding actors      1/2 0.1 s\rseeding actors      2/2      \n");
  });
});
