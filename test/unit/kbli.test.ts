import { KBLI_CODES, KBLI_DIVISIONS, kbliProblem, kbliTitle, kbliMatching } from "../../src/domain/kbli";
import { sentra } from "../../seed/data/sentra";

describe("KBLI 2020 codes", () => {
  it("accepts five digits in a real division", () => {
    expect(kbliProblem("24310")).toBeNull();
    expect(kbliProblem("01411")).toBeNull();
  });

  it("refuses other lengths, non-digits and divisions KBLI 2020 does not have", () => {
    expect(kbliProblem("2431")).toBe('kbli must be a five-digit KBLI 2020 code, got "2431"');
    expect(kbliProblem("24310 ")).toMatch(/five-digit/);
    expect(kbliProblem("2431a")).toMatch(/five-digit/);
    // 04, 34, 40 and 83 are gaps in the numbering of divisions
    for (const code of ["04110", "34000", "40100", "83000"])
      expect(kbliProblem(code)).toBe(`kbli ${code} is not in a KBLI 2020 division: no division ${code.slice(0, 2)}`);
  });

  it("keeps the 88 divisions and names every code it lists, in both languages", () => {
    expect(Object.keys(KBLI_DIVISIONS)).toHaveLength(88);
    for (const code of Object.keys(KBLI_CODES)) expect(kbliProblem(code)).toBeNull();
    expect(kbliTitle("24310", "id")).toBe("Industri pengecoran besi dan baja");
    // an unlisted code in a real division is named by its division
    expect(kbliTitle("24100", "en")).toBe("Manufacture of basic metals");
  });

  it("gives every seeded sentra a named code, two of them the same (same-product matching fires on the seed)", () => {
    for (const s of sentra) expect(KBLI_CODES[s.kbli ?? ""]).toBeDefined();
    const byCode = new Map<string, string[]>();
    for (const s of sentra) byCode.set(s.kbli!, [...(byCode.get(s.kbli!) ?? []), s.id]);
    expect(byCode.get("28110")).toEqual(["sentra-tegal-metal-engineering", "sentra-tegal-application-engines"]);
  });

  it("finds the codes and divisions whose titles affirm a search word in either language, not those that negate it", () => {
    const logam = kbliMatching("logam");
    expect(logam.divisions).toEqual(expect.arrayContaining(["24", "25"]));
    // "Industri barang galian bukan logam" and "non-metallic mineral products" are not metal.
    expect(logam.divisions).not.toContain("23");
    expect(kbliMatching("metal").divisions).not.toContain("23");
    expect(kbliMatching("metal").codes).toEqual(expect.arrayContaining(["24320"]));
    // "pengecoran logam bukan besi dan baja" is not iron.
    expect(kbliMatching("besi").codes).toEqual(["24310"]);
    expect(kbliMatching("tekstil").divisions).toEqual(["13"]);
  });
});
