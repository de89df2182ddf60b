import type { SentraSeed } from "../../src/domain/dataset";
import { MEASURED_SENTRA } from "../research-tables";

/**
 * The sentra of the research. The first three are the measured metal clusters (research/001,
 * Tables 3 to 8); the metal ones are from research/000, the others from research/003.
 *
 * KBLI 2020 codes (Peraturan BPS No. 2 Tahun 2020; titles in src/domain/kbli.ts) are this seed's
 * reading of each sentra's main activity, not recorded by the research: Ceper casts mostly iron
 * ("Klaten terkenal dengan cor logamnya", research/000) 24310; Juwana casts brass 24320; Tegal is
 * known for "industri rekayasa mesin" (research/000) making engine and ship-engine components, and
 * its spin-off cluster makes application engines: both 28110 (engines other than for vehicles and
 * aircraft, with their parts), so they share a code. Tumang forges copper (tempa) 25910; Purbalingga
 * makes motorcycle exhausts 30912; Trangsan rattan furniture 31002; Sukoharjo wooden furniture
 * 31001; beef cattle 01411; Troso weaving 13121; Pekalongan batik 13134; Kebumen coir fibre 13111;
 * Blora teak carving 16293; Banjarnegara earthenware 23939 (its product is itself an assumption).
 */
