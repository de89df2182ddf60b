import type {
  ActorSeed,
  AgreementSeed,
  ForumSeed,
  IndicatorScoreSeed,
  LinkageSeed,
  MonitoringSeed,
  ParticipationSeed,
  PersonSeed,
  ProblemSolvingSeed,
  ProgrammeSeed,
  RegionSeed,
  SeedDataset,
  SentraSeed,
  StatisticSeed,
  SurveyResponseSeed,
} from "../domain/dataset";
import { observationIds, sizeClassOf } from "../domain/survey-ids";
import type { ActorKind, Flow, Intensity, LinkageType, SentraRole, SurveyQuestion } from "../domain/vocabulary";
import { FIRM_PREFIXES, FIRM_WORDS, placeName, PRODUCTS, PROVINCES } from "./geography";
import { Prng, WeightedPicker } from "./prng";

/*
 * A synthetic, Indonesia-shaped stakeholder network, generated from a seed: the same scale and
 * seed give the same dataset on every machine. Pure: no database, no clock. The shape follows the
 * research's picture of sentra: most are weakly linked (few ties, mostly passive, institutions
 * outside), a few are rich; firm degrees are heavy-tailed (many firms with one or two ties, a few
 * hubs); banks, agencies and universities are regional and serve many sentra; firms sit within a
 * kilometre or two of their sentra's centre.
 */

export interface ScaleSpec {
  provinces: number;
  regencies: number;
  sentra: number;
  firms: number;
  /** Suppliers, buyers and institutions. */
  others: number;
  linkages: number;
  /** Share of firms surveyed in the survey round. */
  surveyShare: number;
}

export const SCALES = {
  small: { provinces: 4, regencies: 16, sentra: 40, firms: 2_000, others: 300, linkages: 8_000, surveyShare: 0.1 },
  medium: { provinces: 38, regencies: 514, sentra: 1_000, firms: 50_000, others: 5_000, linkages: 200_000, surveyShare: 0.1 },
  full: { provinces: 38, regencies: 514, sentra: 10_000, firms: 500_000, others: 50_000, linkages: 2_000_000, surveyShare: 0.1 },
} as const satisfies Record<string, ScaleSpec>;
export type ScaleName = keyof typeof SCALES;
export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

export const DEFAULT_SEED = 20_251_125;

/** The survey round a synthetic network's observations belong to. */
export const syntheticRoundId = (seed: number) => `gen-round-${seed}`;

type Scope = "regency" | "province" | "national";
type Group = "supply" | "buying" | "finance" | "technical" | "economic" | "promotion" | "certification";

