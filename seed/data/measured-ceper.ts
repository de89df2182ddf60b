/**
 * Ceper, Klaten: metal casting. 12 surveyed IKMs (Table 4: all 12 answered the same-type
 * question; only 6 answered Tables 5 and 6 and 4 answered Table 7). Firm names and firm-level
 * facts are invented; the per-sentra counts, means, minima and maxima are the research's.
 */
import type { ActorSeed, LinkageSeed, ParticipationSeed } from "../../src/domain/dataset";
import { MEASURED_SENTRA } from "../research-tables";
import { buildSurveyedFirms, participate, type SurveyedFirm } from "./helpers";

const S = MEASURED_SENTRA.ceper;
const BATUR = "region-ceper-batur";
const TEGALREJO = "region-ceper-tegalrejo";

// answers: same-type, upstream, downstream, supporting (P passive, A active, R proactive, Y yes, N no, - no answer)
// jica: product, technology, market, skills, trust, information; ps: raw, auxiliary, production, marketing
const firms: SurveyedFirm[] = [
  {
    n: 1, name: "CV Logam Jaya Batur", regionId: BATUR, at: [-7.6752, 110.6841], workers: 42, founded: 1972, kbli: "24310",
    products: ["Pipe fittings", "Pump housings", "Machine castings"],
    answers: "AAAY", jica: [3, 3, 3, 3, 3, 3], ps: [4, 3, 3, 3],
    peers: [2], suppliers: ["sup-ceper-besi-tua", "sup-ceper-kokas"], buyers: ["buy-ceper-pipa", "buy-ceper-pompa"],
    support: [["FINANCE", "bank-bri-ceper"], ["TECHNICAL_ASSISTANCE", "tech-upt-logam-ceper"]],
  },
  {
    n: 2, name: "UD Cor Logam Sinar Baja", regionId: BATUR, at: [-7.6761, 110.6829], workers: 18, founded: 1981, kbli: "24310",
    products: ["Manhole covers", "Drain grates"],
    answers: "APAY", jica: [3, 3, 3, 3, 3, 3], ps: [3, 2, 4, 3],
    peers: [1], suppliers: ["sup-ceper-besi-tua"], buyers: ["buy-ceper-pedagang"],
    support: [["FINANCE", "coop-batur-jaya"], ["TECHNICAL_ASSISTANCE", "univ-polman-ceper"]],
  },
  {
    n: 3, name: "UD Karya Cor Tegalrejo", regionId: TEGALREJO, at: [-7.6683, 110.6768], workers: 9, founded: 1990, kbli: "24310",
    products: ["Agricultural tool castings", "Cast-iron cookware"],
    answers: "P-P-", jica: [3, 3, 3, 2, 3, 3], ps: [3, 2, 3, 2],
    peers: [1], buyers: ["buy-ceper-pedagang"],
  },
  {
    n: 4, name: "UD Bima Logam", regionId: TEGALREJO, at: [-7.6690, 110.6759], workers: 7, founded: 1994, kbli: "24310",
    products: ["Fence and gate ornaments", "Street-lamp bases"],
    answers: "P---", jica: [3, 3, 3, 2, 3, 3], ps: [3, 2, 3, 2],
    peers: [2, 3],
  },
  {
    n: 5, name: "CV Sumber Cor Mandiri", regionId: BATUR, at: [-7.6745, 110.6852], workers: 26, founded: 1978, kbli: "24310",
    products: ["Valve bodies", "Water-meter housings", "Pipe fittings"],
    answers: "NAPY", jica: [3, 3, 3, 3, 3, 3], ps: [4, 3, 3, 2],
    suppliers: ["sup-ceper-kokas", "sup-ceper-pasir"], buyers: ["buy-ceper-pipa"],
    support: [["FINANCE", "bpr-klaten"]],
  },
  {
    n: 6, name: "UD Mekar Logam", regionId: BATUR, at: [-7.6770, 110.6836], workers: 14, founded: 1986, kbli: "24310",
    products: ["Machine parts", "Pulleys"],
    answers: "NP-Y", jica: [3, 3, 3, 2, 3, 3], ps: [3, 2, 3, 2],
    suppliers: ["sup-ceper-besi-tua", "sup-ceper-kupola"],
    support: [["TECHNICAL_ASSISTANCE", "tech-upt-logam-ceper"], ["CERTIFICATION", "tech-bblm-bandung"]],
  },
  {
    n: 7, name: "UD Tunggal Jaya Cor", regionId: TEGALREJO, at: [-7.6676, 110.6781], workers: 6, founded: 1998, kbli: "24310",
    products: ["Cast-iron cookware (wajan)", "Stove grates"],
    answers: "NNN-", jica: [3, 3, 3, 1, 3, 3], ps: [2, 1, 2, 1],
  },
  {
    n: 8, name: "UD Sido Maju Logam", regionId: BATUR, at: [-7.6781, 110.6847], workers: 11, founded: 1992, kbli: "24320",
    products: ["Aluminium cookware", "Aluminium castings"],
    answers: "NN--", jica: [3, 3, 3, 2, 3, 3], ps: [3, 2, 3, 2],
  },
  {
    n: 9, name: "UD Rukun Cor", regionId: TEGALREJO, at: [-7.6695, 110.6772], workers: 4, founded: 2001, kbli: "24310",
    products: ["Small machine parts", "Weights"],
    answers: "N-N-", jica: [3, 3, 3, 1, 3, 3], ps: [2, 1, 3, 1],
  },
  {
    n: 10, name: "UD Santoso Logam", regionId: BATUR, at: [-7.6739, 110.6833], workers: 8, founded: 1988, kbli: "24310",
    products: ["Drain grates", "Manhole covers"],
    answers: "N---", jica: [3, 3, 3, 2, 3, 3], ps: [3, 2, 3, 2],
  },
  {
    n: 11, name: "UD Cahaya Besi", regionId: TEGALREJO, at: [-7.6671, 110.6763], workers: 3, founded: 2003, kbli: "24310",
    products: ["Fence ornaments"],
    answers: "N---", jica: [3, 3, 3, 1, 3, 3], ps: [3, 2, 3, 2],
  },
  {
    n: 12, name: "UD Margo Mulyo Cor", regionId: BATUR, at: [-7.6766, 110.6861], workers: 12, founded: 1983, kbli: "24310",
    products: ["Pump impellers", "Pipe fittings"],
    answers: "N---", jica: [3, 3, 3, 2, 3, 3], ps: [3, 2, 3, 2],
  },
];

