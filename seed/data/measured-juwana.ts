/**
 * Juwana, Pati: brass and metal craft by casting. 17 surveyed IKMs (Table 4: all 17 answered the
 * same-type question; 13 answered Table 5, 15 Table 6, 14 Table 7). Firm names and firm-level
 * facts are invented; the per-sentra counts, means, minima and maxima are the research's.
 */
import type { ActorSeed, ParticipationSeed } from "../../src/domain/dataset";
import { MEASURED_SENTRA } from "../research-tables";
import { buildSurveyedFirms, participate, type SurveyedFirm } from "./helpers";

const S = MEASURED_SENTRA.juwana;
const LOR = "region-juwana-growong-lor";
const KIDUL = "region-juwana-growong-kidul";
const PAJEKSAN = "region-juwana-pajeksan";

// answers: same-type, upstream, downstream, supporting (P passive, A active, R proactive, Y yes, N no, - no answer)
// jica: product, technology, market, skills, trust, information; ps: raw, auxiliary, production, marketing
const firms: SurveyedFirm[] = [
  {
    n: 1, name: "CV Seni Kuningan Mulia", regionId: LOR, at: [-6.7236, 111.1398], workers: 38, founded: 1976, kbli: "24320",
    products: ["Brass lamps", "Furniture fittings", "Statues"],
    answers: "RAAY", jica: [5, 5, 5, 3, 5, 5], ps: [5, 4, 5, 4],
    peers: [2, 3], suppliers: ["sup-juwana-logam-prima", "sup-juwana-kimia"], buyers: ["buy-juwana-eksportir", "buy-juwana-artshop"],
    support: [["FINANCE", "bank-bri-pati"], ["PROMOTION", "promo-dekranasda-pati"]],
  },
  {
    n: 2, name: "UD Cahaya Kuningan", regionId: LOR, at: [-6.7244, 111.1405], workers: 24, founded: 1982, kbli: "24320",
    products: ["Door handles", "Furniture fittings"],
    answers: "RAAY", jica: [5, 4, 3, 5, 4, 2], ps: [5, 3, 4, 3],
    peers: [1, 4], suppliers: ["sup-juwana-rosok", "sup-juwana-kimia"], buyers: ["buy-juwana-eksportir", "buy-juwana-mebel-jepara"],
    support: [["FINANCE", "bank-jateng-pati"], ["TECHNICAL_ASSISTANCE", "univ-muria"]],
  },
  {
    n: 3, name: "UD Logam Kencana", regionId: KIDUL, at: [-6.7318, 111.1421], workers: 16, founded: 1985, kbli: "24320",
    products: ["Decorative lamps", "Miniatures"],
    answers: "RPAY", jica: [5, 3, 2, 2, 3, 3], ps: [4, 3, 5, 3],
    peers: [1, 5], suppliers: ["sup-juwana-rosok"], buyers: ["buy-juwana-artshop"],
    support: [["FINANCE", "bpr-juwana"]],
  },
  {
    n: 4, name: "UD Karya Kuningan Pajeksan", regionId: PAJEKSAN, at: [-6.7158, 111.1497], workers: 12, founded: 1979, kbli: "28130",
    products: ["Water taps", "Valve bodies"],
    answers: "AAPY", jica: [5, 3, 2, 2, 3, 2], ps: [4, 3, 4, 3],
    peers: [5], suppliers: ["sup-juwana-rosok", "sup-juwana-lilin"], buyers: ["trader-juwana-sumber-logam"],
    support: [["FINANCE", "coop-juwana"]],
  },
  {
    n: 5, name: "UD Sinar Kuningan", regionId: LOR, at: [-6.7229, 111.1387], workers: 10, founded: 1991, kbli: "30912",
    products: ["Motorcycle parts", "Gas-stove parts"],
    answers: "APAY", jica: [4, 3, 2, 2, 3, 2], ps: [4, 3, 4, 3],
    peers: [4], suppliers: ["sup-juwana-rosok"], buyers: ["buy-juwana-suku-cadang"],
    support: [["ECONOMIC_ASSISTANCE", "bds-pati"]],
  },
  {
    n: 6, name: "CV Kriya Logam Juwana", regionId: KIDUL, at: [-6.7325, 111.1433], workers: 21, founded: 1988, kbli: "24320",
    products: ["Statues", "Wall decorations", "Furniture fittings"],
    answers: "A-AY", jica: [5, 3, 2, 2, 3, 2], ps: [4, 3, 4, 3],
    peers: [1], buyers: ["buy-juwana-mebel-jepara"],
    support: [["FINANCE", "bank-bri-pati"]],
  },
  {
    n: 7, name: "UD Tri Manunggal Kuningan", regionId: LOR, at: [-6.7251, 111.1412], workers: 8, founded: 1995, kbli: "24320",
    products: ["Door handles", "Hinges"],
    answers: "APPY", jica: [4, 3, 2, 2, 3, 2], ps: [4, 3, 4, 3],
    peers: [8], suppliers: ["sup-juwana-rosok"], buyers: ["trader-juwana-sumber-logam"],
    support: [["PROMOTION", "promo-dekranasda-pati"]],
  },
  {
    n: 8, name: "UD Rejeki Kuningan", regionId: KIDUL, at: [-6.7309, 111.1416], workers: 9, founded: 1993, kbli: "24320",
    products: ["Decorative lamps", "Candle holders"],
    answers: "APAY", jica: [4, 3, 2, 2, 3, 2], ps: [4, 3, 4, 3],
    peers: [7], suppliers: ["sup-juwana-logam-prima"], buyers: ["buy-juwana-eksportir"],
    support: [["TECHNICAL_ASSISTANCE", "gov-disperindag-pati"]],
  },
  {
    n: 9, name: "UD Dwi Karya Cor", regionId: PAJEKSAN, at: [-6.7165, 111.1505], workers: 6, founded: 1999, kbli: "24320",
    products: ["Water-meter parts", "Taps"],
    answers: "PPPN", jica: [4, 3, 2, 2, 3, 2], ps: [4, 3, 4, 3],
    peers: [10], suppliers: ["sup-juwana-rosok"], buyers: ["buy-juwana-pemborong"],
  },
  {
    n: 10, name: "UD Sumber Kencana", regionId: LOR, at: [-6.7240, 111.1379], workers: 7, founded: 1997, kbli: "24320",
    products: ["Miniatures", "Souvenirs"],
    answers: "PPPY", jica: [4, 3, 2, 1, 3, 2], ps: [4, 3, 4, 3],
    peers: [9], suppliers: ["sup-juwana-rosok", "sup-juwana-lilin"], buyers: ["trader-juwana-sumber-logam"],
    support: [["FINANCE", "bpr-juwana"]],
  },
  {
    n: 11, name: "UD Mulya Kuningan", regionId: KIDUL, at: [-6.7331, 111.1409], workers: 5, founded: 2000, kbli: "30912",
    products: ["Motorcycle parts"],
    answers: "PPPY", jica: [4, 3, 2, 2, 3, 2], ps: [4, 3, 4, 3],
    peers: [1], suppliers: ["sup-juwana-rosok"], buyers: ["buy-juwana-suku-cadang"],
    support: [["FINANCE", "coop-juwana"]],
  },
  {
    n: 12, name: "UD Sido Rukun Kuningan", regionId: LOR, at: [-6.7258, 111.1394], workers: 4, founded: 2002, kbli: "24320",
    products: ["Gas-stove parts"],
    answers: "P---", jica: [3, 3, 1, 2, 3, 1], ps: [3, 2, 3, 2],
    peers: [13],
  },
  {
    n: 13, name: "UD Barokah Logam", regionId: PAJEKSAN, at: [-6.7151, 111.1489], workers: 11, founded: 1990, kbli: "24320",
    products: ["Decorative lamps", "Statues"],
    answers: "PPPY", jica: [5, 3, 2, 2, 3, 2], ps: [4, 3, 4, 3],
    peers: [12], suppliers: ["sup-juwana-rosok"], buyers: ["buy-juwana-pemborong"],
    support: [["ECONOMIC_ASSISTANCE", "bds-pati"]],
  },
  {
    n: 14, name: "UD Lancar Cor Kuningan", regionId: KIDUL, at: [-6.7340, 111.1427], workers: 6, founded: 1996, kbli: "24320",
    products: ["Taps", "Pipe fittings"],
    answers: "NAPN", jica: [3, 3, 2, 1, 2, 1], ps: [4, 3, 4, 3],
    suppliers: ["sup-juwana-logam-prima", "sup-juwana-mesin"], buyers: ["trader-juwana-sumber-logam"],
  },
  {
    n: 15, name: "UD Growong Indah", regionId: LOR, at: [-6.7233, 111.1420], workers: 5, founded: 2001, kbli: "24320",
    products: ["Souvenirs", "Door knockers"],
    answers: "NPNN", jica: [4, 2, 1, 2, 3, 2], ps: [4, 3, 3, 3],
    suppliers: ["sup-juwana-rosok"],
  },
  {
    n: 16, name: "UD Kudukeras Jaya", regionId: "region-juwana", at: [-6.7190, 111.1455], workers: 3, founded: 2004, kbli: "24320",
    products: ["Gas-stove parts"],
    answers: "N-N-", jica: [3, 3, 1, 1, 3, 1], ps: [4, 3, 4, 3],
  },
  {
    n: 17, name: "UD Dua Putra Kuningan", regionId: PAJEKSAN, at: [-6.7172, 111.1511], workers: 2, founded: 2005, kbli: "24320",
    products: ["Miniatures"],
    answers: "N---", jica: [1, 1, 1, 1, 1, 1], ps: [3, 3, 4, 3],
  },
];

