import { dataset } from "../../../../seed/data";
import { MEASURED_SENTRA, type MeasuredSentra } from "../../../../seed/research-tables";
import { cooperationDensity } from "../../../../src/domain/analytics/cooperation";
import type { ConcentrationMeasure } from "../../../../src/domain/analytics/criteria";
import { surveyTables } from "../../../../src/domain/analytics/survey-tables";
import { valueChain } from "../../../../src/domain/analytics/value-chain";
import { clusterVerdict } from "../../../../src/domain/analytics/verdict";
import type { NetworkActor, SentraNetwork, SurveyRoundData } from "../../../../src/domain/analytics/network";
import type { SentraRole } from "../../../../src/domain/vocabulary";

/**
 * Builds a sentra's `SentraNetwork` straight from `seed/data`, the way the repository will from
 * Neo4j, so the analytics can be checked on the research's three sentra without a database.
 */
export function seedNetwork(sentraId: string): SentraNetwork {
  const sentra = dataset.sentra.find((s) => s.id === sentraId);
  if (!sentra) throw new Error(`no sentra ${sentraId} in the seed`);
  const rolesOf = new Map<string, SentraRole[]>();
  for (const p of dataset.participations.filter((p) => p.sentraId === sentraId)) {
    rolesOf.set(p.actorId, [...(rolesOf.get(p.actorId) ?? []), p.role]);
  }
  const participants = new Set(rolesOf.keys());
  const ties = dataset.linkages.filter(
    (l) => l.sentraId === sentraId || (l.sentraId === undefined && (participants.has(l.fromId) || participants.has(l.toId))),
  );
  const actorIds = new Set([...participants, ...ties.flatMap((t) => [t.fromId, t.toId])]);
  const actors: NetworkActor[] = dataset.actors
    .filter((a) => actorIds.has(a.id))
    .map((a) => ({ id: a.id, name: a.name, kind: a.kind, roles: rolesOf.get(a.id) ?? [], location: a.location ?? null }));

  const kindOf = new Map(dataset.actors.map((a) => [a.id, a.kind]));
  const representsOf = new Map(dataset.people.map((p) => [p.id, p.representsActorId ?? null]));
  const forums = dataset.forums
    .filter((f) => f.sentraId === sentraId)
    .map((f) => ({
      id: f.id,
      kind: f.kind,
      name: f.name,
      founded: f.founded ?? null,
      decree: f.decree ?? null,
      members: f.members.map((m) => {
        const actorId = m.personId ? (representsOf.get(m.personId) ?? null) : (m.actorId ?? null);
        return { personId: m.personId ?? null, actorId, actorKind: actorId ? (kindOf.get(actorId) ?? null) : null };
      }),
    }));
  const forumIds = new Set(forums.map((f) => f.id));

  return {
    sentra: { id: sentra.id, name: sentra.name, product: sentra.product, sector: sentra.sector, unggulan: sentra.unggulan, regionId: sentra.regionId },
    actors,
    ties: ties.map((l) => ({ id: l.id, type: l.type, fromId: l.fromId, toId: l.toId, intensity: l.intensity ?? null, sentraId: l.sentraId ?? null })),
    forums,
    agreements: dataset.agreements
      .filter((a) => forumIds.has(a.forumId))
      .map((a) => ({
        id: a.id,
        forumId: a.forumId,
        providerId: a.providerId,
        providerRole: a.providerRole,
        startDate: a.startDate,
        endDate: a.endDate ?? null,
      })),
    monitoringDates: dataset.monitoringRecords.filter((m) => m.sentraId === sentraId).map((m) => m.date),
    rounds: roundsOf(sentraId),
  };
}

function roundsOf(sentraId: string): SurveyRoundData[] {
  return [...dataset.surveyRounds]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((round) => {
      const inRound = <T extends { roundId: string; sentraId: string }>(rows: T[]) => rows.filter((r) => r.roundId === round.id && r.sentraId === sentraId);
      return {
        roundId: round.id,
        name: round.name,
        date: round.date,
        responses: inRound(dataset.surveyResponses).map((r) => ({
          actorId: r.actorId,
          question: r.question,
          cooperates: r.cooperates,
          intensity: r.intensity ?? null,
        })),
        indicatorScores: inRound(dataset.indicatorScores).map(({ actorId, product, technology, market, skills, trust, information }) => ({
          actorId,
          product,
          technology,
          market,
          skills,
          trust,
          information,
        })),
        problemSolvingScores: inRound(dataset.problemSolvingScores).map(({ actorId, rawMaterial, auxiliaryMaterial, production, marketing }) => ({
          actorId,
          rawMaterial,
          auxiliaryMaterial,
          production,
          marketing,
        })),
      };
    })
    .filter((r) => r.responses.length + r.indicatorScores.length + r.problemSolvingScores.length > 0);
}

/** What the repository computes in Cypher with point.distance, here by haversine. */
export function seedConcentration(network: SentraNetwork, radiusKm: number): ConcentrationMeasure {
  const core = network.actors.filter((a) => a.roles.includes("CORE"));
  const placed = core.filter((a) => a.location !== null);
  const maxWithinRadius = placed.reduce((max, a) => Math.max(max, placed.filter((b) => haversineKm(a.location!, b.location!) <= radiusKm).length), 0);
  const sentra = dataset.sentra.find((s) => s.id === network.sentra.id);
  const regionLevel = dataset.regions.find((r) => r.id === sentra?.regionId)?.level ?? null;
  const firms = dataset.statistics.filter((st) => st.sentraId === network.sentra.id && st.measure === "firms").sort((a, b) => b.year - a.year)[0];
  return {
    coreFirms: core.length,
    withCoordinates: placed.length,
    radiusKm,
    maxWithinRadius,
    recordedFirms: firms?.value ?? null,
    recordedYear: firms?.year ?? null,
    regionLevel,
  };
}

export function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** The verdict on one of the research's three sentra, as the API computes it, under the default thresholds. */
export function seedVerdict(key: MeasuredSentra) {
  const network = seedNetwork(MEASURED_SENTRA[key]);
  const core = network.actors.filter((a) => a.roles.includes("CORE")).map((a) => a.id);
  return clusterVerdict({
    network,
    valueChain: valueChain(network),
    cooperation: cooperationDensity(network),
    survey: surveyTables(network.rounds[network.rounds.length - 1], core),
    concentration: seedConcentration(network, 5),
  });
}
