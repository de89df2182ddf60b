import type { ActorSeed, LinkageSeed, SeedDataset } from "../domain/dataset";
import type { NetworkActor, NetworkAgreement, NetworkForum, NetworkTie, SentraNetwork, SurveyRoundData } from "../domain/analytics/network";
import { NEO4J_EARTH_RADIUS_METERS, preparePoint, type PreparedPoint } from "../domain/analytics/wgs84-distance";
import type { SentraRole } from "../domain/vocabulary";
import { FIRMS_MEASURE, toRound, type Concentration, type RawObservation } from "../repositories/analytics.repository";
import { OBSERVATION_KINDS } from "./importer-csv";

/*
 * Each sentra's network and concentration as the recompute reads them from the graph
 * (readSentraNetworks and readConcentrations in repositories/analytics.repository.ts), built here
 * from the dataset a first load writes, so its stored analyses go into the importer's CSV instead
 * of being read back sentra by sentra after the import. The graph keeps only what the importer's
 * tables keep (importer-csv.ts skips a record whose references are not in the dataset), so these
 * are built from the same records under the same rules; a first load holds no archived record.
 * test/integration/first-load.test.ts compares the stored analyses with the online load's.
 */

/** One sentra's network and concentration, as the recompute reads them. */
export interface DatasetNetwork {
  network: SentraNetwork;
  concentration: Concentration;
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
/** Cypher's ORDER BY on text: by code point, not by locale. */
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** An actor's location as the driver reads a WGS-84 point (src/db/convert.ts). */
const locationOf = (actor: ActorSeed) => (actor.location ? { longitude: actor.location.longitude, latitude: actor.location.latitude } : null);

/**
 * The network and concentration of every sentra the importer's tables keep, in the dataset's
 * order, one at a time: the indexes refer to the dataset's records, and each network is built
 * when it is reached, so a national dataset's 10,000 networks are never all held at once.
 */
export function* datasetNetworks(dataset: SeedDataset, radiusKm: number): Generator<DatasetNetwork> {
  const regions = new Map(dataset.regions.map((r) => [r.id, r]));
  const sentra = dataset.sentra.filter((s) => regions.has(s.regionId));
  const sentraIds = new Set(sentra.map((s) => s.id));
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const rounds = new Map(dataset.surveyRounds.map((r) => [r.id, r]));
  const actorOf = (actor: ActorSeed, roles: SentraRole[] = []): NetworkActor => ({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    roles,
    location: locationOf(actor),
  });

  // PARTICIPATES_IN: one relationship per actor, sentra and role.
  const rolesBySentra = new Map<string, Map<string, Set<SentraRole>>>();
  const sentraOfActor = new Map<string, Set<string>>();
  for (const p of dataset.participations) {
    if (!actors.has(p.actorId) || !sentraIds.has(p.sentraId)) continue;
    let roles = rolesBySentra.get(p.sentraId);
    if (!roles) rolesBySentra.set(p.sentraId, (roles = new Map()));
    let actorRoles = roles.get(p.actorId);
    if (!actorRoles) roles.set(p.actorId, (actorRoles = new Set()));
    actorRoles.add(p.role);
    let ofActor = sentraOfActor.get(p.actorId);
    if (!ofActor) sentraOfActor.set(p.actorId, (ofActor = new Set()));
    ofActor.add(p.sentraId);
  }

  // LINKED: a tie of a sentra (sentraId), or one naming no sentra with a participant at either end.
  // A tie naming no sentra between two participants of one sentra is listed twice: built once.
  const tiesBySentra = new Map<string, LinkageSeed[]>();
  for (const l of dataset.linkages) {
    if (!actors.has(l.fromId) || !actors.has(l.toId)) continue;
    if (l.sentraId != null) {
      if (sentraIds.has(l.sentraId)) push(tiesBySentra, l.sentraId, l);
      continue;
    }
    for (const end of [l.fromId, l.toId]) for (const sentraId of sentraOfActor.get(end) ?? []) push(tiesBySentra, sentraId, l);
  }
  const tiesOf = (sentraId: string): NetworkTie[] => {
    const ties = new Map<string, NetworkTie>();
    for (const l of tiesBySentra.get(sentraId) ?? [])
      ties.set(l.id, { id: l.id, type: l.type, fromId: l.fromId, toId: l.toId, intensity: l.intensity ?? null, sentraId: l.sentraId ?? null });
    return [...ties.values()].sort(byId);
  };

  // Forums that serve each sentra, with their members (one MEMBER_OF per member and forum) and agreements.
  const representedBy = new Map<string, string>();
  for (const p of dataset.people) if (p.representsActorId != null && actors.has(p.representsActorId)) representedBy.set(p.id, p.representsActorId);
  const forumsBySentra = new Map<string, NetworkForum[]>();
  const forumEnds = new Map<string, Set<string>>();
  const forumSentra = new Map<string, string>();
  const addEnd = (sentraId: string, actorId: string) => {
    let ends = forumEnds.get(sentraId);
    if (!ends) forumEnds.set(sentraId, (ends = new Set()));
    ends.add(actorId);
  };
  for (const f of dataset.forums) {
    if (!sentraIds.has(f.sentraId)) continue;
    forumSentra.set(f.id, f.sentraId);
    const members = new Map<string, NetworkForum["members"][number]>();
    for (const m of f.members) {
      const memberId = m.personId ?? m.actorId;
      if (memberId == null) continue;
      if (people.has(memberId)) {
        const actorId = representedBy.get(memberId) ?? null;
        members.set(memberId, { personId: memberId, actorId, actorKind: actorId === null ? null : actors.get(actorId)!.kind });
        if (actorId !== null) addEnd(f.sentraId, actorId);
      } else if (actors.has(memberId)) {
        members.set(memberId, { personId: null, actorId: memberId, actorKind: actors.get(memberId)!.kind });
        addEnd(f.sentraId, memberId);
      }
    }
    push(forumsBySentra, f.sentraId, {
      id: f.id,
      kind: f.kind,
      name: f.name,
      founded: f.founded ?? null,
      decree: f.decree ?? null,
      members: [...members.values()],
    });
  }
  const agreementsBySentra = new Map<string, NetworkAgreement[]>();
  for (const g of dataset.agreements) {
    const sentraId = forumSentra.get(g.forumId);
    if (sentraId === undefined || !actors.has(g.providerId)) continue;
    const { id, forumId, providerId, providerRole, startDate } = g;
    push(agreementsBySentra, sentraId, { id, providerRole, startDate, endDate: g.endDate ?? null, forumId, providerId });
    addEnd(sentraId, providerId);
  }

  const monitoringBySentra = new Map<string, string[]>();
  for (const m of dataset.monitoringRecords) if (sentraIds.has(m.sentraId)) push(monitoringBySentra, m.sentraId, m.date);

  const roundsOf = surveyRounds(dataset, sentraIds, actors, rounds);
  const firmsBySentra = new Map<string, { value: number; year: number }>();
  for (const st of dataset.statistics) {
    if (st.measure !== FIRMS_MEASURE || !sentraIds.has(st.sentraId)) continue;
    const seen = firmsBySentra.get(st.sentraId);
    if (!seen || st.year > seen.year) firmsBySentra.set(st.sentraId, { value: st.value, year: st.year });
  }

  for (const s of sentra) {
    const members = new Map<string, NetworkActor>();
    for (const [actorId, roles] of rolesBySentra.get(s.id) ?? []) members.set(actorId, actorOf(actors.get(actorId)!, [...roles].sort()));
    const ties = tiesOf(s.id);
    const all = new Map(members);
    const addOutsider = (actorId: string) => {
      if (!all.has(actorId)) all.set(actorId, actorOf(actors.get(actorId)!));
    };
    for (const tie of ties) {
      addOutsider(tie.fromId);
      addOutsider(tie.toId);
    }
    for (const actorId of forumEnds.get(s.id) ?? []) addOutsider(actorId);
    const network: SentraNetwork = {
      sentra: { id: s.id, name: s.name, product: s.product, sector: s.sector, unggulan: s.unggulan, regionId: s.regionId },
      actors: [...all.values()].sort(byId),
      ties,
      forums: (forumsBySentra.get(s.id) ?? []).sort(byId),
      agreements: (agreementsBySentra.get(s.id) ?? []).sort(byId),
      monitoringDates: (monitoringBySentra.get(s.id) ?? []).sort(),
      rounds: roundsOf(s.id),
    };
    const core = [...members.values()].filter((a) => a.roles.includes("CORE"));
    const firms = firmsBySentra.get(s.id);
    // In readConcentrations' key order: the stored analysis is JSON, and a key order is part of its text.
    const concentration: Concentration = {
      coreFirms: core.length,
      withCoordinates: core.filter((a) => a.location !== null).length,
      maxWithinRadius: maxWithinRadius(
        core.flatMap((a) => (a.location ? [preparePoint(a.location)] : [])),
        radiusKm,
      ),
      radiusKm,
      recordedFirms: firms?.value ?? null,
      recordedYear: firms?.year ?? null,
      regionLevel: regions.get(s.regionId)!.level,
    };
    yield { network, concentration };
  }
}

/**
 * The most core firms within `radiusKm` of one of them (itself included), as readConcentrations
 * counts with point.distance. Two points are never nearer than their difference in latitude (a
 * great-circle arc is at least its meridian part), so with the points sorted by latitude each is
 * measured only against those inside that band, widened by a millionth for rounding: the pairs
 * outside are farther than the radius anyway. Inside it, a pair is judged by the haversine's alpha,
 * and only one at the radius, give or take rounding, has its distance worked out.
 */
export function maxWithinRadius(points: readonly PreparedPoint[], radiusKm: number): number {
  const limitMeters = radiusKm * 1000;
  const band = (limitMeters / NEO4J_EARTH_RADIUS_METERS) * (1 + 1e-6);
  // The haversine's alpha of a pair exactly the radius apart: distance = 2R·asin(√alpha).
  const limitAlpha = Math.sin(limitMeters / (2 * NEO4J_EARTH_RADIUS_METERS)) ** 2;
  const byLatitude = [...points].sort((a, b) => a.latitude - b.latitude);
  let best = 0;
  let from = 0;
  for (let i = 0; i < byLatitude.length; i++) {
    const p = byLatitude[i];
    while (p.latitude - byLatitude[from].latitude > band) from++;
    let near = 0;
    for (let j = from; j < byLatitude.length && byLatitude[j].latitude - p.latitude <= band; j++) {
      const alpha = haversineAlpha(byLatitude[j], p);
      // The distance grows with alpha.
      if (alpha < limitAlpha * (1 - 1e-9) || (alpha <= limitAlpha * (1 + 1e-9) && metersBetween(byLatitude[j], p) <= limitMeters)) near++;
    }
    best = Math.max(best, near);
  }
  return best;
}

/** The haversine's alpha (sin² of the half latitude difference and so on), in Neo4j's order of steps. */
function haversineAlpha(a: PreparedPoint, b: PreparedPoint): number {
  const halfLatitude = Math.sin((b.latitude - a.latitude) / 2);
  const halfLongitude = Math.sin((b.longitude - a.longitude) / 2);
  return halfLatitude * halfLatitude + a.cosLatitude * b.cosLatitude * (halfLongitude * halfLongitude);
}

/** Neo4j's point.distance in metres, in its order of steps (wgs84-distance.ts gives the same in km). */
export function metersBetween(a: PreparedPoint, b: PreparedPoint): number {
  const alpha = haversineAlpha(a, b);
  return NEO4J_EARTH_RADIUS_METERS * (2.0 * Math.atan2(Math.sqrt(alpha), Math.sqrt(1 - alpha)));
}

type ObservationSeed = { id: string; roundId: string; actorId: string; sentraId: string };
type ObservationRow = RawObservation & { id: string };

/** A sentra's survey rounds, oldest first, their observations by firm and id (the OBSERVATIONS statement's order). */
function surveyRounds(
  dataset: SeedDataset,
  sentraIds: ReadonlySet<string>,
  actors: ReadonlyMap<string, unknown>,
  rounds: ReadonlyMap<string, SeedDataset["surveyRounds"][number]>,
): (sentraId: string) => SurveyRoundData[] {
  const bySentraRound = new Map<string, Map<string, Array<[ObservationSeed, string]>>>();
  for (const [collection, kind] of OBSERVATION_KINDS) {
    for (const o of dataset[collection] as ObservationSeed[]) {
      if (!rounds.has(o.roundId) || !actors.has(o.actorId) || !sentraIds.has(o.sentraId)) continue;
      let ofSentra = bySentraRound.get(o.sentraId);
      if (!ofSentra) bySentraRound.set(o.sentraId, (ofSentra = new Map()));
      push(ofSentra, o.roundId, [o, kind]);
    }
  }
  return (sentraId) => {
    const ofSentra = bySentraRound.get(sentraId);
    if (!ofSentra) return [];
    const ordered = [...ofSentra.keys()].map((id) => rounds.get(id)!).sort((a, b) => codeOrder(a.date, b.date) || codeOrder(a.id, b.id));
    return ordered.map((round) => {
      const observations = ofSentra.get(round.id)!.map(([{ roundId: _round, sentraId: _sentra, ...fields }, kind]): ObservationRow => ({ ...fields, kind }));
      observations.sort((a, b) => codeOrder(a.actorId, b.actorId) || codeOrder(a.id, b.id));
      return toRound({ roundId: round.id, name: round.name, date: round.date, observations });
    });
  };
}