/** Kinds of supplier, buyer and institution: share of the `others`, the level they work at, what they provide. */
const OTHER_KINDS: ReadonlyArray<{ kind: ActorKind; share: number; scope: Scope; groups: Group[]; label: string }> = [
  { kind: "RAW_MATERIAL_SUPPLIER", share: 0.16, scope: "regency", groups: ["supply"], label: "Pemasok Bahan Baku" },
  { kind: "AUXILIARY_MATERIAL_SUPPLIER", share: 0.08, scope: "regency", groups: ["supply"], label: "Toko Bahan Penolong" },
  { kind: "EQUIPMENT_SUPPLIER", share: 0.05, scope: "province", groups: ["supply"], label: "Pemasok Peralatan" },
  { kind: "TRADER", share: 0.16, scope: "regency", groups: ["buying", "supply"], label: "Pedagang" },
  { kind: "DISTRIBUTOR", share: 0.06, scope: "province", groups: ["buying"], label: "Distributor" },
  { kind: "EXPORTER", share: 0.02, scope: "national", groups: ["buying"], label: "Eksportir" },
  { kind: "RETAILER", share: 0.08, scope: "regency", groups: ["buying"], label: "Toko" },
  { kind: "LARGE_BUYER", share: 0.03, scope: "province", groups: ["buying"], label: "Pembeli Besar" },
  { kind: "LARGE_FIRM", share: 0.03, scope: "province", groups: ["buying", "supply"], label: "PT Industri" },
  { kind: "BANK", share: 0.03, scope: "province", groups: ["finance"], label: "Bank" },
  { kind: "RURAL_BANK", share: 0.05, scope: "regency", groups: ["finance"], label: "BPR" },
  { kind: "COOPERATIVE", share: 0.07, scope: "regency", groups: ["finance", "economic"], label: "Koperasi" },
  { kind: "STATE_FINANCE_BODY", share: 0.003, scope: "province", groups: ["finance"], label: "PNM Cabang" },
  { kind: "GOVERNMENT_AGENCY", share: 0.03, scope: "regency", groups: ["technical", "promotion"], label: "Dinas Perindustrian" },
  { kind: "UNIVERSITY", share: 0.01, scope: "province", groups: ["technical"], label: "Universitas" },
  { kind: "NGO", share: 0.02, scope: "province", groups: ["technical", "economic"], label: "LSM" },
  { kind: "BDS_PROVIDER", share: 0.03, scope: "regency", groups: ["technical", "economic"], label: "BDS" },
  { kind: "DONOR", share: 0.002, scope: "national", groups: ["finance"], label: "Lembaga Donor" },
  { kind: "PROMOTION_BODY", share: 0.005, scope: "province", groups: ["promotion"], label: "Badan Promosi" },
  { kind: "CERTIFICATION_BODY", share: 0.005, scope: "province", groups: ["certification"], label: "Lembaga Sertifikasi" },
  { kind: "ASSOCIATION", share: 0.01, scope: "province", groups: ["promotion", "economic"], label: "Asosiasi" },
];

/** What each linkage type needs at the other end of the firm, and what flows along it. */
const TIE_TYPES: ReadonlyArray<{ type: LinkageType; group: Group | null; share: number; flows: Flow[]; measured: boolean }> = [
  { type: "UPSTREAM_SUPPLY", group: "supply", share: 0.3, flows: ["GOODS", "MONEY"], measured: true },
  { type: "DOWNSTREAM_SALES", group: "buying", share: 0.3, flows: ["GOODS", "MONEY"], measured: true },
  { type: "FINANCE", group: "finance", share: 0.14, flows: ["MONEY"], measured: false },
  { type: "TECHNICAL_ASSISTANCE", group: "technical", share: 0.1, flows: ["KNOWLEDGE"], measured: false },
  { type: "ECONOMIC_ASSISTANCE", group: "economic", share: 0.05, flows: ["KNOWLEDGE", "INFORMATION"], measured: false },
  { type: "PROMOTION", group: "promotion", share: 0.05, flows: ["INFORMATION"], measured: false },
  { type: "CERTIFICATION", group: "certification", share: 0.06, flows: ["SERVICES"], measured: false },
];
const HORIZONTAL_FLOWS: Flow[][] = [["INFORMATION"], ["INFORMATION", "KNOWLEDGE"], ["GOODS", "INFORMATION"]];

const QUESTION_OF: Partial<Record<LinkageType, number>> = {
  HORIZONTAL_COOPERATION: 0,
  UPSTREAM_SUPPLY: 1,
  DOWNSTREAM_SALES: 2,
  FINANCE: 3,
  TECHNICAL_ASSISTANCE: 3,
  ECONOMIC_ASSISTANCE: 3,
  PROMOTION: 3,
  CERTIFICATION: 3,
};
const QUESTIONS: readonly SurveyQuestion[] = ["SAME_TYPE", "UPSTREAM", "DOWNSTREAM", "SUPPORTING"];
const INTENSITY: readonly Intensity[] = ["PASSIVE", "ACTIVE", "PROACTIVE"];

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/** Splits `total` over weights, whole numbers summing to `total`, each at least `min` (largest remainder). */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const free = Math.max(0, total - min * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (free * w) / sum);
  const counts = exact.map((x) => min + Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left -= 1) counts[order[k][1]] += 1;
  return counts;
}

