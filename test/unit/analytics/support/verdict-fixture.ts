import type { ConcentrationMeasure, VerdictInput } from "../../../../src/domain/analytics/criteria";
import { cooperationDensity } from "../../../../src/domain/analytics/cooperation";
import type { SentraNetwork } from "../../../../src/domain/analytics/network";
import { surveyTables } from "../../../../src/domain/analytics/survey-tables";
import { valueChain } from "../../../../src/domain/analytics/value-chain";
import { actor, firm, forum, network, round, tie } from "./build-network";

/**
 * A small sentra whose every criterion is worked out by hand:
 *   core F1 to F4; supplier S1; processor P1 (supporting industry); banks B1, B2; university U1.
 *   same-type answers: F1, F2, F3 yes (no intensity), F4 no -> horizontal cooperation 3/4 = 0.75
 *   horizontal F1-F2 active, F2-F3 passive                -> largest web {F1,F2,F3}: 3 of 4 core firms
 *   S1 supplies F1 proactive; F2 sells to P1 active        -> linked core firms F1,F2,F3: 3/4 = 0.75
 *   measured pairs 2 + 1 + 3 + 2                           -> mean intensity 8/4 = 2.0
 *   B1 lends to F1, U1 trains F3 (unmeasured)              -> core served 2/4 = 0.5; institutions tied 2/3
 *   FKAK: owners of F1..F4 and bank B1                     -> 5 members, 2 kinds (BANK, IKM)
 *   LPT agreement with U1                                  -> 1 assistance role
 *   JICA market 3, 3, 3, 2                                 -> mean 2.75; every other aspect 3
 */
export function verdictNetwork(): SentraNetwork {
  const scores = (market: number) => ({ product: 3, technology: 3, market, skills: 3, trust: 3, information: 3 });
  return network({
    actors: [
      firm("F1"),
      firm("F2"),
      firm("F3"),
      firm("F4"),
      actor("S1", "RAW_MATERIAL_SUPPLIER", ["SUPPLIER_INDUSTRY"]),
      actor("P1", "IKM", ["SUPPORTING_INDUSTRY"]),
      actor("B1", "BANK", ["SUPPORTING_INSTITUTION"]),
      actor("B2", "BANK", ["SUPPORTING_INSTITUTION"]),
      actor("U1", "UNIVERSITY", ["SUPPORTING_INSTITUTION"]),
    ],
    ties: [
      tie("HORIZONTAL_COOPERATION", "F1", "F2", "ACTIVE"),
      tie("HORIZONTAL_COOPERATION", "F2", "F3", "PASSIVE"),
      tie("UPSTREAM_SUPPLY", "S1", "F1", "PROACTIVE"),
      tie("DOWNSTREAM_SALES", "F2", "P1", "ACTIVE"),
      tie("FINANCE", "B1", "F1"),
      tie("TECHNICAL_ASSISTANCE", "U1", "F3"),
    ],
    forums: [
      forum(
        "fpk",
        "FPK",
        [
          ["fp1", "B1", "BANK"],
          ["fp2", "U1", "UNIVERSITY"],
        ],
        "SK Bupati Test No. 1/2009",
      ),
      forum("fkak", "FKAK", [
        ["o1", "F1", "IKM"],
        ["o2", "F2", "IKM"],
        ["o3", "F3", "IKM"],
        ["o4", "F4", "IKM"],
        [null, "B1", "BANK"],
      ]),
    ],
    agreements: [{ id: "ag1", forumId: "fkak", providerId: "U1", providerRole: "LPT", startDate: "2009-03-01", endDate: null }],
    monitoringDates: ["2009-10-01"],
    rounds: [
      {
        ...round("r1", [
          ["F1", "SAME_TYPE", true, null],
          ["F2", "SAME_TYPE", true, null],
          ["F3", "SAME_TYPE", true, null],
          ["F4", "SAME_TYPE", false, null],
          ["F1", "SUPPORTING", true, null],
          ["F2", "SUPPORTING", false, null],
          ["F3", "SUPPORTING", true, null],
          ["F4", "SUPPORTING", false, null],
        ]),
        indicatorScores: [
          { actorId: "F1", ...scores(3) },
          { actorId: "F2", ...scores(3) },
          { actorId: "F3", ...scores(3) },
          { actorId: "F4", ...scores(2) },
        ],
      },
    ],
  });
}

export const CLOSE_TOGETHER: ConcentrationMeasure = {
  coreFirms: 4,
  withCoordinates: 4,
  radiusKm: 5,
  maxWithinRadius: 4,
  recordedFirms: null,
  recordedYear: null,
  // One district: a recorded count there shows its firms close together.
  regionLevel: "DISTRICT",
};

export function verdictInput(n: SentraNetwork = verdictNetwork(), concentration: ConcentrationMeasure = CLOSE_TOGETHER): VerdictInput {
  const core = n.actors.filter((a) => a.roles.includes("CORE")).map((a) => a.id);
  const latest = n.rounds[n.rounds.length - 1];
  return {
    network: n,
    valueChain: valueChain(n),
    cooperation: cooperationDensity(n),
    survey: latest ? surveyTables(latest, core) : null,
    concentration,
  };
}