const measured = buildSurveyedFirms("ceper", S, firms);

/** Suppliers, buyers and supporting institutions around Ceper. */
const around: ActorSeed[] = [
  {
    id: "sup-ceper-besi-tua", name: "UD Besi Tua Sumber Rejeki", kind: "RAW_MATERIAL_SUPPLIER", regionId: "region-ceper",
    location: { latitude: -7.6721, longitude: 110.6795 }, description: "Scrap-iron dealer supplying the Batur foundries.",
    sizeClass: "SMALL", workers: 10, mainProducts: ["Scrap iron", "Scrap steel"],
  },
  {
    id: "sup-ceper-kokas", name: "CV Kokas Mandiri", kind: "RAW_MATERIAL_SUPPLIER", regionId: "region-klaten",
    description: "Supplier of foundry coke and pig iron.", sizeClass: "SMALL", workers: 8, mainProducts: ["Foundry coke", "Pig iron"],
  },
  {
    id: "sup-ceper-pasir", name: "UD Pasir Cetak Merapi", kind: "AUXILIARY_MATERIAL_SUPPLIER", regionId: "region-klaten",
    description: "Moulding sand, bentonite and core binders.", sizeClass: "MICRO", workers: 4, mainProducts: ["Moulding sand", "Bentonite"],
  },
  {
    id: "sup-ceper-kupola", name: "CV Teknik Kupola Ceper", kind: "EQUIPMENT_SUPPLIER", regionId: "region-ceper",
    description: "Builds and relines cupola furnaces; sells blowers and ladles.", sizeClass: "SMALL", workers: 9, mainProducts: ["Cupola furnaces", "Blowers", "Ladles"],
  },
  {
    id: "buy-ceper-pipa", name: "CV Sarana Pipa Nusantara", kind: "DISTRIBUTOR", regionId: "region-kota-semarang",
    description: "Distributor of pipe fittings and valves for water utilities and contractors.",
  },
  {
    id: "buy-ceper-pedagang", name: "UD Logam Makmur Klaten", kind: "TRADER", regionId: "region-klaten",
    description: "Trader buying castings for hardware shops in Solo Raya.",
  },
  {
    id: "buy-ceper-pompa", name: "PT Tirta Pompa Utama", kind: "LARGE_BUYER", regionId: "region-kota-surakarta",
    description: "Pump assembler buying cast housings and impellers.",
  },
  { id: "bank-bri-ceper", name: "BRI Unit Ceper", kind: "BANK", location: { latitude: -7.6655, longitude: 110.678 }, regionId: "region-ceper", description: "Bank Rakyat Indonesia village unit." },
  { id: "bank-jateng-klaten", name: "Bank Jateng Cabang Klaten", kind: "BANK", location: { latitude: -7.7058, longitude: 110.6061 }, regionId: "region-klaten" },
  { id: "bpr-klaten", name: "BPR Artha Mulya Klaten", kind: "RURAL_BANK", location: { latitude: -7.7021, longitude: 110.601 }, regionId: "region-klaten", description: "Rural bank (BPR)." },
  {
    id: "coop-batur-jaya", name: "Koperasi Batur Jaya", kind: "COOPERATIVE", regionId: "region-ceper-batur",
    description: "Cooperative of the Batur foundries: savings and loans, shared facilities; joint purchasing of raw material not yet practised.",
  },
  {
    id: "gov-disperindag-klaten", name: "Dinas Perindustrian, Perdagangan, Koperasi dan UMKM Kabupaten Klaten", kind: "GOVERNMENT_AGENCY",
    regionId: "region-klaten",
  },
  { id: "gov-bappeda-klaten", name: "Bappeda Kabupaten Klaten", kind: "GOVERNMENT_AGENCY", regionId: "region-klaten" },
  {
    id: "tech-upt-logam-ceper", name: "UPT Pengembangan Industri Logam Ceper", kind: "GOVERNMENT_AGENCY", regionId: "region-ceper",
    description: "Technical service unit with a shared foundry, laboratory and training for the Ceper casters.",
  },
  { id: "univ-polman-ceper", name: "Politeknik Manufaktur Ceper", kind: "UNIVERSITY", location: { latitude: -7.6712, longitude: 110.6868 }, regionId: "region-ceper", description: "Polytechnic for foundry and manufacturing." },
  { id: "bds-ceper", name: "BDS Klinik Bisnis Logam Klaten", kind: "BDS_PROVIDER", location: { latitude: -7.704, longitude: 110.61 }, regionId: "region-klaten", description: "Business development services for metal IKMs." },
  { id: "fedep-klaten", name: "FEDEP Kabupaten Klaten", kind: "NGO", regionId: "region-klaten", description: "Forum for Economic Development and Employment Promotion of the regency." },
];