interface Place {
  id: string;
  latitude: number;
  longitude: number;
}

interface SentraPlan {
  seed: SentraSeed;
  regency: number;
  province: number;
  latitude: number;
  longitude: number;
  /** 0 (weakly linked) to 1 (rich); most sentra near 0. */
  richness: number;
  firstFirm: number;
  firms: number;
}

/** Generates the whole network for a scale and seed. */
export function generateDataset(scale: ScaleSpec, seed: number = DEFAULT_SEED): SeedDataset {
  const rng = new Prng(seed);
  const dateBetween = (r: Prng, from: number, to: number) => `${r.int(from, to)}-${pad(r.int(1, 12), 2)}-${pad(r.int(1, 28), 2)}`;

  // Regions: provinces, then regencies and cities spread by weight (at least one each).
  const provinceSpecs = PROVINCES.slice(0, scale.provinces);
  const regions: RegionSeed[] = [];
  const provinces: Place[] = provinceSpecs.map((p) => ({ id: `gen-prov-${p.code}`, latitude: p.latitude, longitude: p.longitude }));
  provinceSpecs.forEach((p, i) => regions.push({ id: provinces[i].id, name: p.name, level: "PROVINCE" }));
  const regencyCounts = apportion(
    scale.regencies,
    provinceSpecs.map((p) => p.weight),
    1,
  );
  const regencies: Array<Place & { province: number; weight: number }> = [];
  const geo = rng.fork(1);
  regencyCounts.forEach((count, p) => {
    for (let k = 0; k < count; k += 1) {
      const city = geo.chance(0.19);
      const id = `gen-reg-${provinceSpecs[p].code}-${pad(k + 1, 3)}`;
      regions.push({
        id,
        name: `${city ? "Kota" : "Kabupaten"} ${placeName((xs) => geo.pick(xs), geo.int(2, 3))}`,
        level: city ? "CITY" : "REGENCY",
        parentId: provinces[p].id,
      });
      regencies.push({
        id,
        province: p,
        latitude: round6(provinces[p].latitude + geo.normal() * 0.6),
        longitude: round6(provinces[p].longitude + geo.normal() * 0.9),
        weight: provinceSpecs[p].weight * geo.logNormal(1, 0.5),
      });
    }
  });

  // Sentra: spread over regencies by weight; each with a product, a centre and a richness.
  const sentraRng = rng.fork(2);
  const regencyPicker = new WeightedPicker(regencies.map((r) => r.weight));
  const sentraWeights: number[] = [];
  const sentra: SentraPlan[] = [];
  for (let i = 0; i < scale.sentra; i += 1) {
    const regency = regencyPicker.pick(sentraRng);
    const product = sentraRng.pick(PRODUCTS);
    const richness = Math.pow(sentraRng.next(), 4);
    const place = placeName((xs) => sentraRng.pick(xs), 2);
    const id = `gen-sentra-${pad(i + 1, 5)}`;
    sentra.push({
      seed: {
        id,
        name: `Sentra ${product.word} ${place}`,
        product: product.product,
        sector: product.sector,
        regionId: regencies[regency].id,
        description: `Synthetic sentra of ${product.product} in ${place} (generated, seed ${seed}).`,
        unggulan: sentraRng.chance(0.08 + 0.6 * richness),
        // The product's code, as its firms carry: sentra of one product share it (partner matching).
        kbli: product.kbli,
      },
      regency,
      province: regencies[regency].province,
      latitude: round6(regencies[regency].latitude + sentraRng.normal() * 0.12),
      longitude: round6(regencies[regency].longitude + sentraRng.normal() * 0.12),
      richness,
      firstFirm: 0,
      firms: 0,
    });
    sentraWeights.push(sentraRng.logNormal(1, 0.8) * (1 + 2 * richness));
  }
  const firmCounts = apportion(scale.firms, sentraWeights, Math.min(5, Math.floor(scale.firms / Math.max(1, scale.sentra))));

  // Firms: each the core of one sentra, within a kilometre or two of its centre; weights heavy-tailed.
  const firmRng = rng.fork(3);
  const actors: ActorSeed[] = [];
  const firmWeights = new Float64Array(scale.firms);
  const firmSentra = new Int32Array(scale.firms);
  let firm = 0;
  sentra.forEach((s, si) => {
    s.firstFirm = firm;
    s.firms = firmCounts[si];
    const product = PRODUCTS.find((p) => p.product === s.seed.product)!;
    for (let k = 0; k < s.firms; k += 1, firm += 1) {
      const workers = Math.min(400, Math.round(firmRng.pareto(1.4) * 2));
      actors.push({
        id: `gen-ikm-${pad(firm + 1, 6)}`,
        name: `${firmRng.pick(FIRM_PREFIXES)} ${firmRng.pick(FIRM_WORDS)} ${firmRng.pick(FIRM_WORDS)} ${placeName((xs) => firmRng.pick(xs), 2)}`,
        kind: "IKM",
        regionId: regencies[s.regency].id,
        location: { latitude: round6(s.latitude + firmRng.normal() * 0.008), longitude: round6(s.longitude + firmRng.normal() * 0.008) },
        sizeClass: sizeClassOf(workers),
        workers,
        mainProducts: [product.product],
        yearFounded: firmRng.int(1965, 2024),
        kbli: product.kbli,
      });
      firmWeights[firm] = Math.min(300, firmRng.pareto(1.15));
      firmSentra[firm] = si;
    }
  });

  // Suppliers, buyers and institutions: regency, provincial or national, each with a hub weight.
  const otherRng = rng.fork(4);
  const otherCounts = apportion(
    scale.others,
    OTHER_KINDS.map((k) => k.share),
    1,
  );
  const provincePicker = new WeightedPicker(provinceSpecs.map((p) => p.weight));
  const capital = Math.max(
    0,
    provinceSpecs.findIndex((p) => p.code === "31"),
  );
  // pools[scope key][group] = provider indices (into `actors`) and their weights.
  const pools = new Map<string, { ids: number[]; weights: number[] }>();
  const pool = (key: string) => {
    let found = pools.get(key);
    if (!found) pools.set(key, (found = { ids: [], weights: [] }));
    return found;
  };
  const otherScope: Scope[] = [];
  let other = 0;
  OTHER_KINDS.forEach((spec, kindIndex) => {
    for (let k = 0; k < otherCounts[kindIndex]; k += 1, other += 1) {
      let home: Place;
      let key: string;
      if (spec.scope === "regency") {
        const r = regencyPicker.pick(otherRng);
        home = regencies[r];
        key = `r${r}`;
      } else if (spec.scope === "province") {
        const p = provincePicker.pick(otherRng);
        home = provinces[p];
        key = `p${p}`;
      } else {
        home = provinces[capital];
        key = "n";
      }
      const index = actors.length;
      const name = `${spec.label} ${placeName((xs) => otherRng.pick(xs), otherRng.int(2, 3))}`;
      actors.push({
        id: `gen-org-${pad(other + 1, 5)}`,
        name,
        kind: spec.kind,
        regionId: home.id,
        description: `Synthetic ${spec.kind.toLowerCase().replace(/_/g, " ")} (${spec.scope}).`,
        location: { latitude: round6(home.latitude + otherRng.normal() * 0.05), longitude: round6(home.longitude + otherRng.normal() * 0.05) },
      });
      otherScope[index] = spec.scope;
      const weight = Math.min(300, otherRng.pareto(1.1));
      for (const group of spec.groups) {
        for (const target of [pool(`${key}:${group}`), pool(`all:${group}`)]) {
          target.ids.push(index);
          target.weights.push(weight);
        }
      }
    }
  });
  const pickers = new Map<string, { ids: number[]; picker: WeightedPicker }>();
  for (const [key, { ids, weights }] of pools) pickers.set(key, { ids, picker: new WeightedPicker(weights) });
  /** A provider of `group` for a sentra: its regency's (mostly), its province's, or a national one. */
  const provider = (r: Prng, s: SentraPlan, group: Group): number | undefined => {
    const roll = r.next();
    const order =
      roll < 0.65
        ? [`r${s.regency}`, `p${s.province}`, "n"]
        : roll < 0.95
          ? [`p${s.province}`, `r${s.regency}`, "n"]
          : ["n", `p${s.province}`, `r${s.regency}`];
    for (const scope of [...order, "all"]) {
      const found = pickers.get(`${scope}:${group}`);
      if (found) return found.ids[found.picker.pick(r)];
    }
    return undefined;
  };

  // Linkages: a budget per sentra by size and richness; richer sentra cooperate more, more actively.
  const tieRng = rng.fork(5);
  const budgets = apportion(
    scale.linkages,
    sentra.map((s) => s.firms * (0.4 + 3 * s.richness)),
  );
  const linkages: LinkageSeed[] = [];
  // Per firm and survey question (4 each): 0 no tie, else 1 + the strongest intensity seen (unmeasured: 1).
  const firmAnswers = new Uint8Array(scale.firms * 4);
  const participationKeys = new Set<number>();
  const participations: ParticipationSeed[] = [];
  const participate = (actor: number, s: number, role: SentraRole, since?: string) => {
    const key = actor * 32768 + s;
    if (participationKeys.has(key)) return;
    participationKeys.add(key);
    participations.push({ actorId: actors[actor].id, sentraId: sentra[s].seed.id, role, ...(since ? { since } : {}) });
  };
  const firmsBySentraRegency = new Map<number, number[]>();
  sentra.forEach((s, si) => firmsBySentraRegency.set(s.regency, [...(firmsBySentraRegency.get(s.regency) ?? []), si]));
  let linkageCount = 0;
  const note = (firmIndex: number, type: LinkageType, intensity: Intensity | undefined) => {
    const q = QUESTION_OF[type]!;
    const level = intensity ? INTENSITY.indexOf(intensity) + 2 : 1;
    const at = firmIndex * 4 + q;
    if (firmAnswers[at] < level) firmAnswers[at] = level;
  };
  const intensityFor = (r: Prng, richness: number): Intensity => {
    const roll = r.next();
    if (roll < 0.02 + 0.15 * richness) return "PROACTIVE";
    if (roll < 0.22 + 0.5 * richness) return "ACTIVE";
    return "PASSIVE";
  };

  sentra.forEach((s, si) => {
    const r = tieRng.fork(si);
    for (let k = 0; k < s.firms; k += 1) participate(s.firstFirm + k, si, "CORE", r.chance(0.6) ? dateBetween(r, 1990, 2024) : undefined);
    const weights = firmWeights.subarray(s.firstFirm, s.firstFirm + s.firms);
    const firms = new WeightedPicker(weights);
    const pickFirm = () => s.firstFirm + firms.pick(r);
    const horizontalShare = s.firms < 2 ? 0 : 0.12 + 0.4 * s.richness;
    const typePicker = new WeightedPicker([horizontalShare, ...TIE_TYPES.map((t) => t.share * (1 - horizontalShare))]);
    const neighbours = firmsBySentraRegency.get(s.regency)!.filter((other) => other !== si);
    for (let t = 0; t < budgets[si]; t += 1) {
      const which = typePicker.pick(r);
      const id = `gen-l-${pad(++linkageCount, 7)}`;
      const since = r.chance(0.5) ? dateBetween(r, 2000, 2025) : undefined;
      if (which === 0) {
        const a = pickFirm();
        let b = pickFirm();
        for (let retry = 0; b === a && retry < 4; retry += 1) b = pickFirm();
        if (b === a) b = s.firstFirm + ((a - s.firstFirm + 1) % s.firms);
        const intensity = intensityFor(r, s.richness);
        linkages.push({
          id,
          type: "HORIZONTAL_COOPERATION",
          fromId: actors[a].id,
          toId: actors[b].id,
          intensity,
          flows: r.pick(HORIZONTAL_FLOWS),
          sentraId: s.seed.id,
          ...(since ? { since } : {}),
        });
        note(a, "HORIZONTAL_COOPERATION", intensity);
        note(b, "HORIZONTAL_COOPERATION", intensity);
        continue;
      }
      const spec = TIE_TYPES[which - 1];
      const member = pickFirm();
      // Now and then a firm of another sentra nearby supplies this one: a role is per sentra.
      let partner: number | undefined;
      let partnerRole: SentraRole;
      if (spec.type === "UPSTREAM_SUPPLY" && neighbours.length > 0 && r.chance(0.05)) {
        const there = sentra[r.pick(neighbours)];
        partner = there.firstFirm + r.int(0, there.firms - 1);
        partnerRole = "SUPPLIER_INDUSTRY";
      } else {
        partner = provider(r, s, spec.group!);
        if (partner === undefined) continue;
        const kind = actors[partner].kind;
        partnerRole =
          spec.group === "supply"
            ? kind === "LARGE_FIRM"
              ? "RELATED_INDUSTRY"
              : "SUPPLIER_INDUSTRY"
            : spec.group === "buying"
              ? "BUYER"
              : "SUPPORTING_INSTITUTION";
      }
      const intensity = spec.measured ? intensityFor(r, s.richness) : undefined;
      const own = spec.measured || r.chance(0.8);
      const upstream = spec.type !== "DOWNSTREAM_SALES";
      linkages.push({
        id,
        type: spec.type,
        fromId: actors[upstream ? partner : member].id,
        toId: actors[upstream ? member : partner].id,
        ...(intensity ? { intensity } : {}),
        flows: spec.flows,
        ...(own ? { sentraId: s.seed.id } : {}),
        ...(since ? { since } : {}),
      });
      note(member, spec.type, intensity);
      // Firms and regency-level actors take part in the sentra they serve; provincial and national
      // ones stay outside (the research's "institutions outside the sentra"), reached through ties.
      if (partner < scale.firms || otherScope[partner] === "regency") participate(partner, si, partnerRole);
    }
  });

  // Forums, people, agreements and monitoring where a sentra is organised (the rich ones).
  const orgRng = rng.fork(6);
  const people: PersonSeed[] = [];
  const forums: ForumSeed[] = [];
  const agreements: AgreementSeed[] = [];
  const monitoringRecords: MonitoringSeed[] = [];
  const statistics: StatisticSeed[] = [];
  sentra.forEach((s, si) => {
    const r = orgRng.fork(si);
    const sid = s.seed.id;
    const agency = provider(r, s, "technical");
    if (s.richness > 0.35 && agency !== undefined) {
      const members = [];
      for (let k = 0; k < r.int(3, 8); k += 1) {
        const person = `gen-person-${sid.slice(11)}-${k + 1}`;
        const represents = k === 0 ? agency : provider(r, s, k % 2 ? "finance" : "economic");
        people.push({
          id: person,
          name: `${r.pick(["Bapak", "Ibu"])} ${placeName((xs) => r.pick(xs), 2)}`,
          position: k === 0 ? "Ketua" : "Anggota",
          ...(represents !== undefined ? { representsActorId: actors[represents].id } : {}),
        });
        members.push({ personId: person, role: k === 0 ? "chair" : "member" });
      }
      forums.push({
        id: `gen-fpk-${sid.slice(11)}`,
        kind: "FPK",
        name: `FPK ${s.seed.name}`,
        sentraId: sid,
        founded: dateBetween(r, 2005, 2022),
        ...(r.chance(0.5) ? { decree: `SK Bupati No. ${r.int(100, 999)}/${r.int(2005, 2023)}` } : {}),
        members,
      });
    }
    if (s.richness > 0.5) {
      const seats = new Set<number>();
      for (let k = 0; k < Math.min(15, s.firms); k += 1) seats.add(s.firstFirm + r.int(0, s.firms - 1));
      const forumId = `gen-fkak-${sid.slice(11)}`;
      forums.push({
        id: forumId,
        kind: "FKAK",
        name: `FKAK ${s.seed.name}`,
        sentraId: sid,
        founded: dateBetween(r, 2008, 2023),
        members: [...seats].map((a) => ({ actorId: actors[a].id, role: "member" })),
      });
      if (s.richness > 0.7) {
        const lpt = provider(r, s, "technical");
        const pke = provider(r, s, "economic");
        if (lpt !== undefined)
          agreements.push({
            id: `gen-lpt-${sid.slice(11)}`,
            forumId,
            providerId: actors[lpt].id,
            providerRole: "LPT",
            scope: "technical assistance: production and quality",
            feeBasis: "monthly fee",
            startDate: dateBetween(r, 2015, 2023),
          });
        if (pke !== undefined && r.chance(0.6))
          agreements.push({
            id: `gen-pke-${sid.slice(11)}`,
            forumId,
            providerId: actors[pke].id,
            providerRole: "PKE",
            scope: "bookkeeping, costing and proposals",
            feeBasis: "per activity",
            startDate: dateBetween(r, 2015, 2023),
          });
      }
    }
    if (r.chance(0.05 + 0.6 * s.richness)) {
      for (let k = 0; k < r.int(1, 3); k += 1)
        monitoringRecords.push({
          id: `gen-mon-${sid.slice(11)}-${k + 1}`,
          sentraId: sid,
          date: dateBetween(r, 2018, 2025),
          findings: r.pick(["cooperation still passive", "forum meets quarterly", "new buyers found", "raw material prices rising"]),
          ...(agency !== undefined ? { visitorId: actors[agency].id } : {}),
        });
    }
    if (s.seed.unggulan) {
      const base = s.firms * r.int(50, 400);
      for (const year of [2022, 2023, 2024])
        statistics.push({
          id: `gen-stat-${sid.slice(11)}-${year}`,
          sentraId: sid,
          year,
          measure: "output value",
          value: Math.round(base * (1 + (year - 2022) * 0.05)),
          unit: "million Rp",
        });
    }
  });

  // A few programmes per province: credit or value-chain support run by a provincial body.
  const programmeRng = rng.fork(7);
  const programmes: ProgrammeSeed[] = [];
  provinces.forEach((p, pi) => {
    const runners = pickers.get(`p${pi}:finance`);
    const inProvince = sentra.map((s, si) => [s, si] as const).filter(([s]) => s.province === pi);
    if (!runners || inProvince.length === 0) return;
    const runner = runners.ids[runners.picker.pick(programmeRng)];
    const targets = new Set<string>();
    for (let k = 0; k < Math.min(8, inProvince.length); k += 1) targets.add(programmeRng.pick(inProvince)[0].seed.id);
    programmes.push({
      id: `gen-prog-${p.id.slice(9)}`,
      name: `Program Kredit IKM ${provinceSpecs[pi].name}`,
      runById: actors[runner].id,
      partnerIds: [],
      sentraIds: [...targets].sort(),
      startDate: "2022-01-01",
      endDate: "2024-12-31",
      amountRp: programmeRng.int(5, 50) * 1_000_000_000,
      beneficiaries: programmeRng.int(100, 800),
      description: "Synthetic credit programme through rural banks and cooperatives.",
    });
  });

  // The survey round: a share of each sentra's firms answer, consistent with the ties they have.
  const surveyRng = rng.fork(8);
  const roundId = syntheticRoundId(seed);
  const indicatorScores: IndicatorScoreSeed[] = [];
  const problemSolvingScores: ProblemSolvingSeed[] = [];
  const surveyResponses: SurveyResponseSeed[] = [];
  sentra.forEach((s, si) => {
    const r = surveyRng.fork(si);
    const surveyed = Math.round(s.firms * scale.surveyShare);
    // A partial Fisher-Yates shuffle picks `surveyed` distinct firms.
    const order = Array.from({ length: s.firms }, (_, k) => s.firstFirm + k);
    for (let k = 0; k < surveyed; k += 1) {
      const j = k + Math.floor(r.next() * (order.length - k));
      [order[k], order[j]] = [order[j], order[k]];
    }
    const chosen = order.slice(0, surveyed).sort((a, b) => a - b);
    const level = 1.6 + 2.2 * s.richness;
    const score = () => clamp(Math.round(level + r.normal() * 0.9), 1, 5);
    for (const f of chosen) {
      const actorId = actors[f].id;
      const sid = s.seed.id;
      indicatorScores.push({
        id: observationIds.indicatorScore(roundId, sid, actorId),
        roundId,
        actorId,
        sentraId: sid,
        product: score(),
        technology: score(),
        market: score(),
        skills: score(),
        trust: score(),
        information: score(),
      });
      if (r.chance(0.9)) {
        problemSolvingScores.push({
          id: observationIds.problemSolving(roundId, sid, actorId),
          roundId,
          actorId,
          sentraId: sid,
          rawMaterial: score(),
          auxiliaryMaterial: score(),
          production: score(),
          marketing: score(),
        });
      }
      QUESTIONS.forEach((question, q) => {
        if (r.chance(0.12)) return; // did not answer
        const seen = firmAnswers[f * 4 + q];
        const cooperates = seen > 0;
        const intensity = seen > 1 ? INTENSITY[seen - 2] : cooperates ? "PASSIVE" : undefined;
        surveyResponses.push({
          id: observationIds.surveyResponse(roundId, sid, actorId, question),
          roundId,
          actorId,
          sentraId: sid,
          question,
          cooperates,
          ...(intensity ? { intensity } : {}),
        });
      });
    }
  });

  return {
    regions,
    sentra: sentra.map((s) => s.seed),
    actors,
    participations,
    linkages,
    people,
    forums,
    agreements,
    monitoringRecords,
    surveyRounds: [
      {
        id: roundId,
        name: `Synthetic national IKM survey (seed ${seed})`,
        date: "2025-06-30",
        source: "generated by npm run generate",
        notes: `A ${Math.round(scale.surveyShare * 100)}% sample of each sentra's firms.`,
      },
    ],
    indicatorScores,
    problemSolvingScores,
    surveyResponses,
    programmes,
    statistics,
  };
}

/** Nodes and relationships a dataset makes when written (what the load's throughput counts). */
export function datasetSize(d: SeedDataset): { nodes: number; relationships: number } {
  const observations = d.indicatorScores.length + d.problemSolvingScores.length + d.surveyResponses.length;
  const nodes =
    d.regions.length +
    d.sentra.length +
    d.actors.length +
    d.people.length +
    d.forums.length +
    d.agreements.length +
    d.monitoringRecords.length +
    d.surveyRounds.length +
    observations +
    d.programmes.length +
    d.statistics.length;
  const relationships =
    d.regions.filter((r) => r.parentId).length +
    d.sentra.length +
    d.actors.filter((a) => a.regionId).length +
    d.participations.length +
    d.linkages.length +
    d.people.filter((p) => p.representsActorId).length +
    d.forums.length +
    d.forums.reduce((n, f) => n + f.members.length, 0) +
    2 * d.agreements.length +
    d.monitoringRecords.length +
    d.monitoringRecords.filter((m) => m.visitorId).length +
    3 * observations +
    d.programmes.reduce((n, p) => n + 1 + p.partnerIds.length + p.sentraIds.length, 0) +
    d.statistics.length;
  return { nodes, relationships };
}
