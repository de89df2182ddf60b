/**
 * Indonesia's 38 provinces with an approximate centre (WGS 84) and a weight for how many
 * regencies, sentra and firms a synthetic network puts there (Java heaviest, as the IKM census
 * has it). Real names; the regencies and everything below them are invented.
 */
export interface ProvinceSpec {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  weight: number;
}

export const PROVINCES: readonly ProvinceSpec[] = [
  { code: "33", name: "Jawa Tengah", latitude: -7.15, longitude: 110.14, weight: 12 },
  { code: "35", name: "Jawa Timur", latitude: -7.54, longitude: 112.24, weight: 12 },
  { code: "32", name: "Jawa Barat", latitude: -6.89, longitude: 107.64, weight: 11 },
  { code: "34", name: "DI Yogyakarta", latitude: -7.8, longitude: 110.36, weight: 3 },
  { code: "31", name: "DKI Jakarta", latitude: -6.2, longitude: 106.82, weight: 3 },
  { code: "36", name: "Banten", latitude: -6.41, longitude: 106.06, weight: 3 },
  { code: "51", name: "Bali", latitude: -8.41, longitude: 115.19, weight: 3 },
  { code: "12", name: "Sumatera Utara", latitude: 2.12, longitude: 99.55, weight: 5 },
  { code: "13", name: "Sumatera Barat", latitude: -0.74, longitude: 100.8, weight: 3 },
  { code: "16", name: "Sumatera Selatan", latitude: -3.32, longitude: 104.91, weight: 3 },
  { code: "73", name: "Sulawesi Selatan", latitude: -3.67, longitude: 119.97, weight: 4 },
  { code: "11", name: "Aceh", latitude: 4.7, longitude: 96.75, weight: 2 },
  { code: "14", name: "Riau", latitude: 0.29, longitude: 101.71, weight: 2 },
  { code: "21", name: "Kepulauan Riau", latitude: 3.95, longitude: 108.14, weight: 1 },
  { code: "15", name: "Jambi", latitude: -1.61, longitude: 103.61, weight: 1.5 },
  { code: "19", name: "Kepulauan Bangka Belitung", latitude: -2.74, longitude: 106.44, weight: 1 },
  { code: "17", name: "Bengkulu", latitude: -3.79, longitude: 102.27, weight: 1 },
  { code: "18", name: "Lampung", latitude: -4.56, longitude: 105.41, weight: 2.5 },
  { code: "52", name: "Nusa Tenggara Barat", latitude: -8.65, longitude: 117.36, weight: 2 },
  { code: "53", name: "Nusa Tenggara Timur", latitude: -8.66, longitude: 121.08, weight: 2 },
  { code: "61", name: "Kalimantan Barat", latitude: -0.28, longitude: 111.48, weight: 1.5 },
  { code: "62", name: "Kalimantan Tengah", latitude: -1.68, longitude: 113.38, weight: 1 },
  { code: "63", name: "Kalimantan Selatan", latitude: -3.09, longitude: 115.28, weight: 1.5 },
  { code: "64", name: "Kalimantan Timur", latitude: 0.54, longitude: 116.42, weight: 1 },
  { code: "65", name: "Kalimantan Utara", latitude: 3.07, longitude: 116.04, weight: 0.5 },
  { code: "71", name: "Sulawesi Utara", latitude: 0.62, longitude: 123.98, weight: 1 },
  { code: "75", name: "Gorontalo", latitude: 0.7, longitude: 122.45, weight: 0.5 },
  { code: "72", name: "Sulawesi Tengah", latitude: -1.43, longitude: 121.45, weight: 1 },
  { code: "76", name: "Sulawesi Barat", latitude: -2.84, longitude: 119.23, weight: 0.5 },
  { code: "74", name: "Sulawesi Tenggara", latitude: -4.14, longitude: 122.17, weight: 1 },
  { code: "81", name: "Maluku", latitude: -3.24, longitude: 130.15, weight: 0.7 },
  { code: "82", name: "Maluku Utara", latitude: 1.57, longitude: 127.81, weight: 0.5 },
  { code: "91", name: "Papua", latitude: -2.53, longitude: 140.72, weight: 0.5 },
  { code: "92", name: "Papua Barat", latitude: -1.34, longitude: 133.17, weight: 0.4 },
  { code: "96", name: "Papua Barat Daya", latitude: -0.87, longitude: 131.25, weight: 0.3 },
  { code: "94", name: "Papua Tengah", latitude: -3.37, longitude: 136.1, weight: 0.3 },
  { code: "95", name: "Papua Pegunungan", latitude: -4.09, longitude: 138.94, weight: 0.3 },
  { code: "93", name: "Papua Selatan", latitude: -7.49, longitude: 139.77, weight: 0.3 },
];