export const sentra: SentraSeed[] = [
  {
    id: MEASURED_SENTRA.ceper,
    name: "Sentra Cor Logam Ceper",
    product: "Iron and non-ferrous castings (pipe fittings, manhole covers, pump housings, machine parts)",
    sector: "Metal",
    regionId: "region-ceper",
    description:
      "Metal-casting sentra of Ceper district, Klaten, centred on the villages of Batur and Tegalrejo; skills handed down since colonial times. Measured in the metal clusters study (research/001).",
    unggulan: true,
    kbli: "24310",
  },
  {
    id: MEASURED_SENTRA.juwana,
    name: "Sentra Kerajinan Kuningan Juwana",
    product: "Brass and metal craft made by casting (lamps, fittings, taps, statues, motorcycle parts)",
    sector: "Metal",
    regionId: "region-juwana",
    description:
      "Brass-casting sentra of Juwana district, Pati, mainly in Growong Lor, Growong Kidul and Pajeksan. Unlike Boyolali's forged work it casts. Measured in the metal clusters study (research/001).",
    unggulan: true,
    kbli: "24320",
  },
  {
    id: MEASURED_SENTRA.tegal,
    name: "Sentra Logam dan Rekayasa Mesin Tegal",
    product: "Ship and engine components, machined and cast metal parts",
    sector: "Metal",
    regionId: "region-tegal",
    description:
      "Machine-engineering sentra of Tegal regency (Talang and Adiwerna districts) making ship components, engine parts and machined spares. Measured in the metal clusters study (research/001).",
    unggulan: true,
    kbli: "28110",
  },
  {
    id: "sentra-boyolali-tumang-copper-craft",
    name: "Sentra Kerajinan Tembaga Tumang",
    product: "Forged and carved copper and brass craft",
    sector: "Metal",
    regionId: "region-cepogo-tumang",
    description: "Copper and metal craft of Tumang village, Cepogo, Boyolali, made by forging and carving (tempa dan ukir) rather than casting.",
    unggulan: true,
    kbli: "25910",
  },
  {
    id: "sentra-purbalingga-knalpot",
    name: "Sentra Knalpot Purbalingga",
    product: "Exhaust pipes (knalpot) for motorcycles and cars",
    sector: "Metal",
    regionId: "region-purbalingga",
    description: "Exhaust-pipe makers of Purbalingga regency, one of the five metal clusters of Central Java.",
    unggulan: true,
    kbli: "30912",
  },
  {
    id: "sentra-trangsan-rattan-furniture",
    name: "Klaster Mebel Rotan Trangsan",
    product: "Rattan furniture",
    sector: "Furniture",
    regionId: "region-gatak-trangsan",
    description:
      "Rattan furniture makers of Trangsan village, Gatak, Sukoharjo; target of Bank Indonesia Semarang's value-chain programme with ASMINDO Komda Surakarta (May to December 2007).",
    unggulan: true,
    kbli: "31002",
  },
  {
    id: "sentra-tegal-application-engines",
    name: "Klaster Enjin Aplikasi Kabupaten Tegal",
    product: "Application engines and agricultural machinery (hand tractors)",
    sector: "Machinery",
    regionId: "region-tegal",
    description:
      "Spin-off of the ship-components cluster making engines for agriculture (hand tractors) with 100% local components, formed with Corebest and the Tegal regency government.",
    unggulan: true,
    kbli: "28110",
  },
  {
    id: "sentra-tegal-beef-cattle",
    name: "Klaster Sapi Potong Kabupaten Tegal",
    product: "Beef cattle and meat",
    sector: "Livestock",
    regionId: "region-tegal",
    description:
      "Beef-cattle cluster of Tegal regency formed with Corebest to raise local meat production; feeder cattle (sapi bakalan) must be brought in from outside the regency.",
    unggulan: false,
    kbli: "01411",
  },
  {
    id: "sentra-jepara-troso-weaving",
    name: "Sentra Tenun Troso",
    product: "Troso hand-woven cloth (tenun ikat)",
    sector: "Textile",
    regionId: "region-pecangaan-troso",
    description: "Troso weaving of Pecangaan, Jepara; one of the eight areas of the Central Java and PNM cluster mentoring programme.",
    unggulan: true,
    kbli: "13121",
  },
  {
    id: "sentra-pekalongan-batik-weaving",
    name: "Sentra Batik dan Tenun Pekalongan",
    product: "Batik and woven cloth",
    sector: "Textile",
    regionId: "region-kota-pekalongan",
    description: "Batik and weaving of Pekalongan; one of the eight areas of the Central Java and PNM cluster mentoring programme.",
    unggulan: true,
    kbli: "13134",
  },
  {
    id: "sentra-kebumen-coconut-fibre",
    name: "Sentra Sabut Kelapa Kebumen",
    product: "Coconut fibre (coir) and coir products",
    sector: "Agro-industry",
    regionId: "region-kebumen",
    description: "Coconut-fibre processing of Kebumen; one of the eight areas of the Central Java and PNM cluster mentoring programme.",
    unggulan: true,
    kbli: "13111",
  },
  {
    id: "sentra-sukoharjo-wood",
    name: "Sentra Industri Kayu Sukoharjo",
    product: "Wooden furniture and wood products",
    sector: "Furniture",
    regionId: "region-sukoharjo",
    description: "Wood industry of Sukoharjo; one of the eight areas of the Central Java and PNM cluster mentoring programme.",
    unggulan: true,
    kbli: "31001",
  },
  {
    id: "sentra-blora-handicraft",
    name: "Sentra Kerajinan Tangan Blora",
    product: "Handicraft (teak-root and teak-wood carving)",
    sector: "Handicraft",
    regionId: "region-blora",
    description:
      "Handicraft of Blora; one of the eight areas of the Central Java and PNM cluster mentoring programme. The research only says 'kerajinan tangan'; teak-based craft is an assumption.",
    unggulan: true,
    kbli: "16293",
  },
  {
    id: "sentra-banjarnegara-ceramics",
    name: "Sentra Keramik Klampok Banjarnegara",
    product: "Earthenware ceramics (assumed)",
    sector: "Handicraft",
    regionId: "region-purwareja-klampok",
    description:
      "Banjarnegara is named among the eight areas of the Central Java and PNM cluster mentoring programme without a product; the Klampok ceramics sentra is an assumption of this seed.",
    unggulan: true,
    kbli: "23939",
  },
];
