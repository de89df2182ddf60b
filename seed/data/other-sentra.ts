/**
 * The other sentra of the research, at lighter detail: a few invented firms each and the named
 * institutions (research/000 for Boyolali and Purbalingga; research/003 for Trangsan, the Tegal
 * application-engine and beef-cattle clusters and the eight areas of the PNM mentoring programme).
 */
import type { ActorSeed, LinkageSeed, ParticipationSeed } from "../../src/domain/dataset";
import { MEASURED_SENTRA } from "../research-tables";
import { participate } from "./helpers";

const TUMANG = "sentra-boyolali-tumang-copper-craft";
const KNALPOT = "sentra-purbalingga-knalpot";
const TRANGSAN = "sentra-trangsan-rattan-furniture";
const ENJIN = "sentra-tegal-application-engines";
const SAPI = "sentra-tegal-beef-cattle";
const TROSO = "sentra-jepara-troso-weaving";
const PEKALONGAN = "sentra-pekalongan-batik-weaving";
const KEBUMEN = "sentra-kebumen-coconut-fibre";
const KAYU = "sentra-sukoharjo-wood";
const BLORA = "sentra-blora-handicraft";
const BANJARNEGARA = "sentra-banjarnegara-ceramics";

const actors: ActorSeed[] = [
  // Tumang, Boyolali: forged and carved copper
  {
    id: "ikm-tumang-01", name: "UD Tembaga Tumang Asri", kind: "IKM", regionId: "region-cepogo-tumang", location: { latitude: -7.5168, longitude: 110.5236 },
    sizeClass: "SMALL", workers: 16, yearFounded: 1983, mainProducts: ["Copper water features", "Hammered copper lamps"],
  },
  {
    id: "ikm-tumang-02", name: "CV Karya Logam Tumang", kind: "IKM", regionId: "region-cepogo-tumang", location: { latitude: -7.5177, longitude: 110.5249 },
    sizeClass: "SMALL", workers: 9, yearFounded: 1992, mainProducts: ["Carved copper vases", "Mosque domes"],
  },
  {
    id: "ikm-tumang-03", name: "UD Sumber Tembaga", kind: "IKM", regionId: "region-cepogo-tumang", location: { latitude: -7.5159, longitude: 110.5228 },
    sizeClass: "MICRO", workers: 4, yearFounded: 2001, mainProducts: ["Copper cookware", "Souvenirs"],
  },

  // Purbalingga: exhaust pipes
  {
    id: "ikm-purbalingga-01", name: "UD Knalpot Jaya Purbalingga", kind: "IKM", regionId: "region-purbalingga",
    sizeClass: "SMALL", workers: 14, yearFounded: 1989, kbli: "30912", mainProducts: ["Motorcycle exhaust pipes"],
  },
  {
    id: "ikm-purbalingga-02", name: "CV Racing Knalpot Mandiri", kind: "IKM", regionId: "region-purbalingga",
    sizeClass: "SMALL", workers: 8, yearFounded: 1998, kbli: "30912", mainProducts: ["Racing exhausts", "Mufflers"],
  },
  {
    id: "ikm-purbalingga-03", name: "UD Sinar Las Knalpot", kind: "IKM", regionId: "region-purbalingga",
    sizeClass: "MICRO", workers: 3, yearFounded: 2004, kbli: "30912", mainProducts: ["Exhaust repairs", "Mufflers"],
  },
  {
    id: "buy-purbalingga-variasi", name: "CV Variasi Motor Banyumas", kind: "DISTRIBUTOR",
    description: "Distributor of motorcycle accessories in western Central Java.",
  },

  // Trangsan, Sukoharjo: rattan furniture
  {
    id: "ikm-trangsan-01", name: "CV Rotan Jaya Trangsan", kind: "IKM", regionId: "region-gatak-trangsan", location: { latitude: -7.5527, longitude: 110.7263 },
    sizeClass: "MEDIUM", workers: 48, yearFounded: 1987, kbli: "31002", mainProducts: ["Rattan chairs", "Rattan sofa sets"],
  },
  {
    id: "ikm-trangsan-02", name: "UD Karya Rotan Mandiri", kind: "IKM", regionId: "region-gatak-trangsan", location: { latitude: -7.5536, longitude: 110.7279 },
    sizeClass: "SMALL", workers: 17, yearFounded: 1995, kbli: "31002", mainProducts: ["Rattan baskets", "Rattan tables"],
  },
  {
    id: "ikm-trangsan-03", name: "CV Anyaman Rotan Lestari", kind: "IKM", regionId: "region-gatak-trangsan", location: { latitude: -7.5521, longitude: 110.7285 },
    sizeClass: "MEDIUM", workers: 25, yearFounded: 1999, kbli: "31002", mainProducts: ["Synthetic-rattan outdoor furniture"],
  },
  {
    id: "ikm-trangsan-04", name: "UD Sido Makmur Rotan", kind: "IKM", regionId: "region-gatak-trangsan", location: { latitude: -7.5542, longitude: 110.7257 },
    sizeClass: "SMALL", workers: 7, yearFounded: 2003, kbli: "31002", mainProducts: ["Rattan frames (subcontract)"],
  },
  {
    id: "sup-trangsan-rotan", name: "UD Rotan Kalimantan Sejahtera", kind: "RAW_MATERIAL_SUPPLIER", regionId: "region-sukoharjo",
    description: "Rattan cane and core from Kalimantan and Sulawesi.",
  },
  {
    id: "buy-trangsan-eksportir", name: "CV Solo Rattan Export", kind: "EXPORTER", regionId: "region-kota-surakarta",
    description: "Furniture exporter consolidating containers from Trangsan.",
  },

  // Tegal: application engines (spin-off of the ship-components cluster)
  {
    id: "ikm-enjin-01", name: "CV Traktor Tani Mandiri", kind: "IKM", regionId: "region-talang", location: { latitude: -6.9121, longitude: 109.1259 },
    sizeClass: "MEDIUM", workers: 30, yearFounded: 1996, kbli: "28210", mainProducts: ["Hand tractors", "Power tillers"],
  },
  {
    id: "ikm-enjin-02", name: "UD Mesin Aplikasi Karya Tegal", kind: "IKM", regionId: "region-adiwerna", location: { latitude: -6.9330, longitude: 109.1301 },
    sizeClass: "SMALL", workers: 15, yearFounded: 2000, kbli: "28110", mainProducts: ["Small diesel engines", "Water-pump engines"],
  },
  {
    id: "ikm-enjin-03", name: "UD Dinamo Tani Jaya", kind: "IKM", regionId: "region-talang",
    sizeClass: "SMALL", workers: 8, yearFounded: 2003, kbli: "28210", mainProducts: ["Rice threshers", "Hand-tractor implements"],
  },

  // Tegal: beef cattle
  {
    id: "coop-tegal-sapi", name: "Koperasi Peternak Sapi Potong Tegal Makmur", kind: "COOPERATIVE", regionId: "region-tegal",
    description: "Cooperative of beef-cattle farming households.",
  },
  {
    id: "ikm-sapi-01", name: "UD Penggemukan Sapi Lestari", kind: "IKM", regionId: "region-tegal",
    sizeClass: "SMALL", workers: 6, yearFounded: 2001, mainProducts: ["Fattened beef cattle"],
  },
  {
    id: "sup-sapi-bakalan", name: "UD Sapi Bakalan Lintas Jawa", kind: "RAW_MATERIAL_SUPPLIER",
    description: "Brings feeder cattle (sapi bakalan) from outside Tegal regency, where local supply is short.",
  },
  { id: "buy-sapi-jagal", name: "UD Jagal Sapi Slawi", kind: "TRADER", regionId: "region-slawi", description: "Butcher and meat trader." },
  { id: "gov-dinas-peternakan-tegal", name: "Dinas Peternakan dan Perikanan Kabupaten Tegal", kind: "GOVERNMENT_AGENCY", regionId: "region-slawi" },

  // The eight areas of the PNM and Central Java mentoring programme (besides Juwana brass)
  {
    id: "ikm-troso-01", name: "UD Tenun Troso Indah", kind: "IKM", regionId: "region-pecangaan-troso", location: { latitude: -6.6593, longitude: 110.7004 },
    sizeClass: "SMALL", workers: 19, yearFounded: 1985, mainProducts: ["Tenun ikat cloth", "Sarongs"],
  },
  {
    id: "ikm-troso-02", name: "UD Sumber Tenun", kind: "IKM", regionId: "region-pecangaan-troso", location: { latitude: -6.6602, longitude: 110.6991 },
    sizeClass: "MICRO", workers: 4, yearFounded: 2002, mainProducts: ["Hand-loom cloth"],
  },
  {
    id: "ikm-pekalongan-01", name: "UD Batik Sekar Jagad Pekalongan", kind: "IKM", regionId: "region-kota-pekalongan",
    sizeClass: "SMALL", workers: 15, yearFounded: 1978, kbli: "13134", mainProducts: ["Batik cap", "Batik tulis"],
  },
  {
    id: "ikm-pekalongan-02", name: "CV Tenun ATBM Medono", kind: "IKM", regionId: "region-kota-pekalongan",
    sizeClass: "SMALL", workers: 12, yearFounded: 1990, mainProducts: ["Hand-loom (ATBM) fabrics", "Table linen"],
  },
  {
    id: "ikm-kebumen-01", name: "UD Sabut Kelapa Mandiri", kind: "IKM", regionId: "region-kebumen",
    sizeClass: "SMALL", workers: 10, yearFounded: 1997, mainProducts: ["Coir fibre", "Coir rope"],
  },
  {
    id: "ikm-kebumen-02", name: "UD Cocofiber Ambal", kind: "IKM", regionId: "region-kebumen",
    sizeClass: "MICRO", workers: 4, yearFounded: 2004, mainProducts: ["Coir mats", "Cocopeat"],
  },
  {
    id: "ikm-sukoharjo-kayu-01", name: "CV Mebel Jati Sukoharjo", kind: "IKM", regionId: "region-sukoharjo",
    sizeClass: "MEDIUM", workers: 35, yearFounded: 1992, kbli: "31001", mainProducts: ["Teak furniture"],
  },
  {
    id: "ikm-sukoharjo-kayu-02", name: "UD Kayu Makmur", kind: "IKM", regionId: "region-sukoharjo",
    sizeClass: "SMALL", workers: 9, yearFounded: 2000, kbli: "31001", mainProducts: ["Wooden chairs", "Door frames"],
  },
  {
    id: "ikm-blora-01", name: "UD Akar Jati Blora", kind: "IKM", regionId: "region-blora",
    sizeClass: "SMALL", workers: 11, yearFounded: 1996, kbli: "16292", mainProducts: ["Teak-root furniture", "Carvings"],
  },
  {
    id: "ikm-blora-02", name: "UD Kriya Jati Cepu", kind: "IKM", regionId: "region-blora",
    sizeClass: "MICRO", workers: 4, yearFounded: 2003, kbli: "16292", mainProducts: ["Teak souvenirs"],
  },
  {
    id: "ikm-banjarnegara-01", name: "UD Keramik Klampok Indah", kind: "IKM", regionId: "region-purwareja-klampok",
    sizeClass: "SMALL", workers: 13, yearFounded: 1986, mainProducts: ["Earthenware vases", "Flower pots"],
  },
  {
    id: "ikm-banjarnegara-02", name: "UD Gerabah Sari", kind: "IKM", regionId: "region-purwareja-klampok",
    sizeClass: "MICRO", workers: 3, yearFounded: 2001, mainProducts: ["Earthenware cookware"],
  },
];