/** Leading products of sentra, with sector and KBLI 2020 code, as the Ministry of Industry's lists name them. */
export const PRODUCTS: ReadonlyArray<{ product: string; sector: string; kbli: string; word: string }> = [
  { product: "metal casting", sector: "metal", kbli: "24310", word: "Cor Logam" },
  { product: "brass craft", sector: "metal", kbli: "24320", word: "Kerajinan Kuningan" },
  { product: "machine components", sector: "metal", kbli: "28299", word: "Komponen Mesin" },
  { product: "forged tools", sector: "metal", kbli: "25931", word: "Pandai Besi" },
  { product: "rattan furniture", sector: "furniture", kbli: "31002", word: "Mebel Rotan" },
  { product: "wood furniture", sector: "furniture", kbli: "31001", word: "Mebel Kayu" },
  { product: "batik", sector: "textile", kbli: "13134", word: "Batik" },
  { product: "woven cloth", sector: "textile", kbli: "13121", word: "Tenun" },
  { product: "garments", sector: "textile", kbli: "14111", word: "Konveksi" },
  { product: "leather goods", sector: "leather", kbli: "15121", word: "Kerajinan Kulit" },
  { product: "footwear", sector: "leather", kbli: "15201", word: "Sepatu" },
  { product: "pottery", sector: "ceramics", kbli: "23931", word: "Gerabah" },
  { product: "roof tiles and bricks", sector: "ceramics", kbli: "23921", word: "Genteng dan Bata" },
  { product: "tofu and tempeh", sector: "food", kbli: "10792", word: "Tahu Tempe" },
  { product: "crackers", sector: "food", kbli: "10794", word: "Kerupuk" },
  { product: "palm sugar", sector: "food", kbli: "10721", word: "Gula Kelapa" },
  { product: "coffee processing", sector: "food", kbli: "10761", word: "Kopi" },
  { product: "salted fish", sector: "food", kbli: "10213", word: "Ikan Asin" },
  { product: "coconut fibre", sector: "agro", kbli: "13994", word: "Sabut Kelapa" },
  { product: "bamboo craft", sector: "handicraft", kbli: "16292", word: "Kerajinan Bambu" },
  { product: "silver jewellery", sector: "handicraft", kbli: "32120", word: "Perak" },
  { product: "stone carving", sector: "handicraft", kbli: "23961", word: "Pahat Batu" },
];

const SYLLABLES = [
  "ba",
  "ja",
  "ka",
  "ma",
  "sa",
  "ta",
  "wa",
  "ra",
  "la",
  "pa",
  "ngu",
  "so",
  "ro",
  "mo",
  "lo",
  "di",
  "ri",
  "ki",
  "wi",
  "gu",
  "ban",
  "jar",
  "kan",
  "tan",
  "rang",
  "sem",
  "bo",
  "gen",
  "pur",
  "sari",
];

/** An invented place name of two or three syllables, capitalised. */
export function placeName(pick: <T>(items: readonly T[]) => T, syllables: number): string {
  let name = "";
  for (let i = 0; i < syllables; i += 1) name += pick(SYLLABLES);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export const FIRM_PREFIXES = ["UD", "CV", "PD", "Usaha", "Industri", "PT"] as const;
export const FIRM_WORDS = [
  "Jaya",
  "Makmur",
  "Sejahtera",
  "Abadi",
  "Sentosa",
  "Mandiri",
  "Berkah",
  "Karya",
  "Maju",
  "Sumber",
  "Rejeki",
  "Agung",
  "Mulya",
  "Lestari",
  "Barokah",
  "Tunggal",
  "Putra",
  "Putri",
  "Sinar",
  "Harapan",
  "Teknik",
  "Baru",
  "Indah",
  "Utama",
  "Bersama",
] as const;
