/**
 * KBLI 2020 (Klasifikasi Baku Lapangan Usaha Indonesia, Peraturan BPS No. 2 Tahun 2020): a
 * sentra's industry as a five-digit kelompok code. Partner suggestions match "the same product"
 * on it (a sentra's product is free text: 14 seeded sentra, 14 different strings).
 *
 * Simpul keeps the divisions (golongan pokok, the first two digits) to check a code's division
 * exists, and the names of the kelompok codes its seed uses; it does not hold the whole
 * classification, so a five-digit code in a real division is accepted without a name.
 */

export interface KbliName {
  id: string;
  en: string;
}

/** The 88 divisions of KBLI 2020 (the same as ISIC Rev. 4), by their two digits. */
export const KBLI_DIVISIONS: Readonly<Record<string, KbliName>> = {
  "01": { id: "Pertanian tanaman, peternakan, perburuan dan kegiatan YBDI", en: "Crop and animal production, hunting and related activities" },
  "02": { id: "Kehutanan dan penebangan kayu", en: "Forestry and logging" },
  "03": { id: "Perikanan", en: "Fishing and aquaculture" },
  "05": { id: "Pertambangan batu bara dan lignit", en: "Mining of coal and lignite" },
  "06": { id: "Pertambangan minyak bumi dan gas alam dan panas bumi", en: "Extraction of crude petroleum, natural gas and geothermal" },
  "07": { id: "Pertambangan bijih logam", en: "Mining of metal ores" },
  "08": { id: "Pertambangan dan penggalian lainnya", en: "Other mining and quarrying" },
  "09": { id: "Jasa pertambangan", en: "Mining support service activities" },
  "10": { id: "Industri makanan", en: "Manufacture of food products" },
  "11": { id: "Industri minuman", en: "Manufacture of beverages" },
  "12": { id: "Industri pengolahan tembakau", en: "Manufacture of tobacco products" },
  "13": { id: "Industri tekstil", en: "Manufacture of textiles" },
  "14": { id: "Industri pakaian jadi", en: "Manufacture of wearing apparel" },
  "15": { id: "Industri kulit, barang dari kulit dan alas kaki", en: "Manufacture of leather, leather products and footwear" },
  "16": {
    id: "Industri kayu, barang dari kayu dan gabus (tidak termasuk furnitur) dan barang anyaman dari bambu, rotan dan sejenisnya",
    en: "Manufacture of wood and of products of wood and cork (except furniture), and of straw, rattan and plaiting materials",
  },
  "17": { id: "Industri kertas dan barang dari kertas", en: "Manufacture of paper and paper products" },
  "18": { id: "Industri pencetakan dan reproduksi media rekaman", en: "Printing and reproduction of recorded media" },
  "19": { id: "Industri produk dari batu bara dan pengilangan minyak bumi", en: "Manufacture of coke and refined petroleum products" },
  "20": { id: "Industri bahan kimia dan barang dari bahan kimia", en: "Manufacture of chemicals and chemical products" },
  "21": { id: "Industri farmasi, produk obat kimia dan obat tradisional", en: "Manufacture of pharmaceuticals and traditional medicines" },
  "22": { id: "Industri karet, barang dari karet dan plastik", en: "Manufacture of rubber and plastics products" },
  "23": { id: "Industri barang galian bukan logam", en: "Manufacture of other non-metallic mineral products" },
  "24": { id: "Industri logam dasar", en: "Manufacture of basic metals" },
  "25": { id: "Industri barang logam, bukan mesin dan peralatannya", en: "Manufacture of fabricated metal products, except machinery" },
  "26": { id: "Industri komputer, barang elektronik dan optik", en: "Manufacture of computer, electronic and optical products" },
  "27": { id: "Industri peralatan listrik", en: "Manufacture of electrical equipment" },
  "28": { id: "Industri mesin dan perlengkapan YTDL", en: "Manufacture of machinery and equipment n.e.c." },
  "29": { id: "Industri kendaraan bermotor, trailer dan semi trailer", en: "Manufacture of motor vehicles, trailers and semi-trailers" },
  "30": { id: "Industri alat angkutan lainnya", en: "Manufacture of other transport equipment" },
  "31": { id: "Industri furnitur", en: "Manufacture of furniture" },
  "32": { id: "Industri pengolahan lainnya", en: "Other manufacturing" },
  "33": { id: "Jasa reparasi dan pemasangan mesin dan peralatan", en: "Repair and installation of machinery and equipment" },
  "35": { id: "Pengadaan listrik, gas, uap/air panas dan udara dingin", en: "Electricity, gas, steam and air conditioning supply" },
  "36": { id: "Pengelolaan air", en: "Water collection, treatment and supply" },
  "37": { id: "Pengelolaan air limbah", en: "Sewerage" },
  "38": { id: "Pengelolaan dan daur ulang sampah", en: "Waste collection, treatment and disposal; materials recovery" },
  "39": { id: "Aktivitas remediasi dan pengelolaan sampah lainnya", en: "Remediation and other waste management" },
  "41": { id: "Konstruksi gedung", en: "Construction of buildings" },
  "42": { id: "Konstruksi bangunan sipil", en: "Civil engineering" },
  "43": { id: "Konstruksi khusus", en: "Specialised construction activities" },
  "45": { id: "Perdagangan, reparasi dan perawatan mobil dan sepeda motor", en: "Trade and repair of motor vehicles and motorcycles" },
  "46": { id: "Perdagangan besar, bukan mobil dan sepeda motor", en: "Wholesale trade, except of motor vehicles and motorcycles" },
  "47": { id: "Perdagangan eceran, bukan mobil dan motor", en: "Retail trade, except of motor vehicles and motorcycles" },
  "49": { id: "Angkutan darat dan angkutan melalui saluran pipa", en: "Land transport and transport via pipelines" },
  "50": { id: "Angkutan perairan", en: "Water transport" },
  "51": { id: "Angkutan udara", en: "Air transport" },
  "52": { id: "Pergudangan dan aktivitas penunjang angkutan", en: "Warehousing and support activities for transportation" },
  "53": { id: "Aktivitas pos dan kurir", en: "Postal and courier activities" },
  "55": { id: "Penyediaan akomodasi", en: "Accommodation" },
  "56": { id: "Penyediaan makanan dan minuman", en: "Food and beverage service activities" },
  "58": { id: "Aktivitas penerbitan", en: "Publishing activities" },
  "59": {
    id: "Aktivitas produksi gambar bergerak, video dan program televisi, perekaman suara dan penerbitan musik",
    en: "Film, video, television, sound recording and music publishing",
  },
  "60": { id: "Aktivitas penyiaran dan pemrograman", en: "Programming and broadcasting activities" },
  "61": { id: "Telekomunikasi", en: "Telecommunications" },
  "62": { id: "Aktivitas pemrograman, konsultasi komputer dan kegiatan YBDI", en: "Computer programming, consultancy and related activities" },
  "63": { id: "Aktivitas jasa informasi", en: "Information service activities" },
  "64": { id: "Aktivitas jasa keuangan, bukan asuransi dan dana pensiun", en: "Financial service activities, except insurance and pension funding" },
  "65": { id: "Asuransi, reasuransi dan dana pensiun, bukan jaminan sosial wajib", en: "Insurance, reinsurance and pension funding" },
  "66": { id: "Aktivitas penunjang jasa keuangan, asuransi dan dana pensiun", en: "Activities auxiliary to financial services and insurance" },
  "68": { id: "Real estat", en: "Real estate activities" },
  "69": { id: "Aktivitas hukum dan akuntansi", en: "Legal and accounting activities" },
  "70": { id: "Aktivitas kantor pusat dan konsultasi manajemen", en: "Activities of head offices; management consultancy" },
  "71": {
    id: "Aktivitas arsitektur dan keinsinyuran; analisis dan uji teknis",
    en: "Architectural and engineering activities; technical testing and analysis",
  },
  "72": { id: "Penelitian dan pengembangan ilmu pengetahuan", en: "Scientific research and development" },
  "73": { id: "Periklanan dan penelitian pasar", en: "Advertising and market research" },
  "74": { id: "Aktivitas profesional, ilmiah dan teknis lainnya", en: "Other professional, scientific and technical activities" },
  "75": { id: "Aktivitas kesehatan hewan", en: "Veterinary activities" },
  "77": { id: "Aktivitas penyewaan dan sewa guna usaha tanpa hak opsi", en: "Rental and leasing activities" },
  "78": { id: "Aktivitas ketenagakerjaan", en: "Employment activities" },
  "79": { id: "Aktivitas agen perjalanan, penyelenggara tur dan jasa reservasi lainnya", en: "Travel agency, tour operator and reservation activities" },
  "80": { id: "Aktivitas keamanan dan penyelidikan", en: "Security and investigation activities" },
  "81": { id: "Aktivitas penyediaan jasa untuk gedung dan pertamanan", en: "Services to buildings and landscape activities" },
  "82": {
    id: "Aktivitas administrasi kantor, aktivitas penunjang kantor dan penunjang usaha lainnya",
    en: "Office administrative, office support and other business support",
  },
  "84": { id: "Administrasi pemerintahan, pertahanan dan jaminan sosial wajib", en: "Public administration and defence; compulsory social security" },
  "85": { id: "Pendidikan", en: "Education" },
  "86": { id: "Aktivitas kesehatan manusia", en: "Human health activities" },
  "87": { id: "Aktivitas sosial", en: "Residential care activities" },
  "88": { id: "Aktivitas sosial tanpa akomodasi", en: "Social work activities without accommodation" },
  "90": { id: "Aktivitas hiburan, kesenian dan kreativitas", en: "Creative, arts and entertainment activities" },
  "91": { id: "Perpustakaan, arsip, museum dan kegiatan kebudayaan lainnya", en: "Libraries, archives, museums and other cultural activities" },
  "92": { id: "Aktivitas perjudian dan pertaruhan", en: "Gambling and betting activities" },
  "93": { id: "Aktivitas olahraga dan rekreasi lainnya", en: "Sports activities and amusement and recreation activities" },
  "94": { id: "Aktivitas keanggotaan organisasi", en: "Activities of membership organisations" },
  "95": { id: "Reparasi komputer dan barang keperluan pribadi dan perlengkapan rumah tangga", en: "Repair of computers and personal and household goods" },
  "96": { id: "Aktivitas jasa perorangan lainnya", en: "Other personal service activities" },
  "97": { id: "Aktivitas rumah tangga sebagai pemberi kerja dari personil domestik", en: "Activities of households as employers of domestic personnel" },
  "98": {
    id: "Aktivitas yang menghasilkan barang dan jasa oleh rumah tangga yang digunakan untuk memenuhi kebutuhan sendiri",
    en: "Undifferentiated goods- and services-producing activities of households for own use",
  },
  "99": { id: "Aktivitas badan internasional dan badan ekstra internasional lainnya", en: "Activities of extraterritorial organisations and bodies" },
};

