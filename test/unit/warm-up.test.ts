import { isSteady, describeWarmUp, type WarmUpResult } from "../../src/startup/warm-up";
import { WarmUpGate } from "../../src/startup/warm-up-gate";
import { nameFragment, warmUpRound } from "../../src/startup/warm-up-requests";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("WarmUpGate", () => {
  it("runs at most `limit` at once, in arrival order, and opening lets every waiting one through", async () => {
    const gate = new WarmUpGate(2);
    const started: number[] = [];
    const holds = [0, 1, 2, 3, 4].map(() => deferred());
    const runs = holds.map((hold, i) =>
      gate.admit(async () => {
        started.push(i);
        await hold.promise;
        return i;
      }),
    );
    await new Promise(setImmediate);
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(3);

    holds[1].resolve();
    await runs[1];
    await new Promise(setImmediate);
    expect(started).toEqual([0, 1, 2]); // the place went to the first in line
    expect(gate.queued).toBe(2);

    gate.open();
    await new Promise(setImmediate);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(gate.queued).toBe(0);
    expect(gate.isOpen).toBe(true);
    for (const hold of holds) hold.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
  });

  it("lets a failed run hand its place on", async () => {
    const gate = new WarmUpGate(1);
    const failing = gate.admit(() => Promise.reject(new Error("cold")));
    const next = gate.admit(async () => "answered");
    await expect(failing).rejects.toThrow("cold");
    expect(await next).toBe("answered");
    expect(gate.queued).toBe(0);
  });
});

describe("isSteady", () => {
  it.each([
    [[900, 120], false], // too few rounds
    [[9000, 400, 390], true],
    [[9000, 4000, 2000], false], // still getting faster
    [[9000, 400, 900], false], // a slow round: look again
    [[9000, 400, 900, 880], true],
  ])("%j -> %s", (rounds, steady) => {
    expect(isSteady(rounds)).toBe(steady);
  });
});

describe("the warm-up's reads", () => {
  it("reads every hot request for each sentra, both rankings and a name search per usable name", () => {
    const round = warmUpRound({ sentraIds: ["s-1", "s-2"], provinceId: "33", actorNames: ["UD Logam Jaya", "CV X"] });
    expect(round.filter((request) => request.variables?.id === "s-1")).toHaveLength(5);
    expect(round.filter((request) => request.variables?.id === "s-2")).toHaveLength(5);
    expect(round.filter((request) => "regionId" in (request.variables ?? {})).map((request) => request.variables?.regionId)).toEqual([null, "33"]);
    expect(round.filter((request) => request.variables?.text !== undefined).map((request) => request.variables?.text)).toEqual(["logam"]);
  });

  it("searches the longest word of at least four letters", () => {
    expect(nameFragment("Koperasi Pengecoran Logam Ceper")).toBe("pengecoran");
    expect(nameFragment("UD Ani")).toBeUndefined();
  });

  it("describes how it ended", () => {
    const result: WarmUpResult = {
      rounds: 4,
      requests: 120,
      failures: 2,
      failureCodes: { DATABASE_TIMEOUT: 2 },
      elapsedMs: 12_340,
      ended: "steady",
      roundMs: [],
    };
    expect(describeWarmUp(result)).toBe("Warm after 12.3 s (4 rounds, 120 reads, 2 failed)");
    expect(describeWarmUp({ ...result, ended: "budget", failures: 0 })).toBe(
      "Warm-up stopped at its budget after 12.3 s (4 rounds, 120 reads; SIMPUL_WARM_UP_SECONDS sets it)",
    );
  });
});
