import { servedByOf } from "../../../src/domain/analytics/served-by";
import { actor, firm, network, tie } from "./support/build-network";

describe("who serves a sentra (servedByOf)", () => {
  it("lists the other end of each tie of the sentra's network with a core firm, per type, distinct and sorted", () => {
    const served = servedByOf(
      network({
        actors: [firm("A"), firm("B"), actor("K", "BANK", ["SUPPORTING_INSTITUTION"]), actor("S", "TRADER"), actor("X", "BANK"), actor("Y", "NGO")],
        ties: [
          tie("FINANCE", "K", "A"),
          tie("FINANCE", "K", "B"),
          // Naming no sentra: a supporting tie into a core firm counts too.
          tie("FINANCE", "X", "A", null, null),
          // A sale from a firm: the buyer is listed (either way round).
          tie("DOWNSTREAM_SALES", "A", "S"),
          // Between two core firms: each is listed as serving the other.
          tie("HORIZONTAL_COOPERATION", "A", "B"),
          // Not touching a core firm, and a tie of a firm with itself: nothing.
          tie("TECHNICAL_ASSISTANCE", "Y", "S"),
          tie("FINANCE", "A", "A"),
        ],
      }),
    );
    expect(served).toEqual(["DOWNSTREAM_SALES|S", "FINANCE|K", "FINANCE|X", "HORIZONTAL_COOPERATION|A", "HORIZONTAL_COOPERATION|B"]);
  });

  it("ignores a tie that names another sentra, as the sentra's network does", () => {
    const served = servedByOf(network({ actors: [firm("A"), actor("K", "BANK")], ties: [tie("FINANCE", "K", "A", null, "another-sentra")] }));
    expect(served).toEqual([]);
  });
});