/**
 * The kelompok codes the seed gives its sentra (seed/data/sentra.ts says which and why), with
 * their KBLI 2020 titles and an English rendering.
 */
export const KBLI_CODES: Readonly<Record<string, KbliName>> = {
  "01411": { id: "Pembibitan dan budidaya sapi potong", en: "Breeding and raising of beef cattle" },
  "13111": { id: "Industri persiapan serat tekstil", en: "Preparation of textile fibres" },
  "13121": { id: "Industri pertenunan (bukan pertenunan karung goni dan karung lainnya)", en: "Weaving of textiles (except sacks)" },
  "13134": { id: "Industri batik", en: "Batik making" },
  "16293": { id: "Industri kerajinan ukiran dari kayu bukan mebeller", en: "Carved wood craft, except furniture" },
  "23939": { id: "Industri barang tanah liat/keramik lainnya bukan untuk bahan bangunan", en: "Other clay and ceramic goods, not for building" },
  "24310": { id: "Industri pengecoran besi dan baja", en: "Casting of iron and steel" },
  "24320": { id: "Industri pengecoran logam bukan besi dan baja", en: "Casting of non-ferrous metals" },
  "25910": {
    id: "Industri penempaan, pengepresan, pencetakan dan pembentukan logam; metalurgi bubuk",
    en: "Forging, pressing, stamping and roll-forming of metal; powder metallurgy",
  },
  "28110": {
    id: "Industri mesin dan turbin, bukan mesin pesawat terbang, kendaraan bermotor dan sepeda motor",
    en: "Engines and turbines, except aircraft, vehicle and cycle engines",
  },
  "30912": { id: "Industri komponen dan perlengkapan sepeda motor roda dua dan tiga", en: "Parts and accessories for motorcycles" },
  "31001": { id: "Industri furnitur dari kayu", en: "Wooden furniture" },
  "31002": { id: "Industri furnitur dari rotan dan atau bambu", en: "Rattan and bamboo furniture" },
};

