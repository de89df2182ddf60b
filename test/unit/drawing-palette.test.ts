import {
  BACKGROUND,
  contrastRatio,
  ISOLATE_MARK,
  KIND_COLOURS,
  LACKING_MARK,
  LINKAGE_COLOURS,
  MIN_CONTRAST,
  OUTSIDE_MARK,
  ringOf,
  SELECTED_MARK,
} from "../../src/domain/drawing/palette";

/** WCAG 2.1 SC 1.4.11 (non-text contrast): every mark of the drawing at least 3:1 against the white page. */
describe("the drawing's palette", () => {
  it("computes the WCAG contrast ratio", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#767676")).toBeCloseTo(4.54, 2);
    expect(BACKGROUND).toBe("#ffffff");
  });

  it.each(Object.entries(LINKAGE_COLOURS))("draws %s ties in a colour of at least 3:1", (_type, colour) => {
    expect(contrastRatio(colour)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(Object.entries(KIND_COLOURS))("rings a %s node in a colour of at least 3:1, of the same hue", (_kind, fill) => {
    const ring = ringOf(fill);
    expect(contrastRatio(ring)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // The ring is the fill darkened, never another colour: no channel grows.
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    channels(ring).forEach((value, i) => expect(value).toBeLessThanOrEqual(channels(fill)[i]));
  });

  it.each([
    ["isolate", ISOLATE_MARK],
    ["outside the network", OUTSIDE_MARK],
    ["selected", SELECTED_MARK],
    ["lacks the need", LACKING_MARK],
  ])("marks %s in a colour of at least 3:1", (_name, colour) => {
    expect(contrastRatio(colour)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});
