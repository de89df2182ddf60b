import type { SeedDataset } from "../../src/domain/dataset";

/**
 * A small, hand-checked network for the read-API tests: one regency with two sentra, three
 * firms, a supplier that supplies one sentra and buys from the other, a bank, a forum.
 */
export const fixture: SeedDataset = {
  regions: [
    { id: "t-prov", name: "Jawa Tengah", level: "PROVINCE" },
    { id: "t-regency", name: "Klaten", level: "REGENCY", parentId: "t-prov" },
    { id: "t-district", name: "Ceper", level: "DISTRICT", parentId: "t-regency" },
    { id: "t-village", name: "Batur", level: "VILLAGE", parentId: "t-district" },
    { id: "t-other-regency", name: "Pati", level: "REGENCY", parentId: "t-prov" },
  ],
  sentra: [
    { id: "t-casting", name: "Sentra Cor Logam Batur", product: "metal castings", sector: "metal", regionId: "t-village", description: "Foundries", unggulan: true },
    { id: "t-brass", name: "Sentra Kuningan Juwana", product: "brass craft", sector: "metal", regionId: "t-other-regency", description: "Brass", unggulan: false },
  ],
  actors: [
    { id: "t-ikm-a", name: "UD Logam Jaya", kind: "IKM", regionId: "t-village", sizeClass: "SMALL", workers: 12, mainProducts: ["pipe fittings"], yearFounded: 1985, kbli: "24310", location: { latitude: -7.7, longitude: 110.6 } },
    { id: "t-ikm-b", name: "CV Cor Mandiri", kind: "IKM", regionId: "t-village", sizeClass: "MICRO", workers: 4, mainProducts: ["manhole covers"] },
    { id: "t-ikm-c", name: "UD Kuningan Indah", kind: "IKM", regionId: "t-other-regency", sizeClass: "SMALL", workers: 9 },
    { id: "t-trader", name: "Toko Besi Makmur", kind: "TRADER", regionId: "t-district", description: "Scrap and brass trader" },
    { id: "t-bank", name: "BRI Unit Ceper", kind: "BANK", regionId: "t-district" },
  ],
  participations: [
    { actorId: "t-ikm-a", sentraId: "t-casting", role: "CORE", since: "1990-01-01" },
    { actorId: "t-ikm-b", sentraId: "t-casting", role: "CORE" },
    { actorId: "t-ikm-c", sentraId: "t-brass", role: "CORE" },
    { actorId: "t-trader", sentraId: "t-casting", role: "SUPPLIER_INDUSTRY" },
    { actorId: "t-trader", sentraId: "t-brass", role: "BUYER" },
    { actorId: "t-bank", sentraId: "t-casting", role: "SUPPORTING_INSTITUTION" },
  ],
  linkages: [
    { id: "t-l-coop", type: "HORIZONTAL_COOPERATION", fromId: "t-ikm-a", toId: "t-ikm-b", intensity: "ACTIVE", flows: ["INFORMATION", "GOODS"], sentraId: "t-casting", since: "2005-03-01" },
    { id: "t-l-supply", type: "UPSTREAM_SUPPLY", fromId: "t-trader", toId: "t-ikm-a", intensity: "PASSIVE", flows: ["GOODS", "MONEY"], sentraId: "t-casting" },
    { id: "t-l-sales", type: "DOWNSTREAM_SALES", fromId: "t-ikm-c", toId: "t-trader", intensity: "PROACTIVE", flows: ["GOODS", "MONEY"], sentraId: "t-brass" },
    { id: "t-l-credit", type: "FINANCE", fromId: "t-bank", toId: "t-ikm-a", flows: ["MONEY"], sentraId: "t-casting" },
  ],
  people: [{ id: "t-person", name: "Pak Slamet", position: "Owner", representsActorId: "t-ikm-a" }],
  forums: [
    {
      id: "t-fkak",
      kind: "FKAK",
      name: "FKAK Cor Logam Batur",
      sentraId: "t-casting",
      founded: "2008-06-01",
      members: [{ personId: "t-person", role: "chair" }, { actorId: "t-ikm-b" }],
    },
  ],
  agreements: [
    { id: "t-agreement", forumId: "t-fkak", providerId: "t-bank", providerRole: "PKE", scope: "bookkeeping", feeBasis: "per session", startDate: "2009-01-01" },
  ],
  monitoringRecords: [{ id: "t-monitoring", sentraId: "t-casting", date: "2009-06-01", visitorId: "t-bank", findings: "cooperation mostly passive" }],
  surveyRounds: [{ id: "t-round", name: "Test round", date: "2008-05-01", source: "fixture" }],
  indicatorScores: [
    { id: "t-jica-a", roundId: "t-round", actorId: "t-ikm-a", sentraId: "t-casting", product: 3, technology: 3, market: 3, skills: 2, trust: 3, information: 3 },
  ],
  problemSolvingScores: [
    { id: "t-ps-a", roundId: "t-round", actorId: "t-ikm-a", sentraId: "t-casting", rawMaterial: 3, auxiliaryMaterial: 2, production: 3, marketing: 2 },
  ],
  surveyResponses: [
    { id: "t-resp-a-same", roundId: "t-round", actorId: "t-ikm-a", sentraId: "t-casting", question: "SAME_TYPE", cooperates: true, intensity: "ACTIVE" },
    { id: "t-resp-b-same", roundId: "t-round", actorId: "t-ikm-b", sentraId: "t-casting", question: "SAME_TYPE", cooperates: false },
  ],
  programmes: [
    { id: "t-programme", name: "Kredit IKM", runById: "t-bank", partnerIds: ["t-trader"], sentraIds: ["t-casting"], startDate: "2002-01-01", endDate: "2002-06-30", amountRp: 50_000_000_000, beneficiaries: 400, description: "credit" },
  ],
  statistics: [{ id: "t-stat", sentraId: "t-casting", year: 2003, measure: "firms", value: 320, unit: "firms" }],
};
