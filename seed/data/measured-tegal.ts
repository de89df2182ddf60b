/**
 * Tegal regency: metal and machine engineering (ship and engine components). 22 surveyed IKMs:
 * all 22 answered Table 5, but only 19 answered Table 4 (firms 20 to 22 did not answer the
 * same-type question), 19 answered Table 6 and 17 Table 7. Firm names and firm-level facts are
 * invented; the per-sentra counts, means, minima and maxima are the research's (except the
 * market mean, which cannot be met exactly: see seed/README.md).
 */
import type { ActorSeed, ParticipationSeed } from "../../src/domain/dataset";
import { MEASURED_SENTRA } from "../research-tables";
import { buildSurveyedFirms, participate, type SurveyedFirm } from "./helpers";

const S = MEASURED_SENTRA.tegal;
const KEBASEN = "region-talang-kebasen";
const PESAYANGAN = "region-talang-pesayangan";
const ADIWERNA = "region-adiwerna";

// answers: same-type, upstream, downstream, supporting (P passive, A active, R proactive, Y yes, N no, - no answer)
// jica: product, technology, market, skills, trust, information; ps: raw, auxiliary, production, marketing
const firms: SurveyedFirm[] = [
  {
    n: 1, name: "CV Baruna Teknik", regionId: KEBASEN, at: [-6.9052, 109.1287], workers: 45, founded: 1975, kbli: "24320",
    products: ["Bronze ship propellers", "Propeller shafts", "Stern tubes"],
    answers: "AARY", jica: [5, 3, 3, 3, 3, 5], ps: [4, 3, 4, 3],
    peers: [2, 20], suppliers: ["sup-tegal-besi-bekas", "sup-tegal-mesin-bubut"], buyers: ["buy-tegal-galangan", "buy-tegal-mesin-tani"],
    support: [["FINANCE", "bank-bri-slawi"], ["CERTIFICATION", "tech-bblm-bandung"]],
  },
  {
    n: 2, name: "CV Samudra Mesin", regionId: KEBASEN, at: [-6.9061, 109.1296], workers: 32, founded: 1980, kbli: "28110",
    products: ["Marine engine parts", "Cylinder liners"],
    answers: "AAAY", jica: [4, 3, 3, 3, 3, 5], ps: [3, 4, 3, 3],
    peers: [1], suppliers: ["sup-tegal-baja"], buyers: ["buy-tegal-mesin-tani"],
    support: [["FINANCE", "bank-jateng-slawi"], ["TECHNICAL_ASSISTANCE", "univ-poltek-tegal"]],
  },
  {
    n: 3, name: "UD Teknik Jaya Kebasen", regionId: KEBASEN, at: [-6.9047, 109.1302], workers: 18, founded: 1984, kbli: "25920",
    products: ["Machined engine parts", "Bushings"],
    answers: "AAAY", jica: [3, 3, 3, 2, 3, 5], ps: [3, 3, 4, 3],
    peers: [4], suppliers: ["sup-tegal-baja", "ikm-ceper-01"], buyers: ["buy-tegal-mesin-tani"],
    support: [["TECHNICAL_ASSISTANCE", "bds-tegal"]],
  },
  {
    n: 4, name: "CV Logam Mas Talang", regionId: PESAYANGAN, at: [-6.9148, 109.1211], workers: 15, founded: 1987, kbli: "24310",
    products: ["Flywheels", "Pulleys"],
    answers: "AAPY", jica: [3, 2, 3, 2, 3, 5], ps: [3, 3, 3, 3],
    peers: [3], suppliers: ["sup-tegal-besi-bekas", "sup-tegal-las"], buyers: ["buy-tegal-suku-cadang"],
    support: [["FINANCE", "bpr-tegal"]],
  },
  {
    n: 5, name: "UD Bubut Sinar Mulya", regionId: KEBASEN, at: [-6.9069, 109.1281], workers: 9, founded: 1993, kbli: "25920",
    products: ["Turned shafts", "Shaft couplings"],
    answers: "AAPY", jica: [3, 2, 3, 2, 3, 5], ps: [3, 3, 3, 3],
    peers: [6], suppliers: ["sup-tegal-baja"], buyers: ["buy-tegal-nelayan"],
    support: [["FINANCE", "coop-tegal"]],
  },
  {
    n: 6, name: "UD Karya Mesin Pesayangan", regionId: PESAYANGAN, at: [-6.9156, 109.1223], workers: 12, founded: 1990, kbli: "28140",
    products: ["Gears", "Sprockets"],
    answers: "AAPY", jica: [3, 2, 3, 3, 3, 4], ps: [3, 3, 3, 3],
    peers: [5, 21], suppliers: ["sup-tegal-baja"], buyers: ["buy-tegal-galangan"],
    support: [["ECONOMIC_ASSISTANCE", "bds-tegal"]],
  },
  {
    n: 7, name: "UD Bahari Logam", regionId: KEBASEN, at: [-6.9041, 109.1278], workers: 8, founded: 1995, kbli: "24320",
    products: ["Rudder fittings", "Bronze bushings"],
    answers: "AAPN", jica: [3, 2, 3, 2, 3, 4], ps: [3, 3, 3, 3],
    peers: [8], suppliers: ["sup-tegal-besi-bekas"], buyers: ["buy-tegal-galangan"],
  },
  {
    n: 8, name: "UD Presisi Teknik", regionId: ADIWERNA, at: [-6.9342, 109.1318], workers: 11, founded: 1998, kbli: "25920",
    products: ["Machined spare parts"],
    answers: "AAPN", jica: [3, 2, 3, 2, 3, 4], ps: [3, 3, 3, 3],
    peers: [7], suppliers: ["sup-tegal-baja"], buyers: ["buy-tegal-suku-cadang"],
  },
  {
    n: 9, name: "UD Maju Makmur Teknik", regionId: ADIWERNA, at: [-6.9355, 109.1327], workers: 6, founded: 2000, kbli: "28130",
    products: ["Water pumps", "Pump impellers"],
    answers: "APPN", jica: [3, 2, 3, 2, 3, 4], ps: [3, 3, 3, 3],
    peers: [10], suppliers: ["sup-tegal-las"], buyers: ["buy-tegal-agro"],
  },
  {
    n: 10, name: "UD Sinar Baja Kebasen", regionId: KEBASEN, at: [-6.9075, 109.1293], workers: 7, founded: 1996, kbli: "25920",
    products: ["Ship fittings", "Bollards"],
    answers: "APPN", jica: [3, 2, 3, 2, 3, 4], ps: [3, 3, 3, 3],
    peers: [9], suppliers: ["sup-tegal-baja"], buyers: ["buy-tegal-nelayan"],
  },
  {
    n: 11, name: "UD Agung Teknik", regionId: PESAYANGAN, at: [-6.9139, 109.1207], workers: 22, founded: 1985, kbli: "28210",
    products: ["Hand-tractor parts", "Rice-thresher parts"],
    answers: "PAAY", jica: [3, 3, 3, 2, 3, 5], ps: [3, 3, 3, 4],
    peers: [1], suppliers: ["sup-tegal-mesin-bubut", "sup-tegal-baja"], buyers: ["buy-tegal-agro", "buy-tegal-suku-cadang"],
    support: [["FINANCE", "bank-bri-slawi"]],
  },
  {
    n: 12, name: "UD Mulyo Bubut", regionId: ADIWERNA, at: [-6.9361, 109.1340], workers: 5, founded: 2002, kbli: "25920",
    products: ["Turned parts", "Repair work"],
    answers: "PAPY", jica: [3, 2, 3, 2, 3, 4], ps: [3, 3, 3, 3],
    peers: [11], suppliers: ["sup-tegal-baja"], buyers: ["buy-tegal-nelayan"],
    support: [["TECHNICAL_ASSISTANCE", "gov-disperindag-tegal"]],
  },
  {
    n: 13, name: "UD Barokah Las dan Bubut", regionId: ADIWERNA, at: [-6.9337, 109.1351], workers: 4, founded: 2003, kbli: "25920",
    products: ["Welded frames", "Turned parts"],
    answers: "PPP-", jica: [3, 2, 3, 2, 3, 4], ps: [3, 3, 3, 3],
    peers: [14], suppliers: ["sup-tegal-las"], buyers: ["buy-tegal-suku-cadang"],
  },
  {
    n: 14, name: "UD Tirta Logam", regionId: PESAYANGAN, at: [-6.9163, 109.1230], workers: 6, founded: 1999, kbli: "28130",
    products: ["Pump housings"],
    answers: "PPP-", jica: [3, 2, 3, 2, 3, 4], ps: [3, 3, 3, 3],
    peers: [13], suppliers: ["sup-tegal-besi-bekas"], buyers: ["buy-tegal-agro"],
  },
  {
    n: 15, name: "UD Putra Mandiri Teknik", regionId: KEBASEN, at: [-6.9083, 109.1275], workers: 5, founded: 2001, kbli: "25920",
    products: ["Bolts and nuts", "Turned parts"],
    answers: "PNPN", jica: [3, 2, 3, 1, 3, 4], ps: [3, 3, 3, 3],
    peers: [16], buyers: ["buy-tegal-nelayan"],
  },
  {
    n: 16, name: "UD Pantura Logam", regionId: ADIWERNA, at: [-6.9370, 109.1312], workers: 8, founded: 1997, kbli: "24310",
    products: ["Grey-iron castings", "Pulleys"],
    answers: "PNPN", jica: [3, 2, 3, 2, 3, 4], ps: [3, 3, 3, 3],
    peers: [15], buyers: ["buy-tegal-suku-cadang"],
  },
  {
    n: 17, name: "UD Ngudi Rejeki Teknik", regionId: KEBASEN, at: [-6.9036, 109.1309], workers: 3, founded: 2004, kbli: "25920",
    products: ["Bolts", "Repair work"],
    answers: "PN--", jica: [3, 1, 3, 2, 3, 4], ps: [3, 3, 2, 3],
    peers: [22],
  },
  {
    n: 18, name: "UD Sari Logam", regionId: ADIWERNA, at: [-6.9348, 109.1362], workers: 2, founded: 2005, kbli: "25920",
    products: ["Repair work"],
    answers: "NNNN", jica: [1, 1, 1, 1, 3, 1], ps: [2, 3, 2, 3],
  },
  {
    n: 19, name: "UD Anugrah Mesin", regionId: PESAYANGAN, at: [-6.9171, 109.1216], workers: 4, founded: 2003, kbli: "28210",
    products: ["Thresher parts"],
    answers: "NN--", jica: [2, 1, 3, 1, 3, 3], ps: [3, 2, 3, 3],
  },
  {
    n: 20, name: "UD Lancar Teknik", regionId: KEBASEN, at: [-6.9058, 109.1315], workers: 10, founded: 1994, kbli: "28110",
    products: ["Engine parts", "Piston pins"],
    answers: "-APY", jica: [3, 2, 3, 3, 3, 4], ps: [3, 3, 3, 3],
    suppliers: ["sup-tegal-baja"], buyers: ["buy-tegal-mesin-tani"],
    support: [["FINANCE", "coop-tegal"]],
  },
  {
    n: 21, name: "UD Sido Dadi Logam", regionId: ADIWERNA, at: [-6.9377, 109.1335], workers: 6, founded: 1999, kbli: "24310",
    products: ["Agricultural castings"],
    answers: "-PNN", jica: [3, 2, 3, 2, 3, 3], ps: [3, 3, 3, 3],
    suppliers: ["sup-tegal-besi-bekas"],
  },
  {
    n: 22, name: "UD Wijaya Kusuma Teknik", regionId: PESAYANGAN, at: [-6.9144, 109.1238], workers: 3, founded: 2006, kbli: "25920",
    products: ["Turned parts"],
    answers: "-P--", jica: [3, 1, 3, 1, 3, 3], ps: [3, 3, 3, 2],
    suppliers: ["sup-tegal-baja"],
  },
];

