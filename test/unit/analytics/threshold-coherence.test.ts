import { InvalidThresholdError, resolveThresholds } from "../../../src/domain/analytics/thresholds";

describe("a threshold set must be coherent: a lower rung never needs more than a higher one", () => {
  const refusal = (override: Parameters<typeof resolveThresholds>[0]) => {
    try {
      resolveThresholds(override);
    } catch (error) {
      return error as InvalidThresholdError;
    }
    throw new Error("accepted");
  };

  it("refuses sentraMinFirms above clusterMinFirms, naming both", () => {
    const error = refusal({ sentraMinFirms: 30, clusterMinFirms: 20 });
    expect(error).toBeInstanceOf(InvalidThresholdError);
    expect(error.threshold).toBe("sentraMinFirms");
    expect(error.message).toBe("Threshold sentraMinFirms must not exceed clusterMinFirms (20): a lower rung cannot need more than a higher one, got 30");
  });

  it("refuses a cluster line overridden below the default sentra line, naming both", () => {
    const error = refusal({ clusterMinFirms: 3 });
    expect(error.threshold).toBe("clusterMinFirms");
    expect(error.message).toBe("Threshold clusterMinFirms must be at least sentraMinFirms (5): a higher rung cannot need less than a lower one, got 3");
  });

  it("accepts equal lines, and a sentra line lowered with the cluster line", () => {
    expect(resolveThresholds({ sentraMinFirms: 20, clusterMinFirms: 20 }).values).toMatchObject({ sentraMinFirms: 20, clusterMinFirms: 20 });
    expect(resolveThresholds({ sentraMinFirms: 1, clusterMinFirms: 3 }).overridden).toEqual(["sentraMinFirms", "clusterMinFirms"]);
  });
});
