import type { SeedDataset } from "../../src/domain/dataset";

/**
 * Records the generator never makes, added so that the stored analyses, computed from the dataset
 * for the CSV and from the graph online, meet them: an actor with two roles in one sentra (its
 * CORE role given twice), ties naming no sentra between and into members, a tie naming a sentra
 * not in the dataset, a forum with an actor sitting twice, a representative of an actor not in the
 * dataset and a person not in it, agreements with and without their provider, the recorded number
 * of firms in two years, an older survey round where one firm answers two questions, a monitoring
 * visit out of order, a name with quotes and a comma, a tie with no flows, and records that refer to what is not in the dataset.
 */
export function withUncommonRecords(generated: SeedDataset): SeedDataset {
  const d = structuredClone(generated);
  const sentraId = "gen-sentra-00001";
  const [first, second, third] = ["gen-ikm-000001", "gen-ikm-000002", "gen-ikm-000003"];
  // Quotes, a comma and a line break, in a name the stored analysis quotes too.
  d.actors.push({ id: "uncommon-actor", name: 'CV "Maju, Jaya"', kind: "IKM", description: "two\nlines", mainProducts: ["baut, mur", '"pipa"'] });
  d.participations.push(
    { actorId: "uncommon-actor", sentraId, role: "CORE" },
    { actorId: first, sentraId, role: "SUPPLIER_INDUSTRY" },
    { actorId: first, sentraId, role: "CORE" },
    { actorId: "not-an-actor", sentraId, role: "CORE" },
    { actorId: second, sentraId: "sentra-of-no-region", role: "CORE" },
  );
  d.sentra.push({ ...d.sentra[0], id: "sentra-of-no-region", regionId: "not-a-region" });
  d.linkages.push(
    { id: "uncommon-l-1", type: "HORIZONTAL_COOPERATION", fromId: first, toId: second, intensity: "PROACTIVE", flows: ["INFORMATION"] },
    { id: "uncommon-l-2", type: "FINANCE", fromId: "gen-org-00219", toId: third, flows: ["MONEY"] },
    { id: "uncommon-l-3", type: "HORIZONTAL_COOPERATION", fromId: second, toId: third, flows: ["INFORMATION"], sentraId: "not-a-sentra" },
    { id: "uncommon-l-4", type: "FINANCE", fromId: "not-an-actor", toId: third, flows: ["MONEY"] },
    { id: "uncommon-l-5", type: "PROMOTION", fromId: "gen-org-00219", toId: first, flows: [], sentraId },
  );
  d.people.push({ id: "uncommon-person-1", name: "Pak Uncommon", representsActorId: "not-an-actor" });
  d.forums.push({
    id: "uncommon-fkak",
    kind: "FKAK",
    name: "FKAK Uncommon",
    sentraId,
    decree: "SK 1/2020",
    members: [
      { actorId: second },
      { actorId: second, role: "again" },
      { personId: "uncommon-person-1" },
      { personId: "not-a-person" },
      { actorId: "gen-org-00287" },
    ],
  });
  d.agreements.push(
    {
      id: "uncommon-g-1",
      forumId: "uncommon-fkak",
      providerId: "gen-org-00232",
      providerRole: "PKE",
      scope: "markets",
      feeBasis: "per visit",
      startDate: "2021-01-01",
    },
    {
      id: "uncommon-g-2",
      forumId: "uncommon-fkak",
      providerId: "not-an-actor",
      providerRole: "LPT",
      scope: "quality",
      feeBasis: "monthly",
      startDate: "2021-01-01",
    },
  );
  d.statistics.push(
    { id: "uncommon-firms-2021", sentraId, year: 2021, measure: "firms", value: 30, unit: "units" },
    { id: "uncommon-firms-2023", sentraId, year: 2023, measure: "firms", value: 45, unit: "units" },
  );
  d.surveyRounds.push({ id: "uncommon-round", name: "An older round", date: "2019-03-01", source: "test" });
  d.surveyResponses.push(
    { id: "uncommon-r-2", roundId: "uncommon-round", actorId: first, sentraId, question: "UPSTREAM", cooperates: false },
    { id: "uncommon-r-1", roundId: "uncommon-round", actorId: first, sentraId, question: "SAME_TYPE", cooperates: true, intensity: "ACTIVE" },
    { id: "uncommon-r-3", roundId: "not-a-round", actorId: first, sentraId, question: "SAME_TYPE", cooperates: true },
  );
  d.monitoringRecords.push({ id: "uncommon-visit", sentraId, date: "2001-02-03", findings: "an early visit" });
  return d;
}