const core = (sentraId: string, ids: string[]) => participate(sentraId, "CORE", ids);

const participations: ParticipationSeed[] = [
  ...core(TUMANG, ["ikm-tumang-01", "ikm-tumang-02", "ikm-tumang-03"]),
  // The Juwana trader is a BUYER in Juwana and a SUPPLIER_INDUSTRY (brass and copper scrap) here.
  ...participate(TUMANG, "SUPPLIER_INDUSTRY", ["trader-juwana-sumber-logam"]),
  ...participate(TUMANG, "BUYER", ["buy-juwana-eksportir"]),
  ...participate(TUMANG, "SUPPORTING_INSTITUTION", ["pnm-semarang"]),

  ...core(KNALPOT, ["ikm-purbalingga-01", "ikm-purbalingga-02", "ikm-purbalingga-03"]),
  ...participate(KNALPOT, "SUPPLIER_INDUSTRY", ["sup-tegal-baja"]),
  ...participate(KNALPOT, "BUYER", ["buy-purbalingga-variasi"]),

  ...core(TRANGSAN, ["ikm-trangsan-01", "ikm-trangsan-02", "ikm-trangsan-03", "ikm-trangsan-04"]),
  ...participate(TRANGSAN, "SUPPLIER_INDUSTRY", ["sup-trangsan-rotan"]),
  ...participate(TRANGSAN, "BUYER", ["buy-trangsan-eksportir"]),
  ...participate(TRANGSAN, "SUPPORTING_INSTITUTION", ["asmindo-komda-surakarta", "bi-semarang", "univ-uns"]),

  ...core(ENJIN, ["ikm-enjin-01", "ikm-enjin-02", "ikm-enjin-03"]),
  // Tegal metal workshops: CORE in the metal sentra, here a supplier and a related industry.
  ...participate(ENJIN, "SUPPLIER_INDUSTRY", ["ikm-tegal-02"]),
  ...participate(ENJIN, "RELATED_INDUSTRY", ["ikm-tegal-11"]),
  ...participate(ENJIN, "SUPPORTING_INSTITUTION", ["corebest", "gov-pemkab-tegal", "gov-disperindag-tegal"]),

  ...core(SAPI, ["coop-tegal-sapi", "ikm-sapi-01"]),
  ...participate(SAPI, "SUPPLIER_INDUSTRY", ["sup-sapi-bakalan"]),
  ...participate(SAPI, "BUYER", ["buy-sapi-jagal"]),
  ...participate(SAPI, "SUPPORTING_INSTITUTION", ["corebest", "gov-pemkab-tegal", "gov-dinas-peternakan-tegal"]),

  ...core(TROSO, ["ikm-troso-01", "ikm-troso-02"]),
  ...core(PEKALONGAN, ["ikm-pekalongan-01", "ikm-pekalongan-02"]),
  ...core(KEBUMEN, ["ikm-kebumen-01", "ikm-kebumen-02"]),
  ...core(KAYU, ["ikm-sukoharjo-kayu-01", "ikm-sukoharjo-kayu-02"]),
  ...core(BLORA, ["ikm-blora-01", "ikm-blora-02"]),
  ...core(BANJARNEGARA, ["ikm-banjarnegara-01", "ikm-banjarnegara-02"]),
  ...[TROSO, PEKALONGAN, KEBUMEN, KAYU, BLORA, BANJARNEGARA].flatMap((s) =>
    participate(s, "SUPPORTING_INSTITUTION", ["pnm-semarang", "gov-pemprov-jateng"]),
  ),
  ...participate(TUMANG, "SUPPORTING_INSTITUTION", ["gov-pemprov-jateng"]),
  ...participate(MEASURED_SENTRA.juwana, "SUPPORTING_INSTITUTION", ["gov-pemprov-jateng"]),
];