const measured = buildSurveyedFirms("juwana", S, firms);

/** Suppliers, buyers and supporting institutions around Juwana. */
const around: ActorSeed[] = [
  {
    id: "sup-juwana-rosok", name: "UD Rosok Kuningan Jaya", kind: "RAW_MATERIAL_SUPPLIER", regionId: "region-juwana",
    description: "Brass-scrap dealer; most Juwana brass is recast scrap.", sizeClass: "SMALL", workers: 7, mainProducts: ["Brass scrap", "Copper scrap"],
  },
  {
    id: "sup-juwana-logam-prima", name: "CV Logam Prima Semarang", kind: "RAW_MATERIAL_SUPPLIER", regionId: "region-kota-semarang",
    description: "Copper and zinc ingots for new brass.", mainProducts: ["Copper ingots", "Zinc ingots"],
  },
  {
    id: "sup-juwana-kimia", name: "Toko Kimia Sari Pati", kind: "AUXILIARY_MATERIAL_SUPPLIER", regionId: "region-pati",
    description: "Polishing compounds, acids, lacquer.", sizeClass: "MICRO", workers: 3, mainProducts: ["Polishing compounds", "Lacquer"],
  },
  {
    id: "sup-juwana-lilin", name: "UD Malam Sejahtera", kind: "AUXILIARY_MATERIAL_SUPPLIER", regionId: "region-pati",
    description: "Wax, plaster and crucibles for moulding.", sizeClass: "MICRO", workers: 2, mainProducts: ["Moulding wax", "Crucibles"],
  },
  {
    id: "sup-juwana-mesin", name: "Toko Teknik Mulya Pati", kind: "EQUIPMENT_SUPPLIER", regionId: "region-pati",
    description: "Lathes, polishing motors and crucible furnaces.",
  },
  {
    id: "trader-juwana-sumber-logam", name: "UD Sumber Logam Juwana", kind: "TRADER", regionId: "region-juwana",
    location: { latitude: -6.7128, longitude: 111.1522 },
    description: "Metal trader: buys finished brass goods from Juwana IKMs for resale, and sells brass and copper scrap and sheet on to the Tumang (Boyolali) craftsmen. BUYER in Juwana, SUPPLIER_INDUSTRY in Tumang.",
    sizeClass: "SMALL", workers: 12, mainProducts: ["Brass goods (resale)", "Brass and copper scrap", "Copper sheet"],
  },
  {
    id: "buy-juwana-eksportir", name: "CV Griya Kriya Nusantara", kind: "EXPORTER", regionId: "region-kota-semarang",
    description: "Handicraft exporter (Europe, Japan).",
  },
  {
    id: "buy-juwana-artshop", name: "Art Shop Kencana Kuta", kind: "RETAILER",
    description: "Art shop in Bali selling brass decorations to tourists and re-exporting.",
  },
  {
    id: "buy-juwana-pemborong", name: "CV Pemborong Kriya Jakarta", kind: "TRADER",
    description: "Jakarta contractor (pemborong) placing bulk orders for resale as export goods.",
  },
  {
    id: "buy-juwana-suku-cadang", name: "UD Sinar Motor Pati", kind: "DISTRIBUTOR", regionId: "region-pati",
    description: "Motorcycle spare-parts distributor; sells reinforced brass parts for imported Chinese motorcycles.",
  },
  {
    id: "buy-juwana-mebel-jepara", name: "CV Jati Mulya Jepara", kind: "LARGE_FIRM", regionId: "region-jepara",
    description: "Furniture manufacturer buying brass handles and fittings.", sizeClass: "LARGE", workers: 160, kbli: "31001",
  },
  { id: "bank-bri-pati", name: "BRI Cabang Pati", kind: "BANK", location: { latitude: -6.7552, longitude: 111.0383 }, regionId: "region-pati" },
  { id: "bank-jateng-pati", name: "Bank Jateng Cabang Pati", kind: "BANK", location: { latitude: -6.756, longitude: 111.04 }, regionId: "region-pati" },
  { id: "bpr-juwana", name: "BPR Rejeki Juwana", kind: "RURAL_BANK", location: { latitude: -6.7142, longitude: 111.1497 }, regionId: "region-juwana", description: "Rural bank; channels part of PNM's credit." },
  { id: "coop-juwana", name: "KSU Kuningan Makmur Juwana", kind: "COOPERATIVE", location: { latitude: -6.7205, longitude: 111.142 }, regionId: "region-juwana", description: "Multi-purpose cooperative of brass makers." },
  { id: "gov-disperindag-pati", name: "Dinas Perindustrian, Perdagangan dan Koperasi Kabupaten Pati", kind: "GOVERNMENT_AGENCY", regionId: "region-pati" },
  { id: "gov-bappeda-pati", name: "Bappeda Kabupaten Pati", kind: "GOVERNMENT_AGENCY", regionId: "region-pati" },
  { id: "univ-muria", name: "Universitas Muria Kudus", kind: "UNIVERSITY", location: { latitude: -6.785, longitude: 110.867 }, description: "University in neighbouring Kudus regency." },
  { id: "bds-pati", name: "BDS Mitra Usaha Pati", kind: "BDS_PROVIDER", location: { latitude: -6.753, longitude: 111.035 }, regionId: "region-pati" },
  { id: "promo-dekranasda-pati", name: "Dekranasda Kabupaten Pati", kind: "PROMOTION_BODY", regionId: "region-pati", description: "Regional crafts council; exhibitions and trade fairs." },
  { id: "fedep-pati", name: "FEDEP Kabupaten Pati", kind: "NGO", regionId: "region-pati", description: "Forum for Economic Development and Employment Promotion of the regency." },
];

const participations: ParticipationSeed[] = [
  ...participate(S, "SUPPLIER_INDUSTRY", ["sup-juwana-rosok", "sup-juwana-logam-prima"]),
  ...participate(S, "SUPPORTING_INDUSTRY", ["sup-juwana-kimia", "sup-juwana-lilin", "sup-juwana-mesin"]),
  ...participate(S, "BUYER", [
    "trader-juwana-sumber-logam", "buy-juwana-eksportir", "buy-juwana-artshop", "buy-juwana-pemborong", "buy-juwana-suku-cadang", "buy-juwana-mebel-jepara",
  ]),
  ...participate(S, "SUPPORTING_INSTITUTION", [
    "bank-bri-pati", "bank-jateng-pati", "bpr-juwana", "coop-juwana", "gov-disperindag-pati", "gov-bappeda-pati",
    "univ-muria", "bds-pati", "promo-dekranasda-pati", "fedep-pati", "pnm-semarang",
  ]),
];

export const juwana = {
  actors: [...measured.actors, ...around],
  participations: [...measured.participations, ...participations],
  linkages: measured.linkages,
  surveyResponses: measured.surveyResponses,
  indicatorScores: measured.indicatorScores,
  problemSolvingScores: measured.problemSolvingScores,
};
