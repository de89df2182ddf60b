/** Labels in English and Indonesian. Texts the API writes (reasons, criteria, sources) stay as the API sends them, in English. */
export type Lang = "en" | "id";

const UI: Record<string, [en: string, id: string]> = {
  title: ["Simpul network explorer", "Penjelajah jaringan Simpul"],
  subtitle: [
    "A sentra's stakeholder network and its diagnosis, from Simpul's GraphQL API",
    "Jaringan pemangku kepentingan sebuah sentra dan diagnosisnya, dari API GraphQL Simpul",
  ],
  language: ["Bahasa Indonesia", "English"],
  languageHint: ["Switch the labels to Indonesian", "Ganti label ke bahasa Inggris"],
  apiKey: ["API key", "Kunci API"],
  apiKeyHint: [
    "Only needed when this server requires a key for reads; sent as Authorization: Bearer, kept for this tab only.",
    "Hanya perlu bila server ini mewajibkan kunci untuk membaca; dikirim sebagai Authorization: Bearer, disimpan untuk tab ini saja.",
  ],
  apiKeySave: ["Use key", "Pakai kunci"],
  needKey: [
    "This server needs an API key for reads: paste one under “API key”.",
    "Server ini memerlukan kunci API untuk membaca: tempel kunci di “Kunci API”.",
  ],
  choose: ["Choose a sentra", "Pilih sentra"],
  province: ["Province", "Provinsi"],
  regency: ["Regency or city", "Kabupaten atau kota"],
  sentra: ["Sentra", "Sentra"],
  pick: ["— choose —", "— pilih —"],
  search: ["Search sentra by name or product", "Cari sentra menurut nama atau produk"],
  searchButton: ["Search", "Cari"],
  noResults: ["No sentra found.", "Sentra tidak ditemukan."],
  filters: ["Filters", "Penyaring"],
  linkageTypes: ["Linkage types", "Jenis keterkaitan"],
  intensities: ["Intensity", "Intensitas"],
  depth: ["Depth", "Kedalaman"],
  depth0: ["0: core firms only", "0: industri inti saja"],
  depth1: ["1: with direct partners", "1: dengan mitra langsung"],
  depth2: ["2: partners of partners", "2: mitra dari mitra"],
  export: ["Export", "Ekspor"],
  png: ["Drawing as PNG", "Gambar sebagai PNG"],
  legend: ["Legend", "Keterangan"],
  legendKinds: ["Colour: kind of actor", "Warna: jenis pelaku"],
  legendRoles: ["Shape: role in this sentra", "Bentuk: peran di sentra ini"],
  legendEdges: ["Line colour: linkage type; width and dash: intensity", "Warna garis: jenis keterkaitan; tebal dan putus-putus: intensitas"],
  legendMarks: ["Marks", "Penanda"],
  isolateShort: ["isolate", "terisolasi"],
  outsideShort: ["outside the network", "di luar jaringan"],
  noRoleSmaller: ["no role here, drawn smaller", "tanpa peran di sini, digambar lebih kecil"],
  graphLabel: [
    "Drawing of the sentra's network; the list of actors below it offers the same actors to the keyboard",
    "Gambar jaringan sentra; daftar pelaku di bawahnya menyediakan pelaku yang sama untuk papan ketik",
  ],
  noRole: ["no role here (only at the end of a tie)", "tanpa peran di sini (hanya di ujung keterkaitan)"],
  isolate: ["isolate: no tie of the drawn types", "terisolasi: tanpa keterkaitan jenis yang digambar"],
  outside: ["institution outside the network: tied to no core firm", "institusi di luar jaringan: tidak terkait industri inti"],
  core: ["core firm", "industri inti"],
  network: ["Network", "Jaringan"],
  nodesList: ["Actors in the drawing (Enter selects)", "Pelaku dalam gambar (Enter untuk memilih)"],
  drawn: ["{n} actors and {e} ties drawn", "{n} pelaku dan {e} keterkaitan digambar"],
  hiddenByIntensity: ["{h} ties hidden by the intensity filter", "{h} keterkaitan disembunyikan penyaring intensitas"],
  loading: ["Loading…", "Memuat…"],
  nothingChosen: ["Choose a sentra to draw its network.", "Pilih sentra untuk menggambar jaringannya."],
  error: ["Error", "Galat"],
  details: ["Selected actor", "Pelaku terpilih"],
  clickNode: [
    "Click an actor in the drawing, or pick one from the list, to see its details and ties.",
    "Klik pelaku pada gambar, atau pilih dari daftar, untuk melihat rincian dan keterkaitannya.",
  ],
  kind: ["Kind", "Jenis"],
  roles: ["Roles here", "Peran di sini"],
  stage: ["Value-chain stage", "Tahap rantai nilai"],
  region: ["Region", "Wilayah"],
  size: ["Size", "Ukuran"],
  workers: ["Workers", "Tenaga kerja"],
  founded: ["Founded", "Berdiri"],
  products: ["Main products", "Produk utama"],
  belongsTo: ["Takes part in", "Ikut dalam"],
  linkages: ["Linkages", "Keterkaitan"],
  noLinkages: ["No linkages.", "Tidak ada keterkaitan."],
  outgoing: ["to", "ke"],
  incoming: ["from", "dari"],
  verdict: ["Verdict", "Putusan"],
  stageIs: ["Stage", "Tahap"],
  dynamic: ["dynamic", "dinamis"],
  notDynamic: ["not dynamic", "belum dinamis"],
  reasons: ["Why not higher", "Mengapa belum lebih tinggi"],
  criteria: ["Criteria", "Kriteria"],
  criterion: ["Criterion", "Kriteria"],
  measured: ["Measured", "Terukur"],
  threshold: ["Threshold", "Ambang"],
  result: ["Result", "Hasil"],
  source: ["Source", "Sumber"],
  pass: ["pass", "lulus"],
  fail: ["fail", "gagal"],
  noData: ["no data", "tanpa data"],
  atLeast: ["≥", "≥"],
  atMost: ["≤", "≤"],
  valueChain: ["Value chain", "Rantai nilai"],
  completeness: ["Completeness", "Kelengkapan"],
  present: ["present and linked", "ada dan terkait"],
  weak: ["weak", "lemah"],
  unlinked: ["present, linked to no core firm", "ada, tidak terkait industri inti"],
  missing: ["missing", "tidak ada"],
  reach: ["core firms reached", "industri inti terjangkau"],
  density: ["Density and coverage", "Kepadatan dan cakupan"],
  horizontal: ["Horizontal cooperation among core firms", "Kerja sama horizontal antar industri inti"],
  whole: ["Whole network", "Seluruh jaringan"],
  nodes: ["Nodes", "Simpul"],
  ties: ["Tied pairs", "Pasangan terkait"],
  densityValue: ["Density", "Kepadatan"],
  weightedDensity: ["Weighted density", "Kepadatan berbobot"],
  tiedShare: ["Share tied", "Porsi terkait"],
  components: ["Components (largest share)", "Komponen (porsi terbesar)"],
  coverage: ["Coverage", "Cakupan"],
  coverageText: ["{c} core firms; {a} answered the survey; {d} with no data", "{c} industri inti; {a} menjawab survei; {d} tanpa data"],
  sevenSteps: ["Seven-step progress", "Kemajuan tujuh langkah"],
  nextStep: ["Next step", "Langkah berikutnya"],
  allStepsDone: ["All seven steps are evidenced.", "Ketujuh langkah sudah terbukti."],
  evidenced: ["evidenced", "terbukti"],
  notEvidenced: ["not evidenced", "belum terbukti"],
  partners: ["Partner suggestions", "Saran mitra"],
  need: ["Need", "Kebutuhan"],
  findPartners: ["Suggest partners", "Sarankan mitra"],
  lackingFirms: ["{n} of {c} core firms lack it", "{n} dari {c} industri inti belum memilikinya"],
  noSuggestion: ["no candidate found", "tidak ada calon"],
  rounds: ["Survey rounds", "Putaran survei"],
  oneRound: [
    "Only one survey round exists for this sentra ({r}, {d}): there is nothing to compare yet. Its tables are below.",
    "Sentra ini baru punya satu putaran survei ({r}, {d}): belum ada yang dibandingkan. Tabelnya di bawah.",
  ],
  noRound: ["This sentra was never surveyed.", "Sentra ini belum pernah disurvei."],
  compare: ["Compare", "Bandingkan"],
  older: ["Older round", "Putaran lama"],
  newer: ["Newer round", "Putaran baru"],
  question: ["Question", "Pertanyaan"],
  answered: ["Answered", "Menjawab"],
  yes: ["Yes", "Ya"],
  no: ["No", "Tidak"],
  yesShare: ["Yes share", "Porsi ya"],
  change: ["Change", "Perubahan"],
  indicatorSum: ["JICA indicator sum (Table 3)", "Jumlah indikator JICA (Tabel 3)"],
  truncated: ["The cap cut the network", "Batas memotong jaringan"],
  apiTextsNote: ["Texts written by the API (reasons, criteria, sources) are in English.", "Teks dari API (alasan, kriteria, sumber) berbahasa Inggris."],
  selectActor: ["Select", "Pilih"],
};