const linkages: LinkageSeed[] = [
  {
    id: "link-tumang-scrap-from-juwana-trader", type: "UPSTREAM_SUPPLY", fromId: "trader-juwana-sumber-logam", toId: "ikm-tumang-01",
    intensity: "ACTIVE", flows: ["GOODS", "MONEY"], since: "2004-06-01", sentraId: TUMANG, description: "Copper sheet and brass scrap.",
  },
  {
    id: "link-tumang-02-scrap-from-juwana-trader", type: "UPSTREAM_SUPPLY", fromId: "trader-juwana-sumber-logam", toId: "ikm-tumang-02",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2006-02-01", sentraId: TUMANG,
  },
  {
    id: "link-tumang-01-to-exporter", type: "DOWNSTREAM_SALES", fromId: "ikm-tumang-01", toId: "buy-juwana-eksportir",
    intensity: "ACTIVE", flows: ["GOODS", "MONEY", "INFORMATION"], since: "2005-09-01", sentraId: TUMANG,
  },
  {
    id: "link-purbalingga-01-steel", type: "UPSTREAM_SUPPLY", fromId: "sup-tegal-baja", toId: "ikm-purbalingga-01",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2003-01-01", sentraId: KNALPOT, description: "Steel pipe and plate.",
  },
  {
    id: "link-purbalingga-01-to-variasi", type: "DOWNSTREAM_SALES", fromId: "ikm-purbalingga-01", toId: "buy-purbalingga-variasi",
    intensity: "ACTIVE", flows: ["GOODS", "MONEY"], since: "2001-05-01", sentraId: KNALPOT,
  },
  {
    id: "link-purbalingga-02-to-variasi", type: "DOWNSTREAM_SALES", fromId: "ikm-purbalingga-02", toId: "buy-purbalingga-variasi",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2004-08-01", sentraId: KNALPOT,
  },
  {
    id: "link-purbalingga-03-02-horizontal", type: "HORIZONTAL_COOPERATION", fromId: "ikm-purbalingga-03", toId: "ikm-purbalingga-02",
    intensity: "PASSIVE", flows: ["INFORMATION", "SERVICES"], since: "2005-01-01", sentraId: KNALPOT, description: "Takes welding work on subcontract.",
  },
  {
    id: "link-trangsan-01-rattan", type: "UPSTREAM_SUPPLY", fromId: "sup-trangsan-rotan", toId: "ikm-trangsan-01",
    intensity: "ACTIVE", flows: ["GOODS", "MONEY"], since: "1999-01-01", sentraId: TRANGSAN,
  },
  {
    id: "link-trangsan-02-rattan", type: "UPSTREAM_SUPPLY", fromId: "sup-trangsan-rotan", toId: "ikm-trangsan-02",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2001-01-01", sentraId: TRANGSAN,
  },
  {
    id: "link-trangsan-01-export", type: "DOWNSTREAM_SALES", fromId: "ikm-trangsan-01", toId: "buy-trangsan-eksportir",
    intensity: "ACTIVE", flows: ["GOODS", "MONEY", "INFORMATION"], since: "2002-01-01", sentraId: TRANGSAN,
  },
  {
    id: "link-trangsan-03-export", type: "DOWNSTREAM_SALES", fromId: "ikm-trangsan-03", toId: "buy-trangsan-eksportir",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2004-01-01", sentraId: TRANGSAN,
  },
  {
    id: "link-trangsan-04-subcontract", type: "HORIZONTAL_COOPERATION", fromId: "ikm-trangsan-04", toId: "ikm-trangsan-01",
    intensity: "ACTIVE", flows: ["GOODS", "SERVICES"], since: "2005-01-01", sentraId: TRANGSAN, description: "Weaves rattan frames on subcontract.",
  },
  ...["ikm-trangsan-01", "ikm-trangsan-02", "ikm-trangsan-03"].map(
    (toId, i): LinkageSeed => ({
      id: `link-trangsan-bi-training-${i + 1}`, type: "TECHNICAL_ASSISTANCE", fromId: "bi-semarang", toId,
      flows: ["KNOWLEDGE", "SERVICES"], since: "2007-05-01", sentraId: TRANGSAN,
      description: "CEFE training (business start-up and improving business) and productivity and quality management training, 2007.",
    }),
  ),
  ...["ikm-trangsan-01", "ikm-trangsan-03"].map(
    (toId, i): LinkageSeed => ({
      id: `link-trangsan-asmindo-promotion-${i + 1}`, type: "PROMOTION", fromId: "asmindo-komda-surakarta", toId,
      flows: ["INFORMATION", "SERVICES"], since: "2007-09-01", sentraId: TRANGSAN, description: "New products shown at export exhibitions and a business gathering.",
    }),
  ),
  {
    id: "link-enjin-01-engine-parts", type: "UPSTREAM_SUPPLY", fromId: "ikm-tegal-02", toId: "ikm-enjin-01",
    intensity: "ACTIVE", flows: ["GOODS", "MONEY", "KNOWLEDGE"], since: "2005-04-01", sentraId: ENJIN, description: "Cylinder liners and engine parts.",
  },
  {
    id: "link-enjin-02-engine-parts", type: "UPSTREAM_SUPPLY", fromId: "ikm-tegal-02", toId: "ikm-enjin-02",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2006-01-01", sentraId: ENJIN,
  },
  {
    id: "link-enjin-03-01-horizontal", type: "HORIZONTAL_COOPERATION", fromId: "ikm-enjin-03", toId: "ikm-enjin-01",
    intensity: "ACTIVE", flows: ["GOODS", "KNOWLEDGE"], since: "2005-06-01", sentraId: ENJIN, description: "Supplies implements fitted to the hand tractors.",
  },
  ...["ikm-enjin-01", "ikm-enjin-02", "ikm-enjin-03"].map(
    (toId, i): LinkageSeed => ({
      id: `link-enjin-corebest-${i + 1}`, type: "TECHNICAL_ASSISTANCE", fromId: "corebest", toId,
      flows: ["KNOWLEDGE", "SERVICES"], since: "2004-01-01", sentraId: ENJIN, description: "Cluster facilitation: 100% local-component engine development.",
    }),
  ),
  {
    id: "link-sapi-feeder-cattle", type: "UPSTREAM_SUPPLY", fromId: "sup-sapi-bakalan", toId: "ikm-sapi-01",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2002-01-01", sentraId: SAPI, description: "Feeder cattle brought in from outside the regency.",
  },
  {
    id: "link-sapi-coop-feeder-cattle", type: "UPSTREAM_SUPPLY", fromId: "sup-sapi-bakalan", toId: "coop-tegal-sapi",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2002-01-01", sentraId: SAPI,
  },
  {
    id: "link-sapi-to-jagal", type: "DOWNSTREAM_SALES", fromId: "ikm-sapi-01", toId: "buy-sapi-jagal",
    intensity: "ACTIVE", flows: ["GOODS", "MONEY"], since: "2002-01-01", sentraId: SAPI,
  },
  {
    id: "link-sapi-coop-to-jagal", type: "DOWNSTREAM_SALES", fromId: "coop-tegal-sapi", toId: "buy-sapi-jagal",
    intensity: "PASSIVE", flows: ["GOODS", "MONEY"], since: "2002-06-01", sentraId: SAPI,
  },
  {
    id: "link-sapi-corebest", type: "ECONOMIC_ASSISTANCE", fromId: "corebest", toId: "coop-tegal-sapi",
    flows: ["KNOWLEDGE", "SERVICES"], since: "2002-01-01", sentraId: SAPI, description: "Cluster facilitation and business-model mentoring.",
  },
  {
    id: "link-sapi-dinas", type: "TECHNICAL_ASSISTANCE", fromId: "gov-dinas-peternakan-tegal", toId: "coop-tegal-sapi",
    flows: ["KNOWLEDGE", "SERVICES"], since: "2002-01-01", sentraId: SAPI, description: "Animal health and feeding extension.",
  },
  {
    id: "link-juwana-pnm-bpr", type: "FINANCE", fromId: "pnm-semarang", toId: "bpr-juwana",
    flows: ["MONEY"], since: "2002-01-01", sentraId: MEASURED_SENTRA.juwana, description: "PNM credit line channelled through the BPR (2002).",
  },
  ...[
    ["ikm-troso-01", TROSO],
    ["ikm-pekalongan-01", PEKALONGAN],
    ["ikm-kebumen-01", KEBUMEN],
    ["ikm-sukoharjo-kayu-01", KAYU],
    ["ikm-blora-01", BLORA],
    ["ikm-banjarnegara-01", BANJARNEGARA],
    ["ikm-tumang-02", TUMANG],
  ].map(
    ([toId, sentraId]): LinkageSeed => ({
      id: `link-pnm-mentoring-${toId}`, type: "ECONOMIC_ASSISTANCE", fromId: "pnm-semarang", toId,
      flows: ["KNOWLEDGE", "SERVICES"], since: "2002-07-01", sentraId, description: "Mentoring on business development and capital structure (cluster programme with Pemda Jateng).",
    }),
  ),
];

export const otherSentra = { actors, participations, linkages };