const measured = buildSurveyedFirms("tegal", S, firms);

/** Suppliers, buyers and supporting institutions around the Tegal metal sentra. */
const around: ActorSeed[] = [
  {
    id: "sup-tegal-besi-bekas", name: "UD Besi Bekas Margadana", kind: "RAW_MATERIAL_SUPPLIER", regionId: "region-kota-tegal",
    description: "Ferrous and non-ferrous scrap dealer (old ship parts, bronze).", sizeClass: "SMALL", workers: 11, mainProducts: ["Scrap iron", "Bronze scrap"],
  },
  {
    id: "sup-tegal-baja", name: "CV Baja Plat Sejahtera", kind: "RAW_MATERIAL_SUPPLIER", regionId: "region-kota-tegal",
    description: "Steel bars, plates and shaft stock.", sizeClass: "SMALL", workers: 14, mainProducts: ["Steel bars", "Steel plates", "Shaft stock"],
  },
  {
    id: "sup-tegal-las", name: "UD Gas dan Kawat Las Mulya", kind: "AUXILIARY_MATERIAL_SUPPLIER", regionId: "region-slawi",
    description: "Welding electrodes, oxygen and acetylene, cutting fluids.", sizeClass: "MICRO", workers: 4,
  },
  {
    id: "sup-tegal-mesin-bubut", name: "Toko Mesin Perkakas Jaya Tegal", kind: "EQUIPMENT_SUPPLIER", regionId: "region-kota-tegal",
    description: "Lathes, milling machines and cutting tools, new and second-hand.",
  },
  {
    id: "buy-tegal-galangan", name: "CV Galangan Kapal Bahari Tegal", kind: "LARGE_BUYER", regionId: "region-kota-tegal",
    description: "Shipyard building and repairing fishing vessels; buys propellers, shafts and fittings.",
  },
  {
    id: "buy-tegal-nelayan", name: "UD Mitra Nelayan Tegalsari", kind: "TRADER", regionId: "region-kota-tegal",
    description: "Ship chandler selling spare parts to fishing-boat owners at the Tegalsari port.",
  },
  {
    id: "buy-tegal-mesin-tani", name: "PT Mesin Tani Nusantara", kind: "LARGE_FIRM", regionId: "region-tegal",
    description: "Assembler of small engines and hand tractors buying machined components.", sizeClass: "LARGE", workers: 180, kbli: "28210",
  },
  {
    id: "buy-tegal-suku-cadang", name: "CV Suku Cadang Sinar Tegal", kind: "DISTRIBUTOR", regionId: "region-slawi",
    description: "Distributor of engine and machine spare parts along the north coast (Pantura).",
  },
  {
    id: "buy-tegal-agro", name: "PT Agro Industri Pantura", kind: "LARGE_BUYER", regionId: "region-tegal",
    description: "Food and sugar processor ordering pumps and machined spare parts.",
  },
  { id: "bank-bri-slawi", name: "BRI Cabang Slawi", kind: "BANK", location: { latitude: -6.9829, longitude: 109.1366 }, regionId: "region-slawi" },
  { id: "bank-jateng-slawi", name: "Bank Jateng Cabang Slawi", kind: "BANK", location: { latitude: -6.984, longitude: 109.138 }, regionId: "region-slawi" },
  { id: "bpr-tegal", name: "BPR Bahari Artha Tegal", kind: "RURAL_BANK", location: { latitude: -6.9351, longitude: 109.1214 }, regionId: "region-tegal" },
  { id: "coop-tegal", name: "Koperasi Industri Logam Kebasen", kind: "COOPERATIVE", location: { latitude: -6.9098, longitude: 109.1302 }, regionId: "region-talang-kebasen", description: "Savings and loan cooperative of the Kebasen metal workshops." },
  { id: "gov-pemkab-tegal", name: "Pemerintah Kabupaten Tegal", kind: "GOVERNMENT_AGENCY", regionId: "region-tegal", description: "Regency government (Pemda Tegal); Corebest's partner." },
  { id: "gov-disperindag-tegal", name: "Dinas Perindustrian, Perdagangan, Koperasi dan UMKM Kabupaten Tegal", kind: "GOVERNMENT_AGENCY", regionId: "region-slawi" },
  { id: "gov-bappeda-tegal", name: "Bappeda Kabupaten Tegal", kind: "GOVERNMENT_AGENCY", regionId: "region-slawi" },
  { id: "univ-poltek-tegal", name: "Politeknik Harapan Bersama Tegal", kind: "UNIVERSITY", location: { latitude: -6.869, longitude: 109.116 }, regionId: "region-kota-tegal" },
  { id: "bds-tegal", name: "BDS Rekayasa Mandiri Tegal", kind: "BDS_PROVIDER", location: { latitude: -6.915, longitude: 109.132 }, regionId: "region-tegal", description: "Technical and business mentoring for metal workshops; LPT of the Tegal FKAK." },
  { id: "fedep-tegal", name: "FEDEP Kabupaten Tegal", kind: "NGO", regionId: "region-tegal", description: "Forum for Economic Development and Employment Promotion of the regency." },
];

