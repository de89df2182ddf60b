/**
 * The cluster forums of the three measured sentra (steps 1, 4, 5 and 7 of the seven-step model,
 * research/001), consistent with research/004: all three are at an early stage. Only Tegal's FPK
 * has a regent's decree; the FKAKs are recent; one LPT agreement (Tegal) and no PKE anywhere.
 * People, dates, the decree number and the agreement are invented. Monitoring visitors are
 * organisations (actor ids).
 */
import type { AgreementSeed, ForumMemberSeed, ForumSeed, MonitoringSeed, PersonSeed } from "../../src/domain/dataset";
import { MEASURED_SENTRA } from "../research-tables";
import { firmId, pad } from "./helpers";

/** FPK members: [name, position, represented actor or undefined, forum role]. */
type FpkRow = [string, string, string | undefined, string];

const FPK_CEPER: FpkRow[] = [
  ["Ir. Sugeng Wibowo", "Kepala Bidang Perindustrian", "gov-disperindag-klaten", "Koordinator"],
  ["Drs. Bambang Purnomo, M.Si", "Kepala Bidang Ekonomi", "gov-bappeda-klaten", "Sekretaris"],
  ["Hartono, SE", "Kepala Unit", "bank-bri-ceper", "Anggota"],
  ["H. Slamet Mulyono", "Ketua Koperasi", "coop-batur-jaya", "Anggota"],
  ["Ir. Agus Setiawan, MT", "Kepala UPT", "tech-upt-logam-ceper", "Anggota"],
  ["Joko Santosa, MT", "Dosen Teknik Pengecoran", "univ-polman-ceper", "Anggota"],
  ["Sri Wahyuni, SE", "Sekretariat FEDEP", "fedep-klaten", "Anggota"],
  ["Sutrisno", "Tokoh masyarakat Desa Batur", undefined, "Anggota"],
];

const FPK_JUWANA: FpkRow[] = [
  ["Ir. Hadi Prasetyo", "Kepala Bidang Industri", "gov-disperindag-pati", "Koordinator"],
  ["Dra. Endang Lestari", "Kepala Sub Bidang Industri dan Perdagangan", "gov-bappeda-pati", "Sekretaris"],
  ["Wahyu Nugroho, SE", "Account Officer UMKM", "bank-jateng-pati", "Anggota"],
  ["H. Ahmad Zaenuri", "Ketua KSU", "coop-juwana", "Anggota"],
  ["Dr. Rochmad Hidayat", "Dosen Fakultas Ekonomi", "univ-muria", "Anggota"],
  ["Siti Aminah, SE", "Sekretariat FEDEP", "fedep-pati", "Anggota"],
  ["Hj. Nur Hayati", "Pengurus Dekranasda", "promo-dekranasda-pati", "Anggota"],
  ["Kusnadi", "Tokoh masyarakat Desa Growong Lor", undefined, "Anggota"],
];

const FPK_TEGAL: FpkRow[] = [
  ["Ir. Teguh Santoso, MM", "Kepala Bidang Perindustrian", "gov-disperindag-tegal", "Koordinator"],
  ["Drs. Eko Budiarto", "Kepala Bidang Ekonomi", "gov-bappeda-tegal", "Sekretaris"],
  ["Rudi Hartanto, SE", "Kepala Bagian Kredit", "bank-bri-slawi", "Anggota"],
  ["Supriyadi, SE", "Direktur", "bpr-tegal", "Anggota"],
  ["H. Tarmuji", "Ketua Koperasi", "coop-tegal", "Anggota"],
  ["Ir. Dwi Cahyono, MT", "Dosen Teknik Mesin", "univ-poltek-tegal", "Anggota"],
  ["Nanik Suryani, SE", "Sekretariat FEDEP", "fedep-tegal", "Anggota"],
  ["Ari Wibisono", "Fasilitator klaster", "corebest", "Anggota"],
  ["Tasripin", "Tokoh masyarakat Desa Kebasen", undefined, "Anggota"],
];

/** FKAK members: one owner per member firm, in firm order (firm 1 first). */
const FKAK_CEPER = [
  "Suparman", "Mulyadi", "Sukardi", "Widodo", "Haryanto", "Sarjono", "Paimin", "Tukiman", "Sumarno", "Giyanto", "Wagiman", "Suyatno",
];
const FKAK_JUWANA = [
  "H. Abdul Rohman", "Ahmad Syaifudin", "Sutarno", "Rohmadi", "Kasmuri", "Musthofa", "Suwarno", "Mat Sholeh",
  "Darmaji", "Sunarto", "Zaenal Arifin", "Ngatijan", "Sukarjan", "Rasmani", "Kuswanto",
];
const FKAK_TEGAL = [
  "H. Warsono", "Casmadi", "Taryono", "Sukirno", "Dakhlan", "Waluyo", "Rasito", "Kartono", "Sodikin", "Wartono", "Tarsono", "Rakhmat",
  "Casnadi", "Darto",
];

const FKAK_ROLES = ["Ketua", "Sekretaris", "Bendahara"];

function fpkPeople(key: string, rows: FpkRow[]): PersonSeed[] {
  return rows.map(([name, position, representsActorId], i) => {
    const person: PersonSeed = { id: `person-fpk-${key}-${pad(i + 1)}`, name, position };
    if (representsActorId) person.representsActorId = representsActorId;
    return person;
  });
}

