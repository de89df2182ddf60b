import { msg, type Message, type Text } from "../../i18n/message";

/**
 * Where a threshold, a criterion or a seven-step title comes from, as data a reader can check: a
 * seed document of research/ (shared/research/README.md names the files) and its section, with
 * the document's own words verbatim (Indonesian, never translated) and their translation beside
 * them in the catalogue; or a work of the literature that is not in research/, named without a
 * quote. A unit test finds every quote in the research texts.
 */
export interface Citation {
  /** "research/000" to "research/004", or the literature's own name. */
  document: string;
  /** The file in research/ that holds the document; null for literature outside it. */
  file: string | null;
  /** The section in the document's own numbering ("B.2", "A.2.a, Tabel 4"); null where none is cited. */
  section: string | null;
  /** The document's words, verbatim; null where the citation names the work without quoting it. */
  quote: string | null;
  /** The quote in the reader's language (in Indonesian, a plain gloss); null without a quote. */
  translation: Message | null;
}

const RESEARCH_FILES = {
  "000": "000_1e471120ada8a53d.txt",
  "001": "001_ceeee90b0dd982af.txt",
  "002": "002_f55e3419e46d6857.txt",
  "003": "003_96ec8ec091cf2490.txt",
  "004": "004_c8d321a04b8b8e58.txt",
} as const;

function research(doc: keyof typeof RESEARCH_FILES, section: string, quote: string, key: string): Citation {
  return { document: `research/${doc}`, file: RESEARCH_FILES[doc], section, quote, translation: msg(`sources.quote.${key}`) };
}

function literature(document: string, section: string | null = null): Citation {
  return { document, file: null, section, quote: null, translation: null };
}