const participations: ParticipationSeed[] = [
  // ikm-ceper-01 is CORE in Ceper and, here, a supplier of castings to Tegal machine shops.
  ...participate(S, "SUPPLIER_INDUSTRY", ["sup-tegal-besi-bekas", "sup-tegal-baja", "ikm-ceper-01"]),
  ...participate(S, "SUPPORTING_INDUSTRY", ["sup-tegal-las", "sup-tegal-mesin-bubut"]),
  ...participate(S, "BUYER", ["buy-tegal-galangan", "buy-tegal-nelayan", "buy-tegal-mesin-tani", "buy-tegal-suku-cadang", "buy-tegal-agro"]),
  ...participate(S, "SUPPORTING_INSTITUTION", [
    "bank-bri-slawi", "bank-jateng-slawi", "bpr-tegal", "coop-tegal", "gov-pemkab-tegal", "gov-disperindag-tegal", "gov-bappeda-tegal",
    "univ-poltek-tegal", "bds-tegal", "fedep-tegal", "tech-bblm-bandung", "corebest",
  ]),
];

export const tegal = {
  actors: [...measured.actors, ...around],
  participations: [...measured.participations, ...participations],
  linkages: measured.linkages,
  surveyResponses: measured.surveyResponses,
  indicatorScores: measured.indicatorScores,
  problemSolvingScores: measured.problemSolvingScores,
};