const participations: ParticipationSeed[] = [
  ...participate(S, "SUPPLIER_INDUSTRY", ["sup-ceper-besi-tua", "sup-ceper-kokas"]),
  ...participate(S, "SUPPORTING_INDUSTRY", ["sup-ceper-pasir", "sup-ceper-kupola"]),
  ...participate(S, "BUYER", ["buy-ceper-pipa", "buy-ceper-pedagang", "buy-ceper-pompa"]),
  ...participate(S, "SUPPORTING_INSTITUTION", [
    "bank-bri-ceper", "bank-jateng-klaten", "bpr-klaten", "coop-batur-jaya", "gov-disperindag-klaten", "gov-bappeda-klaten",
    "tech-upt-logam-ceper", "univ-polman-ceper", "univ-uns", "bds-ceper", "fedep-klaten", "tech-bblm-bandung",
  ]),
];

/** Ties outside the survey's firm questions: institutions among themselves. */
const extraLinkages: LinkageSeed[] = [
  {
    id: "link-ceper-bblm-upt", type: "TECHNICAL_ASSISTANCE", fromId: "tech-bblm-bandung", toId: "tech-upt-logam-ceper",
    flows: ["KNOWLEDGE"], since: "2005-03-01", sentraId: S, description: "Foundry instructors trained at MIDC.",
  },
];

export const ceper = {
  actors: [...measured.actors, ...around],
  participations: [...measured.participations, ...participations],
  linkages: [...measured.linkages, ...extraLinkages],
  surveyResponses: measured.surveyResponses,
  indicatorScores: measured.indicatorScores,
  problemSolvingScores: measured.problemSolvingScores,
};