/** Every citation Simpul makes, in one place. */
export const CITATIONS = {
  porterCluster: research(
    "000",
    "B.1",
    "Klaster adalah konsentrasi geografis antara perusahaan-perusahaan yang saling terkait dan bekerjasama (Porter, 1998)",
    "porterCluster",
  ),
  bappenasKeyElements: research(
    "000",
    "B.1",
    "Klaster mempunyai dua elemen kunci, yaitu: (1) perusahaan dalam harus saling berhubungan, dan (2) berlokasi di suatu tempat yang saling berdekatan",
    "bappenasKeyElements",
  ),
  sentraDefinition: research("000", "B.2", "pengelompokan industri/TKM sejenis dalam satu kawasan yang berdekatan", "sentraDefinition"),
  institutionsOutside: research(
    "000",
    "B.2",
    "Keterlibatan sarana/institusi pendukung masih terpisah dan berada 'di luar' sentra yang ada",
    "institutionsOutside",
  ),
  bestSpecialisation: research(
    "000",
    "D",
    "menurut teori Best sangat dimungkinkan suatu unit usaha akan dapat melakukan spesialisasi karena adanya industri eksternal yang merupakan penyeimbang",
    "bestSpecialisation",
  ),
  jicaScale: research("001", "A.1, Tabel 3", "1 = sangat kurang dinamis, 2 = kurang dinamis, 3 = dinamis, 4 = lebih dinamis, 5 = sangat dinamis", "jicaScale"),
  cooperationEssence: research(
    "001",
    "A.2",
    "Hakekat utama dari suatu klaster adalah adanya 'kerjasama' diantara IKM yang sama-sama menjadi anggota dari klaster tersebut",
    "cooperationEssence",
  ),
  horizontalRanking: research(
    "001",
    "A.2.a, Tabel 4",
    "kerjasama dengan industri sejenis tersebut secara berturut-turut paling banyak dilakukan oleh anggota kluster logam di Tegal (89,5 persen), Pati-Juwana (76,5 persen) dan Ceper-Klaten (33,3 persen)",
    "horizontalRanking",
  ),
  horizontalMostlyActive: research(
    "001",
    "A.2.a, Tabel 4",
    "masih lebih banyak IKM yang melakukan kerjasama tersebut secara aktif dan pro-aktif yakni sebanyak 58,8 persen",
    "horizontalMostlyActive",
  ),
  downstreamMostlyPassive: research("001", "A.2.c, Tabel 6", "sebagian besar (64,7 persen) telah melakukannya dengan pasif", "downstreamMostlyPassive"),
  supportingWeak: research(
    "001",
    "A.2.d, Tabel 7",
    "IKM anggota klaster logam masih kurang dinamis dalam melakukan kerjasama dengan institusi pendukung yang ada",
    "supportingWeak",
  ),
  fpkByName: research("001", "B.1.b", "yang keanggotaannya ditentukan secara pasti", "fpkByName"),
  fpkDecree: research(
    "001",
    "B.1.b",
    "pembentukannya dan keanggotaannya sebaiknya dituangkan dalam suatu Surat Keputusan (SK) dari kepala daerah (Bupati/Walikota)",
    "fpkDecree",
  ),
  step1: research("001", "B.1", "Membentuk 'Forum Pengembangan Klaster (FPK)'", "step1"),
  step2: research("001", "B.2", "Pemilihan industri potensial dan unggulan yang akan dikembangkan", "step2"),
  step3: research("001", "B.3", "Penentuan semua pihak/lembaga terkait yang potensial akan mendukung pengembangan klaster (lembaga pendukung)", "step3"),
  step4: research("001", "B.4", "Pembentukan Forum Komunikasi Anggota Klaster (FKAK)", "step4"),
  fkakSize: research(
    "001",
    "B.4",
    "Keanggotaannya terdiri sekitar 15 orang saja yang terdiri atas 'perwakilan' dari masing-masing kelompok/sub unit yang menjadi anggota klaster",
    "fkakSize",
  ),
  step5: research("001", "B.5", "Pembentukan dan/atau Penunjukan Lembaga Pendamping Teknis (LPT)", "step5"),
  lptFormal: research("001", "B.5", "LPT dapat menjalin kerjasama formal dengan FKAK", "lptFormal"),
  step6: research("001", "B.6", "Penunjukan dan pelaksanaan pendampingan kegiatan ekonomi oleh Pendamping Kegiatan Ekonomi (PKE)", "step6"),
  pkeFormal: research("001", "B.6", "dilaksanakan melalui pembuatan perjanjian formal", "pkeFormal"),
  step7: research("001", "B.7", "Monitoring dan Evaluasi", "step7"),
  notDynamic: research("004", "A.2", "ketiga klaster logam yang diteliti masih berada pada kondisi yang belum dinamis", "notDynamic"),
  stillCompeting: research(
    "004",
    "A.3",
    "belum adanya kerjasama spesialisasi, sehingga dapat dikatakan bahwa semua IKM yang ada dalam klaster masih 'bersaing' satu dengan yang lain",
    "stillCompeting",
  ),
  msmeDi: literature("India MSME cluster programme (MSME-DI Hyderabad)"),
  bangladeshSmeFoundation: literature("Bangladesh SME Foundation"),
  eccp: literature("European Cluster Collaboration Platform"),
  giulianiPietrobelli: literature("Giuliani & Pietrobelli", "IDB Technical Note 317"),
} as const satisfies Record<string, Citation>;

export type CitationName = keyof typeof CITATIONS;

/** One citation as a reader's text: document, section, and the quote with its translation. */
export function citationText(citation: Citation): Text {
  const where = citation.section === null ? citation.document : msg("sources.where", { document: citation.document, section: citation.section });
  return citation.quote === null || citation.translation === null
    ? where
    : msg("sources.quoted", { where, quote: citation.quote, translation: citation.translation });
}

/** Several citations as one text, separated by semicolons (a list param would join them with commas, which the quotes contain). */
export function citationsText(citations: readonly Citation[]): Text {
  const [first, ...rest] = citations.map(citationText);
  if (!first) return "";
  return rest.reduce<Text>((text, next) => msg("sources.and", { first: text, next }), first);
}

/** A source: what it cites, then why Simpul takes the value it does (a catalogue text). */
export function sourceText(citations: readonly Citation[], basis: Message): Message {
  return msg("sources.source", { cited: citationsText(citations), basis });
}