const ENUMS: Record<string, [string, string]> = {
  // Actor kinds
  IKM: ["IKM (small industry)", "IKM"],
  LARGE_FIRM: ["Large firm", "Perusahaan besar"],
  RAW_MATERIAL_SUPPLIER: ["Raw-material supplier", "Pemasok bahan baku"],
  AUXILIARY_MATERIAL_SUPPLIER: ["Auxiliary-material supplier", "Pemasok bahan penolong"],
  EQUIPMENT_SUPPLIER: ["Equipment supplier", "Pemasok peralatan"],
  LARGE_BUYER: ["Large buyer", "Pembeli besar"],
  TRADER: ["Trader", "Pedagang"],
  DISTRIBUTOR: ["Distributor", "Distributor"],
  EXPORTER: ["Exporter", "Eksportir"],
  RETAILER: ["Retailer", "Pengecer"],
  BANK: ["Bank", "Bank"],
  RURAL_BANK: ["Rural bank (BPR)", "BPR"],
  COOPERATIVE: ["Cooperative", "Koperasi"],
  STATE_FINANCE_BODY: ["State finance body", "Lembaga keuangan negara"],
  GOVERNMENT_AGENCY: ["Government agency", "Instansi pemerintah"],
  UNIVERSITY: ["University", "Perguruan tinggi"],
  NGO: ["NGO", "LSM"],
  BDS_PROVIDER: ["BDS provider", "Penyedia BDS"],
  DONOR: ["Donor", "Donor"],
  PROMOTION_BODY: ["Promotion body", "Lembaga promosi"],
  CERTIFICATION_BODY: ["Certification body", "Lembaga sertifikasi"],
  ASSOCIATION: ["Association", "Asosiasi"],
  // Roles
  CORE: ["Core industry", "Industri inti"],
  SUPPLIER_INDUSTRY: ["Supplier industry", "Industri pemasok"],
  SUPPORTING_INDUSTRY: ["Supporting industry", "Industri pendukung"],
  RELATED_INDUSTRY: ["Related industry", "Industri terkait"],
  BUYER: ["Buyer", "Pembeli"],
  SUPPORTING_INSTITUTION: ["Supporting institution", "Institusi pendukung"],
  // Linkage types
  HORIZONTAL_COOPERATION: ["Horizontal cooperation", "Kerja sama industri sejenis"],
  UPSTREAM_SUPPLY: ["Upstream supply", "Pasokan hulu (industri sebelumnya)"],
  DOWNSTREAM_SALES: ["Downstream sales", "Penjualan hilir (industri sesudahnya)"],
  FINANCE: ["Finance", "Pembiayaan"],
  TECHNICAL_ASSISTANCE: ["Technical assistance (LPT)", "Pendampingan teknis (LPT)"],
  ECONOMIC_ASSISTANCE: ["Economic assistance (PKE)", "Pendampingan ekonomi (PKE)"],
  PROMOTION: ["Promotion", "Promosi"],
  CERTIFICATION: ["Certification", "Sertifikasi"],
  // Intensities
  PASSIVE: ["Passive", "Pasif"],
  ACTIVE: ["Active", "Aktif"],
  PROACTIVE: ["Proactive", "Proaktif"],
  UNMEASURED: ["Not measured", "Tidak diukur"],
  // Stages of the ladder
  EMBRYO: ["Embryo", "Embrio"],
  SENTRA: ["Sentra", "Sentra"],
  EARLY_CLUSTER: ["Early cluster", "Klaster awal"],
  CLUSTER: ["Cluster", "Klaster"],
  DYNAMIC_CLUSTER: ["Dynamic cluster", "Klaster dinamis"],
  // Value-chain stages
  RAW_MATERIAL_SUPPLY: ["Raw-material supply", "Pasokan bahan baku"],
  AUXILIARY_MATERIAL_SUPPLY: ["Auxiliary-material supply", "Pasokan bahan penolong"],
  EQUIPMENT_SUPPLY: ["Equipment supply", "Pasokan peralatan"],
  CORE_PRODUCTION: ["Core production", "Produksi inti"],
  SUPPORTING_AND_RELATED_INDUSTRY: ["Supporting and related industry", "Industri pendukung dan terkait"],
  TRADE_AND_DISTRIBUTION: ["Trade and distribution", "Perdagangan dan distribusi"],
  BUYERS: ["Buyers", "Pembeli"],
  GOVERNANCE: ["Governance (FPK, FKAK)", "Tata kelola (FPK, FKAK)"],
  // Partner needs
  SUPPLIERS: ["Suppliers", "Pemasok"],
  // Survey questions
  SAME_TYPE: ["Same-type firms (Table 4)", "Industri sejenis (Tabel 4)"],
  UPSTREAM: ["Upstream (Table 5)", "Hulu (Tabel 5)"],
  DOWNSTREAM: ["Downstream (Table 6)", "Hilir (Tabel 6)"],
  SUPPORTING: ["Supporting institutions (Table 7)", "Institusi pendukung (Tabel 7)"],
  // Criterion groups
  CONCENTRATION: ["Concentration", "Konsentrasi"],
  LINKAGE: ["Linkage", "Keterkaitan"],
  INSTITUTIONS: ["Institutions", "Institusi"],
  DYNAMICS: ["Dynamics", "Dinamika"],
  // Sizes
  MICRO: ["Micro", "Mikro"],
  SMALL: ["Small", "Kecil"],
  MEDIUM: ["Medium", "Menengah"],
  LARGE: ["Large", "Besar"],
  // Flows
  GOODS: ["goods", "barang"],
  SERVICES: ["services", "jasa"],
  MONEY: ["money", "uang"],
  INFORMATION: ["information", "informasi"],
  KNOWLEDGE: ["knowledge", "pengetahuan"],
  // Regions
  PROVINCE: ["Province", "Provinsi"],
  REGENCY: ["Regency", "Kabupaten"],
  CITY: ["City", "Kota"],
  DISTRICT: ["District", "Kecamatan"],
  VILLAGE: ["Village", "Desa"],
};

const LANG_STORAGE = "simpul.explore.lang";
let lang: Lang = readStoredLang();

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_STORAGE);
    if (stored === "en" || stored === "id") return stored;
  } catch {
    // no storage: fall through
  }
  return navigator.language?.toLowerCase().startsWith("id") ? "id" : "en";
}

export function currentLang(): Lang {
  return lang;
}

export function setLang(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem(LANG_STORAGE, next);
  } catch {
    // the choice lasts for this page only
  }
}

/** A UI text, with {name} placeholders filled. */
export function t(key: string, values: Record<string, string | number> = {}): string {
  const entry = UI[key];
  let text = entry ? entry[lang === "en" ? 0 : 1] : key;
  for (const [name, value] of Object.entries(values)) text = text.replace(`{${name}}`, String(value));
  return text;
}

/** An enum value's label; unknown values show as sent. */
export function label(value: string | null | undefined): string {
  if (!value) return "–";
  const entry = ENUMS[value];
  return entry ? entry[lang === "en" ? 0 : 1] : value;
}
