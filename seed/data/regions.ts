import type { RegionSeed } from "../../src/domain/dataset";

/**
 * Central Java and the regencies, cities, districts and villages where the sentra are.
 * Names as in Indonesian administration (Kabupaten = REGENCY, Kota = CITY, Kecamatan = DISTRICT,
 * Desa/Kelurahan = VILLAGE).
 */
export const regions: RegionSeed[] = [
  { id: "region-jawa-tengah", name: "Jawa Tengah", level: "PROVINCE" },

  // Regencies and cities
  { id: "region-klaten", name: "Kabupaten Klaten", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-pati", name: "Kabupaten Pati", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-tegal", name: "Kabupaten Tegal", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-kota-tegal", name: "Kota Tegal", level: "CITY", parentId: "region-jawa-tengah" },
  { id: "region-boyolali", name: "Kabupaten Boyolali", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-purbalingga", name: "Kabupaten Purbalingga", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-sukoharjo", name: "Kabupaten Sukoharjo", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-jepara", name: "Kabupaten Jepara", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-kota-pekalongan", name: "Kota Pekalongan", level: "CITY", parentId: "region-jawa-tengah" },
  { id: "region-kebumen", name: "Kabupaten Kebumen", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-blora", name: "Kabupaten Blora", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-banjarnegara", name: "Kabupaten Banjarnegara", level: "REGENCY", parentId: "region-jawa-tengah" },
  { id: "region-kota-semarang", name: "Kota Semarang", level: "CITY", parentId: "region-jawa-tengah" },
  { id: "region-kota-surakarta", name: "Kota Surakarta", level: "CITY", parentId: "region-jawa-tengah" },

  // Ceper, Klaten: the metal-casting sentra
  { id: "region-ceper", name: "Kecamatan Ceper", level: "DISTRICT", parentId: "region-klaten" },
  { id: "region-ceper-batur", name: "Desa Batur", level: "VILLAGE", parentId: "region-ceper" },
  { id: "region-ceper-tegalrejo", name: "Desa Tegalrejo", level: "VILLAGE", parentId: "region-ceper" },

  // Juwana, Pati: brass casting
  { id: "region-juwana", name: "Kecamatan Juwana", level: "DISTRICT", parentId: "region-pati" },
  { id: "region-juwana-growong-lor", name: "Desa Growong Lor", level: "VILLAGE", parentId: "region-juwana" },
  { id: "region-juwana-growong-kidul", name: "Desa Growong Kidul", level: "VILLAGE", parentId: "region-juwana" },
  { id: "region-juwana-pajeksan", name: "Desa Pajeksan", level: "VILLAGE", parentId: "region-juwana" },

  // Tegal regency: metal and machine engineering (Talang and Adiwerna)
  { id: "region-talang", name: "Kecamatan Talang", level: "DISTRICT", parentId: "region-tegal" },
  { id: "region-talang-kebasen", name: "Desa Kebasen", level: "VILLAGE", parentId: "region-talang" },
  { id: "region-talang-pesayangan", name: "Desa Pesayangan", level: "VILLAGE", parentId: "region-talang" },
  { id: "region-adiwerna", name: "Kecamatan Adiwerna", level: "DISTRICT", parentId: "region-tegal" },
  { id: "region-slawi", name: "Kecamatan Slawi", level: "DISTRICT", parentId: "region-tegal" },

  // Other sentra
  { id: "region-cepogo", name: "Kecamatan Cepogo", level: "DISTRICT", parentId: "region-boyolali" },
  { id: "region-cepogo-tumang", name: "Desa Tumang", level: "VILLAGE", parentId: "region-cepogo" },
  { id: "region-gatak", name: "Kecamatan Gatak", level: "DISTRICT", parentId: "region-sukoharjo" },
  { id: "region-gatak-trangsan", name: "Desa Trangsan", level: "VILLAGE", parentId: "region-gatak" },
  { id: "region-pecangaan", name: "Kecamatan Pecangaan", level: "DISTRICT", parentId: "region-jepara" },
  { id: "region-pecangaan-troso", name: "Desa Troso", level: "VILLAGE", parentId: "region-pecangaan" },
  { id: "region-purwareja-klampok", name: "Kecamatan Purwareja Klampok", level: "DISTRICT", parentId: "region-banjarnegara" },
];