function fkakPeople(key: string, names: string[]): PersonSeed[] {
  return names.map((name, i) => ({
    id: `person-fkak-${key}-${pad(i + 1)}`,
    name,
    position: "Pemilik usaha",
    representsActorId: firmId(key, i + 1),
  }));
}

function fpkMembers(key: string, rows: FpkRow[], since: string): ForumMemberSeed[] {
  return rows.map(([, , , role], i) => ({ personId: `person-fpk-${key}-${pad(i + 1)}`, role, since }));
}

function fkakMembers(key: string, names: string[], since: string): ForumMemberSeed[] {
  return names.map((_, i) => ({ personId: `person-fkak-${key}-${pad(i + 1)}`, role: FKAK_ROLES[i] ?? "Anggota", since }));
}

export const people: PersonSeed[] = [
  ...fpkPeople("ceper", FPK_CEPER),
  ...fpkPeople("juwana", FPK_JUWANA),
  ...fpkPeople("tegal", FPK_TEGAL),
  ...fkakPeople("ceper", FKAK_CEPER),
  ...fkakPeople("juwana", FKAK_JUWANA),
  ...fkakPeople("tegal", FKAK_TEGAL),
];

export const forums: ForumSeed[] = [
  {
    id: "fpk-ceper",
    kind: "FPK",
    name: "Forum Pengembangan Klaster Logam Ceper",
    sentraId: MEASURED_SENTRA.ceper,
    founded: "2008-10-06",
    members: fpkMembers("ceper", FPK_CEPER, "2008-10-06"),
  },
  {
    id: "fkak-ceper",
    kind: "FKAK",
    name: "Forum Komunikasi Anggota Klaster Cor Logam Ceper",
    sentraId: MEASURED_SENTRA.ceper,
    founded: "2009-04-20",
    members: [
      ...fkakMembers("ceper", FKAK_CEPER, "2009-04-20"),
      { actorId: "coop-batur-jaya", role: "Anggota (koperasi)", since: "2009-04-20" },
    ],
  },
  {
    id: "fpk-juwana",
    kind: "FPK",
    name: "Forum Pengembangan Klaster Kuningan Juwana",
    sentraId: MEASURED_SENTRA.juwana,
    founded: "2009-02-16",
    members: fpkMembers("juwana", FPK_JUWANA, "2009-02-16"),
  },
  {
    id: "fkak-juwana",
    kind: "FKAK",
    name: "Forum Komunikasi Anggota Klaster Kuningan Juwana",
    sentraId: MEASURED_SENTRA.juwana,
    founded: "2009-05-12",
    members: fkakMembers("juwana", FKAK_JUWANA, "2009-05-12"),
  },
  {
    id: "fpk-tegal",
    kind: "FPK",
    name: "Forum Pengembangan Klaster Logam Kabupaten Tegal",
    sentraId: MEASURED_SENTRA.tegal,
    founded: "2007-08-14",
    decree: "SK Bupati Tegal Nomor 530/246/2007",
    members: fpkMembers("tegal", FPK_TEGAL, "2007-08-14"),
  },
  {
    id: "fkak-tegal",
    kind: "FKAK",
    name: "Forum Komunikasi Anggota Klaster Logam Tegal",
    sentraId: MEASURED_SENTRA.tegal,
    founded: "2008-03-10",
    members: [
      ...fkakMembers("tegal", FKAK_TEGAL, "2008-03-10"),
      { actorId: "coop-tegal", role: "Anggota (koperasi)", since: "2008-03-10" },
    ],
  },
];

export const agreements: AgreementSeed[] = [
  {
    id: "agreement-fkak-tegal-lpt-bds-2009",
    forumId: "fkak-tegal",
    providerId: "bds-tegal",
    providerRole: "LPT",
    scope:
      "Technical assistance to FKAK members: pattern making and casting quality (porosity, dimensional accuracy) for ship and engine components, machining tolerances, and facilitation of shared orders among members.",
    feeBasis: "Business to business: a fixed fee per assistance session paid by the FKAK, plus 5% of documented cost savings.",
    startDate: "2009-03-01",
    endDate: "2009-12-31",
  },
];

export const monitoringRecords: MonitoringSeed[] = [
  {
    id: "monitoring-ceper-2009-10",
    sentraId: MEASURED_SENTRA.ceper,
    date: "2009-10-14",
    visitorId: "gov-bappeda-klaten",
    findings:
      "No specialisation among the foundries: each still casts the same range of fittings and covers and competes on price. Only a third of members cooperate with their peers, and then passively or by passing on orders. Koperasi Batur Jaya does not yet buy scrap or coke jointly. The FKAK has met twice; no LPT or PKE agreement yet.",
  },
  {
    id: "monitoring-juwana-2009-11",
    sentraId: MEASURED_SENTRA.juwana,
    date: "2009-11-03",
    visitorId: "gov-disperindag-pati",
    findings:
      "Products are diverse and some firms innovate (reinforced motorcycle parts), but marketing stays passive and depends on Jakarta and Bali contractors. Members buy scrap separately and see each other as competitors. Banks and the BDS work with single firms, not with the FKAK.",
  },
  {
    id: "monitoring-tegal-2009-11",
    sentraId: MEASURED_SENTRA.tegal,
    date: "2009-11-18",
    visitorId: "gov-disperindag-tegal",
    findings:
      "The FPK has a regent's decree and the FKAK has an LPT agreement, but only a few members attend the sessions. Cooperation with peers is common but mostly exchanging information; sales to shipyards and distributors are passive. Nearly half the members have no tie to any supporting institution. No specialisation yet: members still compete for the same orders.",
  },
];