/** The KBLI 2020 division (first two digits) of a code, or null when it is not five digits in a real division. */
export function kbliDivision(code: string): KbliName | null {
  return /^\d{5}$/.test(code) ? (KBLI_DIVISIONS[code.slice(0, 2)] ?? null) : null;
}

/**
 * Why a code is not a KBLI 2020 kelompok code, or null when it is one: exactly five digits, and
 * its first two a division that exists.
 */
export function kbliProblem(code: string): string | null {
  if (!/^\d{5}$/.test(code)) return `kbli must be a five-digit KBLI 2020 code, got ${JSON.stringify(code)}`;
  if (!KBLI_DIVISIONS[code.slice(0, 2)]) return `kbli ${code} is not in a KBLI 2020 division: no division ${code.slice(0, 2)}`;
  return null;
}

/** The code's title in a language: its own when Simpul knows it, else its division's. */
export function kbliTitle(code: string, lang: keyof KbliName): string | null {
  return KBLI_CODES[code]?.[lang] ?? kbliDivision(code)?.[lang] ?? null;
}

/**
 * The codes and divisions whose KBLI title, in either language, holds `text` (lowered): a search
 * for "logam" or "tekstil" finds the sentra coded in the metal or textile divisions, whatever the
 * language their own product and sector were written in.
 */
export function kbliMatching(text: string): { codes: string[]; divisions: string[] } {
  const holds = (name: KbliName) => affirms(name.id.toLowerCase(), text) || affirms(name.en.toLowerCase(), text);
  return {
    codes: Object.keys(KBLI_CODES).filter((code) => holds(KBLI_CODES[code])),
    divisions: Object.keys(KBLI_DIVISIONS).filter((division) => holds(KBLI_DIVISIONS[division])),
  };
}

// Words that turn a title's term into its opposite: "bukan logam" and "non-metallic" are not metal.
const NEGATIONS = ["bukan ", "non-", "non ", "except "];

/** Whether `title` holds `text` other than right after a negation. */
function affirms(title: string, text: string): boolean {
  for (let at = title.indexOf(text); at >= 0; at = title.indexOf(text, at + 1)) {
    if (!NEGATIONS.some((negation) => title.slice(Math.max(0, at - negation.length), at) === negation)) return true;
  }
  return false;
}
